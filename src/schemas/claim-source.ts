/**
 * A publication that makes claims the site reviews: the place each claim was made.
 * Its body (Markdown) describes it in a sentence or two; claims name it by file name.
 */
import { z } from 'astro/zod';
import { IsoDate } from './common.ts';

/** Kinds of publication a reviewed claim can come from. */
export const SourceKind = z.enum(['promotional web article', 'op-ed', 'news article', 'press release', 'social media post', 'advertisement']);

export const ClaimSourceSchema = z.strictObject({
  /** The publication's own title, exactly as it appears, e.g. "The New Wonder Drug For Back Pain". */
  title: z.string().min(3),
  /** What kind of publication it is. */
  kind: SourceKind,
  /** Who published it, when known and when naming it promotes nothing; omit otherwise. */
  publisher: z.string().optional(),
  /** Why the publisher is not named, e.g. "a clinic, which this site does not name". */
  publisherNote: z.string().optional(),
  /** Date the publication itself carries (YYYY-MM-DD); omit when it is undated. */
  published: IsoDate.optional(),
  /** Date the text was first seen by the site's editors (YYYY-MM-DD). */
  firstSeen: IsoDate,
  /** SHA-256 of the text as seen (UTF-8), so a later change to the publication can be detected. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'write the SHA-256 as 64 lowercase hexadecimal characters (sha256sum prints it)'),
  /** Address of the publication, when known. */
  url: z.url().optional(),
});
export type ClaimSource = z.output<typeof ClaimSourceSchema>;

/** The most words a claim may quote from its source: enough to identify it, short enough to be a quotation. */
export const QUOTE_MAX_WORDS = 25;
export const wordCount = (text: string): number => text.trim().split(/\s+/).filter(Boolean).length;
