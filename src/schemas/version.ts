/** The record of a page's frozen versions, kept beside its snapshots in versions/<collection>/<id>/versions.json. */
import { z } from 'astro/zod';
import { IsoDate } from './common.ts';

/** One frozen version of a page: its Markdown source is versions/<collection>/<id>/<number>.md. */
export const VersionRecord = z.strictObject({
  /** The version's number, counting from 1 with no gaps; it is also the file name of the snapshot. */
  number: z.number().int().positive(),
  /** Date `npm run release` froze this version (YYYY-MM-DD). */
  released: IsoDate,
});
export type VersionRecord = z.output<typeof VersionRecord>;

/** A page's frozen versions, oldest first, numbered 1, 2, 3…. */
export const VersionManifest = z.array(VersionRecord).superRefine((records, ctx) => {
  records.forEach((r, i) => {
    if (r.number !== i + 1)
      ctx.addIssue({
        code: 'custom',
        path: [i, 'number'],
        message: `version ${r.number} is listed in place ${i + 1}; versions are numbered 1, 2, 3… with no gaps, oldest first.`,
      });
  });
});
export type VersionManifest = z.output<typeof VersionManifest>;
