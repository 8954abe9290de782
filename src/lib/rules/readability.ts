/**
 * Readability of what patients read first, scored on the built HTML with the
 * Flesch-Kincaid grade level (flesch-kincaid and syllable, from the unified
 * collective). The passages are marked `data-plain-language` by the components
 * that render them and, for statements of a finding in a Markdown body, by
 * rehype-plain-language; they are selected from the parsed page. Methods gives the
 * limit and why.
 */
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

/** Highest Flesch-Kincaid grade a plain-language passage may have (see Methods). */
export const READING_GRADE_LIMIT = 12;

/** The counts the formula needs, from plain text. */
export function counts(text: string): { sentence: number; word: number; syllable: number } {
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  const sentences = text.split(/[.!?]+(?=\s|$)/).filter((s) => /[\p{L}\p{N}]/u.test(s)).length;
  return { sentence: Math.max(1, sentences), word: words.length, syllable: words.reduce((n, w) => n + syllable(w), 0) };
}

/** The Flesch-Kincaid grade level of a passage, to one decimal. */
export function readingGrade(text: string): number {
  const c = counts(text);
  return c.word === 0 ? 0 : Math.round(fleschKincaid(c) * 10) / 10;
}

/** A passage's text without citation numbers such as "(1, 2)" or labels such as "Short answer:". */
export function passageText(text: string): string {
  return text
    .replace(/\s*[[(]\d+(?:[,–-]\s*\d+)*[\])]/g, '')
    .replace(/^\s*Short answer:\s*/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface PassageScore {
  page: string;
  text: string;
  grade: number;
}

/** The elements the components and the Markdown pipeline mark as plain-language passages. */
export const PASSAGE_SELECTOR = '[data-plain-language]';

/** What the gate needs of a parsed page (linkedom's or a browser's Document). */
export interface PassageDocument {
  querySelectorAll(selector: string): Iterable<{ textContent: string | null; parentElement: { closest(selector: string): unknown } | null }>;
}

/** The grade of every plain-language passage of a built page (a passage inside another is scored with it, not twice). */
export function scorePage(document: PassageDocument, page: string): PassageScore[] {
  return [...document.querySelectorAll(PASSAGE_SELECTOR)]
    .filter((element) => !element.parentElement?.closest(PASSAGE_SELECTOR))
    .map((element) => {
      const text = passageText(element.textContent ?? '');
      return { page, text, grade: readingGrade(text) };
    });
}

/**
 * The kinds of built page that must carry plain-language passages, by their path
 * inside dist/: the home page (its bottom line), and each study, question and claim
 * page (summary, short answer, verdict reason). A page of one of these kinds with none
 * means the marking was lost, and the gate would pass without checking.
 */
export const PASSAGE_PAGES: readonly { kind: string; path: RegExp }[] = [
  { kind: 'home page', path: /^index\.html$/ },
  { kind: 'study page', path: /^studies\/(?!page\/)[^/]+\/index\.html$/ },
  { kind: 'question page', path: /^questions\/(?!page\/)[^/]+\/index\.html$/ },
  { kind: 'claim page', path: /^claims\/(?!page\/)[^/]+\/index\.html$/ },
];

/** The kind of content page at `path` (inside dist/, with "/" separators), or undefined for any other page. */
export function passagePageKind(path: string): string | undefined {
  return PASSAGE_PAGES.find((p) => p.path.test(path))?.kind;
}

/** The kind of content page at `path` when it yielded no passage (the gate would check nothing there), else undefined. */
export function pageWithoutPassages(path: string, passages: number): string | undefined {
  return passages === 0 ? passagePageKind(path) : undefined;
}

/** One line for the build log: how many passages, their median grade and the hardest one. */
export function readabilitySummary(scores: readonly PassageScore[]): string {
  if (scores.length === 0) return 'readability: no plain-language passages found';
  const grades = scores.map((s) => s.grade).sort((a, b) => a - b);
  const hardest = scores.reduce((a, b) => (b.grade > a.grade ? b : a));
  return `readability: ${scores.length} plain-language passages, median Flesch-Kincaid grade ${grades[Math.floor(grades.length / 2)]}, highest ${hardest.grade} (${hardest.page}); limit ${READING_GRADE_LIMIT}`;
}
