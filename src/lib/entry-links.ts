/** Links between entries, with labels derived in one place. */
import type { Claim } from '../schemas/claim.ts';
import type { Question } from '../schemas/question.ts';
import type { Study } from '../schemas/study.ts';
import { studyView } from './study-view.ts';

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
    .map(({ e, view }) => ({ href: `/studies/${e.id}/`, title: `${view.label}: ${e.data.title}`, note: view.oneLine }));
}

export function questionLinks(entries: Entry<Question>[]): EntryLink[] {
  return [...entries]
    .sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title))
    .map((e) => ({ href: `/questions/${e.id}/`, title: e.data.title, note: `certainty: ${e.data.certainty}` }));
}

export function claimLinks(entries: Entry<Claim>[]): EntryLink[] {
  return [...entries]
    .sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title))
    .map((e) => ({ href: `/claims/${e.id}/`, title: e.data.title, note: `verdict: ${e.data.verdict}` }));
}

/** The entries whose ids are listed, in the order listed. */
export function pick<T>(entries: Entry<T>[], ids: readonly string[]): Entry<T>[] {
  const byId = new Map(entries.map((e) => [e.id, e]));
  return ids.map((id) => byId.get(id)).filter((e): e is Entry<T> => e !== undefined);
}

/** Entries of another collection that list `id` in the field `field` (derived back-links). */
export function citing<T>(entries: Entry<T>[], field: keyof T, id: string): Entry<T>[] {
  return entries.filter((e) => (e.data[field] as unknown as readonly string[] | undefined)?.includes(id));
}
