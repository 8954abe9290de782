/**
 * src/lib/search/ owns what Pagefind indexes beyond the article.
 *
 * What Pagefind should know about a page beyond its visible article: filters,
 * result-card metadata, the identifiers of the works it cites (so a DOI, PMID
 * or NCT number finds it) and spelling variants of the terms it uses.
 */
import { CITED_AUTHORS_IN_METADATA } from '../core/bibliography/names.ts';
import { projectBibliography } from '../core/bibliography/load.ts';
import { TOPIC } from '../../topic.ts';
import type { ReaderQuestion } from '../../schemas/reader-question.ts';
import { mentions, readerWordsFor } from './reader-words.ts';

/** Groups of interchangeable terms; a page using any term is found by all. The topic's own terms come from src/topic.ts. */
export const SYNONYMS: readonly (readonly string[])[] = [
  ...TOPIC.synonyms,
  ['side effects', 'adverse effects', 'adverse events', 'harms'],
  ['randomized', 'randomised'],
  ['anesthesia', 'anaesthesia'],
];

/**
 * The topic's own words: the intervention and the condition as the text names
 * them, with the synonym groups of either (an abbreviation, a longer name). A
 * query of these words only asks about the whole topic (asksWholeTopic in rank.ts).
 */
export function topicWords(topic: Pick<typeof TOPIC, 'intervention' | 'condition' | 'synonyms'> = TOPIC): string[] {
  const own = [topic.intervention.inText, topic.condition.inText].map((w) => w.toLowerCase());
  const groups = topic.synonyms.filter((group) => group.some((term) => own.includes(term.toLowerCase())));
  return [...new Set([...own, ...groups.flat()])];
}

export interface SearchData {
  /** Pagefind filters: name -> values. */
  filters: Record<string, string[]>;
  /** Pagefind metadata for result cards (also searchable). */
  meta: Record<string, string>;
}

/** All variants of every synonym group that `text` mentions, minus those it already contains. */
export function aliasesFor(text: string): string[] {
  const found = new Set<string>();
  for (const group of SYNONYMS) {
    const mentioned = group.filter((term) => mentions(text, term));
    if (mentioned.length > 0) group.filter((term) => !mentioned.includes(term)).forEach((t) => found.add(t));
  }
  return [...found];
}

/** Family names of the cited works' authors (the first CITED_AUTHORS_IN_METADATA of each), with and without accents, so an author's name finds every page citing them. */
export function authorsFor(keys: readonly string[]): string[] {
  const references = projectBibliography().references;
  const names = new Set<string>();
  for (const key of keys) {
    for (const { family } of (references.get(key)?.csl.author ?? []).slice(0, CITED_AUTHORS_IN_METADATA)) {
      if (!family) continue;
      names.add(family);
      names.add(family.normalize('NFD').replace(/\p{M}/gu, ''));
    }
  }
  return [...names];
}

/** DOIs, PMIDs, PMCIDs and registry numbers of the cited works. */
export function identifiersFor(keys: readonly string[]): string[] {
  const references = projectBibliography().references;
  const ids = new Set<string>();
  for (const key of keys) {
    const csl = references.get(key)?.csl;
    if (!csl) continue;
    for (const value of [csl.DOI, csl.PMID, csl.PMCID]) if (value) ids.add(value);
    for (const nct of `${csl.URL ?? ''} ${csl.title ?? ''} ${key}`.match(/NCT\d{8}/gi) ?? []) ids.add(nct.toUpperCase());
  }
  return [...ids];
}

/** Pagefind filters and meta for a page, from its type, front matter facts, text and citations. */
export function searchData(input: {
  type: string;
  text: string;
  citedKeys: readonly string[];
  filters?: Record<string, string | number | undefined>;
  meta?: Record<string, string | number | undefined>;
}): SearchData {
  const filters: Record<string, string[]> = { type: [input.type] };
  for (const [name, value] of Object.entries(input.filters ?? {})) if (value !== undefined) filters[name] = [String(value)];
  const meta: Record<string, string> = { type: input.type };
  for (const [name, value] of Object.entries(input.meta ?? {})) if (value !== undefined) meta[name] = String(value);
  const identifiers = identifiersFor(input.citedKeys);
  if (identifiers.length) meta.identifiers = identifiers.join(' ');
  const authors = authorsFor(input.citedKeys);
  if (authors.length) meta.authors = authors.join(' ');
  const aliases = aliasesFor(input.text);
  if (aliases.length) meta.aliases = aliases.join(', ');
  const readerWords = readerWordsFor(input.text);
  if (readerWords.length) meta.readerWords = readerWords.join(', ');
  return { filters, meta };
}

