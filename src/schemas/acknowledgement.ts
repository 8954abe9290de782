/**
 * A page's acknowledgement of a notice on a work it cites (surveillance/acknowledgements.yaml). A work
 * that a surveillance run records as retracted fails the build on every page that cites it, until
 * that page acknowledges the retraction here; the note is shown beside the reference.
 */
import { z } from 'astro/zod';
import { IsoDay, NoticeKind } from './surveillance-run.ts';

export const AcknowledgementSchema = z.strictObject({
  /** Cite key of the work the notice is on. */
  key: z.string().min(1),
  /** The kind of notice acknowledged, e.g. "retraction". */
  kind: NoticeKind,
  /** The page that cites the work, as "<collection>/<id>", e.g. "questions/safety". */
  page: z.string().regex(/^[a-z]+\/[a-z0-9][a-z0-9-]*$/, 'write the page as "<collection>/<id>", e.g. "questions/safety"'),
  /** What the page does about it, shown beside the reference, e.g. "Kept as history; no finding rests on it." */
  note: z.string().min(10),
  /** The day it was acknowledged (YYYY-MM-DD). */
  date: IsoDay,
});
export type Acknowledgement = z.output<typeof AcknowledgementSchema>;

export const AcknowledgementsSchema = z.array(AcknowledgementSchema);
