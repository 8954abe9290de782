/** The record of a page's frozen versions, kept beside its snapshots in versions/<collection>/<id>/versions.json. */
import { z } from 'astro/zod';
import { IsoDate } from './common.ts';

/** One frozen version of a page: its Markdown source is versions/<collection>/<id>/<number>.md. */
export const VersionRecord = z.strictObject({
  /** The version's number, counting from 1 with no gaps; it is also the file name of the snapshot. */
  number: z.number().int().positive(),
  /** Date `npm run release` froze this version (YYYY-MM-DD). */
  released: IsoDate,
  /** SHA-256 of the snapshot file's bytes, in lowercase hex, written by `npm run release`: the seal that shows the snapshot was never edited. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'write the SHA-256 of the snapshot as 64 lowercase hex digits (npm run release writes it)'),
});
export type VersionRecord = z.output<typeof VersionRecord>;

/** A page's frozen versions, oldest first, numbered 1, 2, 3…, each released no earlier than the one before. */
export const VersionManifest = z.array(VersionRecord).superRefine((records, ctx) => {
  records.forEach((r, i) => {
    if (r.number !== i + 1)
      ctx.addIssue({
        code: 'custom',
        path: [i, 'number'],
        message: `version ${r.number} is listed in place ${i + 1}; versions are numbered 1, 2, 3… with no gaps, oldest first.`,
      });
    const before = records[i - 1];
    if (before && r.released < before.released)
      ctx.addIssue({
        code: 'custom',
        path: [i, 'released'],
        message: `version ${r.number} is dated ${r.released}, before version ${before.number} (${before.released}); release dates must increase with the version number.`,
      });
  });
});
export type VersionManifest = z.output<typeof VersionManifest>;

/** A page taken down on purpose: its frozen versions stay online, and its current URL explains the withdrawal. */
export const WithdrawnPage = z.strictObject({
  /** The collection the page was in: studies, questions, claims or pages. */
  collection: z.enum(['studies', 'questions', 'claims', 'pages']),
  /** The page's id (its file name without .md, and the name of its folder under versions/<collection>/). */
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'an id is a file name without .md, e.g. "cures-everything"'),
  /** Date the page was withdrawn (YYYY-MM-DD). */
  withdrawn: IsoDate,
  /** Why, in one or two plain sentences, shown on the page and on every frozen version. */
  reason: z.string().min(20, 'say why the page was withdrawn in at least 20 characters'),
});
export type WithdrawnPage = z.output<typeof WithdrawnPage>;

/** versions/withdrawn.json: every withdrawn page. */
export const WithdrawnList = z.array(WithdrawnPage);
