/**
 * A trial registration the site reports (surveillance/registrations.yaml): its registry state,
 * stated once as data, with the date it was checked. The trials page's table, its counts, its
 * "past their planned end without results" list and every publication-bias reason that names a
 * registration are rendered from it. `npm run surveil -- --apply` updates the registry fields.
 */
import { z } from 'astro/zod';
import { IsoDay, PartialDate, TrialStatus } from './surveillance-run.ts';

export const RegistrationSchema = z.strictObject({
  /** NCT number, e.g. "NCT04436250". */
  nct: z.string().regex(/^NCT\d{8}$/, 'write the NCT number as NCT followed by 8 digits'),
  /** Cite key of the registry record in references/library.bib (checked against it when the data is loaded). */
  key: z.string().min(1),
  /** Short name when the trial has one, e.g. "ESKEFIB". */
  acronym: z.string().min(2).optional(),
  /** Where it runs, in a reader's words, e.g. "Charleroi, Belgium". */
  where: z.string().min(2),
  /** Design and comparison in a reader's words. */
  design: z.string().min(10),
  /** Registry status, as ClinicalTrials.gov writes it. */
  status: TrialStatus,
  /** Start date as registered. */
  start: PartialDate.optional(),
  /** Planned (or actual) completion date as registered. */
  plannedEnd: PartialDate.optional(),
  /** Whether the registry shows posted results. */
  resultsPosted: z.boolean(),
  /** The registry record's last update, when seen. */
  lastUpdate: PartialDate.optional(),
  /** The day this record was last checked (YYYY-MM-DD). */
  checked: IsoDay,
  /** Where it was checked: the registry record or a copy of it (URL). */
  checkedAt: z.string().url(),
});
export type Registration = z.output<typeof RegistrationSchema>;

export const RegistrationsSchema = z.array(RegistrationSchema);
