/**
 * Where each identifier in the bibliography was seen: the records of
 * references/provenance.yaml, one per cite key and identifier field.
 */
import { z } from 'astro/zod';

/** The identifier fields a record may cover: the BibTeX names of DOI, PubMed and PubMed Central, and the registry a trial number belongs to. */
export const ProvenanceField = z.enum(['doi', 'pmid', 'pmcid', 'nct', 'isrctn']);
export type ProvenanceField = z.output<typeof ProvenanceField>;

/** A calendar date written YYYY-MM-DD (YAML may hand it over as a Date). */
const SeenOn = z
  .union([z.date(), z.string()])
  .transform((d) => (typeof d === 'string' ? d : d.toISOString().slice(0, 10)))
  .refine((d) => /^\d{4}-\d{2}-\d{2}$/.test(d) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), {
    message: 'write the date the record was seen as YYYY-MM-DD, a real calendar date',
  });

/** One sighting of one identifier. */
export const ProvenanceRecord = z.strictObject({
  /** Address of the record (publisher page, PubMed or a faithful copy, registry page) on which the identifier was seen. */
  seen: z.url({ message: 'give the full address (https://…) of the page on which the identifier was seen' }),
  /** Date it was seen there (YYYY-MM-DD). */
  on: SeenOn,
});
export type ProvenanceRecord = z.output<typeof ProvenanceRecord>;

/** The records of one bibliography entry, by identifier field, e.g. `pmid: { seen: https://pubmed.ncbi.nlm.nih.gov/21314885/, on: 2026-12-07 }`. */
export const EntryProvenance = z.partialRecord(ProvenanceField, ProvenanceRecord);
export type EntryProvenance = z.output<typeof EntryProvenance>;

/** The whole file: cite key → identifier field → record. */
export const ProvenanceSchema = z.record(z.string(), EntryProvenance);
export type Provenance = z.output<typeof ProvenanceSchema>;