interface Rendered {
  body?: string;
  citedKeys?: unknown;
}

/** Cite keys a rendered entry cites, in order of first citation (recorded by rehype-citation-links). */
export const citedKeysOf = (rendered: Rendered) => (Array.isArray(rendered.citedKeys) ? (rendered.citedKeys as string[]) : []);

/** Search data for a study page. */
export function studySearch(
  s: { title: string; summary: string; design: string; nEnrolled: number },
  year: number | undefined,
  rendered: Rendered,
): SearchData {
  return searchData({
    type: 'study',
    text: `${s.title} ${s.summary} ${rendered.body ?? ''}`,
    citedKeys: citedKeysOf(rendered),
    filters: { design: s.design, year },
    meta: { design: s.design, participants: s.nEnrolled, year },
  });
}

/**
 * Search data for a question page: that of any entry, plus its short answer
 * and the ways readers ask it (`asked`, "|"-separated) for the result card and
 * the best-answer rule of rank.ts. The phrasings are indexed with a high
 * weight by the page itself (see ASKED_AS_WEIGHT).
 */
export function questionSearch(
  q: { title: string; answer: string; askedAs: readonly string[]; certainty?: string | undefined },
  rendered: Rendered,
): SearchData {
  const data = entrySearch('question', `${q.title} ${q.answer} ${q.askedAs.join(' ')}`, rendered, q);
  data.meta.answer = q.answer;
  if (q.askedAs.length) data.meta.asked = q.askedAs.join(' | ');
  return data;
}

/**
 * Search data for a claim page: that of any entry, plus the reason for its
 * verdict as the answer to "is it true that…" (a reader who types the claim
 * asks that; readerQuestionsOf in rank.ts).
 */
export function claimSearch(c: { title: string; verdict: string; verdictReason: string }, rendered: Rendered): SearchData {
  const data = entrySearch('claim', `${c.title} ${c.verdictReason}`, rendered, c);
  data.meta.answer = c.verdictReason;
  return data;
}

/**
 * Search metadata for the questions a non-question page answers (About, Methods,
 * the data page…): group n's phrasings go in `asked` (n = 1) or `asked<n>`,
 * "|"-separated, and its one-sentence answer in `answer` or `answer<n>`;
 * rank.ts reads them back with readerQuestionsOf.
 */
export function readerQuestionsMeta(groups: readonly ReaderQuestion[]): Record<string, string> {
  const meta: Record<string, string> = {};
  groups.forEach((group, i) => {
    const n = i === 0 ? '' : String(i + 1);
    meta[`asked${n}`] = group.askedAs.join(' | ');
    meta[`answer${n}`] = group.answer;
  });
  return meta;
}

/** Search data for a plain page (About, Methods): that of any entry, plus the reader questions it answers. */
export function pageSearch(title: string, questions: readonly ReaderQuestion[], rendered: Rendered): SearchData {
  const data = entrySearch('page', `${title} ${questions.flatMap((q) => q.askedAs).join(' ')}`, rendered);
  Object.assign(data.meta, readerQuestionsMeta(questions));
  return data;
}

/** Search data for a built-in page of the site (open data, corrections, change log): its type and reader questions only. */
export const siteSearch = (questions: readonly ReaderQuestion[]): SearchData => ({
  filters: { type: ['page'] },
  meta: { type: 'page', ...readerQuestionsMeta(questions) },
});

/** Pagefind weight of a question's askedAs phrasings (headings are 7 to 2, body text 1). */
export const ASKED_AS_WEIGHT = 8;

/** Search data for a question, claim or plain page. */
export function entrySearch(
  type: 'question' | 'claim' | 'page',
  text: string,
  rendered: Rendered,
  facts: { certainty?: string; verdict?: string } = {},
): SearchData {
  return searchData({
    type,
    text: `${text} ${rendered.body ?? ''}`,
    citedKeys: citedKeysOf(rendered),
    filters: { certainty: facts.certainty, verdict: facts.verdict },
    meta: { certainty: facts.certainty, verdict: facts.verdict },
  });
}
