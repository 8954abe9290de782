/**
 * Field types shared by the evidence schemas, with the cross-checks that make a
 * dangling reference a build error instead of a broken link.
 */
import { z } from 'astro/zod';
import { DOCUMENT_TITLE_MAX } from '../lib/site.ts';
import { projectBibliography } from '../lib/core/bibliography/load.ts';
import { BIBLIOGRAPHY_FILE } from '../lib/core/settings.ts';
import { closest } from '../lib/core/build-error.ts';
import { futureDateProblem } from '../lib/core/no-future-dates.ts';
import { entryIds, type CollectionName } from '../lib/core/content-index.ts';
import { CERTAINTIES, VERDICTS } from '../lib/rules/scales.ts';

/** A cite key that exists in references/library.bib. */
export const CiteKey = z.string().superRefine((key, ctx) => {
  const keys = new Set(projectBibliography().references.keys());
  if (keys.has(key)) return;
  const guess = closest(key, keys);
  ctx.addIssue({
    code: 'custom',
    message: `unknown cite key "${key}": it is not in ${BIBLIOGRAPHY_FILE}.${guess ? ` Did you mean "${guess}"?` : ''} Add the entry to the bibliography or correct the key.`,
  });
});

/** The id (file name without .md) of an entry in another collection. */
export function entryId(collection: CollectionName) {
  return z.string().superRefine((id, ctx) => {
    const ids = entryIds(collection);
    if (ids.has(id)) return;
    const guess = closest(id, ids);
    ctx.addIssue({
      code: 'custom',
      message: `"${id}" is not an entry of the ${collection} collection (no file src/content/${collection}/${id}.md).${guess ? ` Did you mean "${guess}"?` : ''} Fix the id or add the page.`,
    });
  });
}

/**
 * How a schema checks what a field points to. Current pages use today's rules (the cite key is in the
 * bibliography, the page exists); frozen versions check the shape alone, so removing a reference or a page
 * later never forces anyone to edit history.
 */
export interface References {
  citeKey: z.ZodString;
  entryId: (collection: CollectionName) => z.ZodString;
}
/** References checked against today's bibliography and pages. */
export const CURRENT_REFERENCES: References = { citeKey: CiteKey, entryId };
/** References of a frozen version: text only. */
export const ARCHIVED_REFERENCES: References = { citeKey: z.string().min(1), entryId: () => z.string().min(1) };

/** GRADE certainty of a body of evidence. */
export const Certainty = z.enum(CERTAINTIES);
export type Certainty = z.output<typeof Certainty>;

/** The one verdict scale used for reviewed claims, strongest support first. */
export const Verdict = z.enum(VERDICTS);
export type Verdict = z.output<typeof Verdict>;

/** A stable anchor id: lowercase words joined by hyphens; never change it once published. */
export const AnchorId = z.string().regex(/^[a-z][a-z0-9-]*$/, 'use lowercase letters, digits and hyphens, e.g. "week-8-responders"');

/**
 * A calendar date written YYYY-MM-DD, kept as that text so output never depends on the time zone.
 * YAML reads a bare date as midnight UTC; a date with a time or a time zone would shift the day,
 * so it is refused. A date after today (src/lib/core/no-future-dates.ts) is refused too.
 */
export const IsoDate = z.union([z.date(), z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'write the date as YYYY-MM-DD')]).transform((d, ctx) => {
  if (typeof d !== 'string' && d.getTime() % 86_400_000 !== 0) {
    ctx.addIssue({
      code: 'custom',
      message: `a date with a time or a time zone (read as ${d.toISOString()}) can fall on another day; write the date alone as YYYY-MM-DD`,
    });
    return z.NEVER;
  }
  const date = typeof d === 'string' ? d : d.toISOString().slice(0, 10);
  const future = futureDateProblem(date);
  if (future) {
    ctx.addIssue({ code: 'custom', message: future });
    return z.NEVER;
  }
  return date;
});

/** Ids an entry had before it was renamed (file names without .md); each old URL redirects to the entry. */
export const FormerIds = z.array(z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'an old id is a file name without .md, e.g. "old-name"')).default([]);

/** Title for the browser tab and search results, when the page heading is longer than DOCUMENT_TITLE_MAX. */
export const ShortTitle = z.string().min(10).max(DOCUMENT_TITLE_MAX, `keep shortTitle to ${DOCUMENT_TITLE_MAX} characters`).optional();

/** Requires `shortTitle` when `title` is too long for a browser tab or a search result. */
export function requireShortTitle(data: { title: string; shortTitle?: string | undefined }, ctx: z.RefinementCtx): void {
  if (data.title.length > DOCUMENT_TITLE_MAX && !data.shortTitle) {
    ctx.addIssue({
      code: 'custom',
      path: ['shortTitle'],
      message: `title has ${data.title.length} characters; add a shortTitle of at most ${DOCUMENT_TITLE_MAX} for browser tabs and search results`,
    });
  }
}

/** Rejects a change dated after the page's `lastReviewed`: the page's version is the date of its last check. */
export function changesNotAfterReview(data: { lastReviewed: string; changes: readonly { date: string }[] }, ctx: z.RefinementCtx): void {
  data.changes.forEach((change, i) => {
    if (change.date > data.lastReviewed) {
      ctx.addIssue({
        code: 'custom',
        path: ['changes', i, 'date'],
        message: `change dated ${change.date} is after lastReviewed (${data.lastReviewed}); set lastReviewed to the date the page was last checked, at least ${change.date}`,
      });
    }
  });
}
