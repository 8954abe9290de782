/** Links between entries, with labels derived in one place. */
import type { Claim } from '../../schemas/claim.ts';
import type { Question } from '../../schemas/question.ts';
import type { Study } from '../../schemas/study.ts';
import { studyView } from './study-view.ts';
import { entryPath } from '../core/urls.ts';

export interface EntryLink {
  href: string;
  title: string;
  note?: string;
}

interface Entry<T> {
  id: string;
  data: T;
}

export function studyLinks(entries: Entry<Study>[]): EntryLink[] {
  return entries
    .map((e) => ({ e, view: studyView(e.id, e.data) }))
    .sort((a, b) => (a.view.year ?? 0) - (b.view.year ?? 0) || a.view.label.localeCompare(b.view.label))
    .map(({ e, view }) => ({ href: entryPath('studies', e.id), title: `${view.label}: ${e.data.title}`, note: view.oneLine }));
}

export function questionLinks(entries: Entry<Question>[]): EntryLink[] {
  return [...entries]
    .sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title))
    .map((e) => ({
      href: entryPath('questions', e.id),
      title: e.data.title,
      note: e.data.certainty ? `certainty: ${e.data.certainty}` : 'descriptive: no GRADE rating',
    }));
}

export function claimLinks(entries: Entry<Claim>[]): EntryLink[] {
  return [...entries]
    .sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title))
    .map((e) => ({ href: entryPath('claims', e.id), title: e.data.title, note: `verdict: ${e.data.verdict}` }));
}

const byIdIndex = new WeakMap<readonly unknown[], Map<string, unknown>>();
const backlinkIndex = new WeakMap<readonly unknown[], Map<PropertyKey, Map<string, unknown[]>>>();

/**
 * The entries whose ids are listed, in the order listed. The id index is built
 * once per entries array, so a build that passes the same array for every page
 * does not rebuild it per page.
 */
export function pick<T>(entries: Entry<T>[], ids: readonly string[]): Entry<T>[] {
  let byId = byIdIndex.get(entries) as Map<string, Entry<T>> | undefined;
  if (!byId) byIdIndex.set(entries, (byId = new Map(entries.map((e) => [e.id, e]))));
  return ids.map((id) => byId.get(id)).filter((e): e is Entry<T> => e !== undefined);
}

/**
 * Entries of another collection that list `id` in the field `field` (derived
 * back-links), in the entries' order. Indexed once per entries array and field.
 */
export function citing<T>(entries: Entry<T>[], field: keyof T, id: string): Entry<T>[] {
  let byField = backlinkIndex.get(entries);
  if (!byField) backlinkIndex.set(entries, (byField = new Map()));
  let index = byField.get(field) as Map<string, Entry<T>[]> | undefined;
  if (!index) {
    index = new Map();
    for (const e of entries) {
      for (const target of new Set((e.data[field] as unknown as readonly string[] | undefined) ?? [])) {
        const list = index.get(target) ?? [];
        list.push(e);
        index.set(target, list);
      }
    }
    byField.set(field, index);
  }
  return [...(index.get(id) ?? [])];
}

/**
 * At most this many related pages are listed on a study page; its entry in the
 * reference library lists more (src/lib/routes/lists.ts). A study used by
 * hundreds of pages would otherwise make its page grow with the site.
 */
export const RELATED_LINKS_SHOWN = 20;

/** The first `max` links, and how many were left out. */
export function firstLinks(links: EntryLink[], max: number = RELATED_LINKS_SHOWN): { shown: EntryLink[]; more: number } {
  return { shown: links.slice(0, max), more: Math.max(0, links.length - max) };
}
