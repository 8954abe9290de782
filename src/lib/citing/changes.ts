/**
 * The site's record of substantive evidence changes: each page's own log,
 * gathered newest first for the "What changed" page and its Atom feed. Dates
 * come from front matter only, so two builds of one commit are identical.
 */
import type { Change } from '../../schemas/change.ts';
import { SITE_NAME, SITE_URL } from '../site.ts';

/** A change with the page it belongs to. */
export interface PageChange extends Change {
  /** Heading of the changed page. */
  title: string;
  /** Path of the changed page, e.g. "/questions/systematic-reviews/". */
  path: string;
}

/** How a change's type is shown beside it, e.g. "Correction" or "New evidence; conclusion changed". */
export const changeLabel = (c: Pick<Change, 'type' | 'conclusionChanged'>): string => {
  const type = c.type.charAt(0).toUpperCase() + c.type.slice(1);
  return c.conclusionChanged && c.type !== 'conclusion changed' ? `${type}; conclusion changed` : type;
};

/** The corrections among a list of changes: what the site once said wrongly and has fixed. */
export const corrections = <T extends Change>(changes: readonly T[]): T[] => changes.filter((c) => c.type === 'correction');

/** A page's changes, newest first. */
export const newestFirst = <T extends Change>(changes: readonly T[]): T[] => [...changes].sort((a, b) => b.date.localeCompare(a.date));

/** Every page's changes in one list, newest first (ties by path, then by the page's own order). */
export function siteChanges(pages: readonly { title: string; path: string; changes: readonly Change[] }[]): PageChange[] {
  return pages
    .flatMap((p) => p.changes.map((c) => ({ ...c, title: p.title, path: p.path })))
    .sort((a, b) => b.date.localeCompare(a.date) || a.path.localeCompare(b.path));
}

const xml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

/**
 * The date for the feed's `<updated>`: that of the newest change, or, while no
 * page lists a change, the newest date a page was checked (`lastReviewed`).
 * Like every date here it comes from front matter, never from the clock.
 */
export function feedUpdated(changes: readonly Pick<Change, 'date'>[], pages: readonly { lastReviewed: string }[]): string {
  const newest = (dates: string[]) => dates.reduce<string | undefined>((max, d) => (max === undefined || d > max ? d : max), undefined);
  const updated = newest(changes.map((c) => c.date)) ?? newest(pages.map((p) => p.lastReviewed));
  if (updated === undefined) throw new Error('The change feed has no date: the site has no content pages (src/content/pages/home.md is the first to write).');
  return updated;
}

/** The Atom feed of site changes, dated `updated` (see feedUpdated). Entry ids are tag URIs built from date, path and position, so they stay stable. */
export function atomFeed(changes: readonly PageChange[], updated: string): string {
  const host = new URL(SITE_URL).host;
  const seen = new Map<string, number>();
  const entries = changes.map((c) => {
    const slot = `${c.date}:${c.path}`;
    const n = (seen.get(slot) ?? 0) + 1;
    seen.set(slot, n);
    const url = new URL(c.path, SITE_URL).href;
    return [
      '  <entry>',
      `    <title>${xml(`${c.title}: ${c.summary}`)}</title>`,
      `    <id>tag:${host},${c.date}:${xml(c.path)}#${n}</id>`,
      `    <link href="${xml(url)}"/>`,
      `    <updated>${c.date}T00:00:00Z</updated>`,
      `    <category term="${xml(c.type)}" label="${xml(changeLabel(c))}"/>`,
      `    <summary>${xml(c.summary)}</summary>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <title>${xml(`${SITE_NAME}: what changed`)}</title>`,
    `  <id>${xml(new URL('/changes/', SITE_URL).href)}</id>`,
    `  <link rel="self" href="${xml(new URL('/changes.xml', SITE_URL).href)}"/>`,
    `  <link href="${xml(new URL('/changes/', SITE_URL).href)}"/>`,
    `  <updated>${updated}T00:00:00Z</updated>`,
    `  <author><name>${xml(SITE_NAME)}</name></author>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
