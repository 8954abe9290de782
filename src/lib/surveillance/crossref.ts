/**
 * Crossref REST API: the record of every DOI the bibliography cites. A record carries the notices
 * that update it under `updated-by` (publisher deposits and, since 2023, Retraction Watch); a
 * publisher that retracts a work in place also puts an `update-to` pointing at the work's own DOI
 * on it. A DOI Crossref does not know answers 404. https://api.crossref.org/swagger-ui/index.html
 */
import type { Reference } from '../core/bibliography/types.ts';
import type { NoticeKind, SurveillanceRun } from '../../schemas/surveillance-run.ts';
import type { HttpClient } from './http.ts';
import { array, isObject, malformed, object, optionalText } from './json-shape.ts';

export const CROSSREF = 'https://api.crossref.org/works';

export type Notice = SurveillanceRun['notices'][number];
export type IdentifierProblem = SurveillanceRun['identifierProblems'][number];

/** Crossref update types (`update-to[].type`, `updated-by[].type`) in our words. */
const KINDS: Record<string, NoticeKind> = {
  retraction: 'retraction',
  partial_retraction: 'retraction',
  correction: 'correction',
  corrigendum: 'correction',
  erratum: 'correction',
  expression_of_concern: 'expression of concern',
  withdrawal: 'withdrawal',
  removal: 'withdrawal',
};

/** Our notice kind for a Crossref update type, e.g. "expression_of_concern" → "expression of concern". */
export const noticeKind = (type: string): NoticeKind => KINDS[type.toLowerCase().replaceAll('-', '_').replaceAll(' ', '_')] ?? 'other';

/** A title reduced to its words: LaTeX braces and commands, markup, case, accents and punctuation removed. */
export function normaliseTitle(title: string): string {
  return title
    .replace(/<[^>]+>/g, ' ')
    .replace(/\\[a-zA-Z]+\s*/g, '')
    .replace(/[{}]/g, '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** "YYYY-MM-DD" (or shorter) from a Crossref date object's `date-parts`. */
export function crossrefDate(value: unknown): string | undefined {
  const parts = isObject(value) && Array.isArray(value['date-parts']) ? value['date-parts'][0] : undefined;
  if (!Array.isArray(parts) || typeof parts[0] !== 'number') return undefined;
  return parts
    .filter((p): p is number => typeof p === 'number')
    .map((p, i) => String(p).padStart(i === 0 ? 4 : 2, '0'))
    .join('-');
}

/** The Crossref record of a DOI; `mailto` joins the polite pool. */
export const workUrl = (doi: string, mailto?: string) => `${CROSSREF}/${encodeURIComponent(doi)}${mailto ? `?${new URLSearchParams({ mailto })}` : ''}`;

export interface DoiCheck {
  notices: Notice[];
  identifierProblems: IdentifierProblem[];
}

/** Looks up every reference that has a DOI; `mailto` (SURVEIL_MAILTO) joins Crossref's polite pool. */
export async function checkDois(http: HttpClient, references: Iterable<Reference>, mailto = process.env.SURVEIL_MAILTO): Promise<DoiCheck> {
  const notices: Notice[] = [];
  const identifierProblems: IdentifierProblem[] = [];
  for (const { key, csl } of references) {
    const doi = csl.DOI;
    if (!doi) continue;
    const { status, body } = await http.getJson('crossref', workUrl(doi, mailto), [404]);
    if (status === 404) {
      identifierProblems.push({ key, id: `doi:${doi}`, problem: 'not found' });
      continue;
    }
    const work = object('crossref', object('crossref', body, `the answer for ${doi}`).message, `message (${doi})`);
    const titles = work.title === undefined ? [] : array('crossref', work.title, `message.title (${doi})`);
    const found = optionalText(titles[0]);
    if (found && csl.title && normaliseTitle(found) !== normaliseTitle(csl.title))
      identifierProblems.push({ key, id: `doi:${doi}`, problem: 'title differs', found });
    notices.push(...noticesOf(key, doi, work));
  }
  return { notices, identifierProblems };
}

/** The notices a Crossref work record carries, one per kind and notice DOI. */
export function noticesOf(key: string, doi: string, work: Record<string, unknown>): Notice[] {
  const updates = [
    ...listOf(work['updated-by'], `message.updated-by (${doi})`),
    ...listOf(work['update-to'], `message.update-to (${doi})`).filter(
      (u) => isObject(u) && typeof u.DOI === 'string' && u.DOI.toLowerCase() === doi.toLowerCase(),
    ),
  ];
  const seen = new Set<string>();
  const notices: Notice[] = [];
  for (const update of updates) {
    if (!isObject(update) || typeof update.type !== 'string') throw malformed('crossref', `an update of ${doi} has no type`);
    const kind = noticeKind(update.type);
    const noticeDoi = optionalText(update.DOI);
    const self = noticeDoi?.toLowerCase() === doi.toLowerCase();
    const id = `${kind}|${self ? '' : (noticeDoi?.toLowerCase() ?? '')}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const date = crossrefDate(update.updated);
    notices.push({ key, doi, kind, ...(noticeDoi && !self ? { noticeDoi } : {}), ...(date ? { date } : {}) });
  }
  return notices;
}

const listOf = (value: unknown, where: string): unknown[] => (value === undefined || value === null ? [] : array('crossref', value, where));
