/**
 * Sample pages of a built site, found in dist/ rather than named, so the
 * command-line tools work on any content (a fork's too).
 */
import type { CollectionName } from '../../lib/core/content-index.ts';
import { entryPath } from '../../lib/core/urls.ts';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The collections with a page per entry. */
export const ENTRY_COLLECTIONS = ['studies', 'questions', 'claims'] as const;

/**
 * The first entry page of a collection in `dist` (by id), e.g. "/studies/smith2020trial/", or undefined when the
 * collection has no pages; `page/` (a long list's later pages) is not an entry.
 */
export function firstEntryPath(dist: string, collection: CollectionName): string | undefined {
  const dir = join(dist, collection);
  if (!existsSync(dir)) return undefined;
  const entry = readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== 'page' && existsSync(join(dir, d.name, 'index.html')))
    .map((d) => d.name)
    .sort()[0];
  return entry === undefined ? undefined : entryPath(collection, entry);
}
