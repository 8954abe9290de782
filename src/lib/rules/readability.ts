/**
 * Readability of what patients read first, scored on the built HTML with the
 * Flesch-Kincaid grade level (flesch-kincaid and syllable, from the unified
 * collective). The passages are marked `data-plain-language` by the components
 * that render them; Methods gives the limit and why.
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

/** Where plain-language passages are: elements marked by their components, and the home page's bottom line. */
export const PLAIN_LANGUAGE_SELECTOR = '[data-plain-language], h2#the-bottom-line + ul > li';

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

/** The grade of every plain-language passage of a built page. */
export function scorePage(html: string, page: string, parse: (html: string) => { querySelectorAll(selector: string): Iterable<{ textContent: string | null }> }): PassageScore[] {
  return [...parse(html).querySelectorAll(PLAIN_LANGUAGE_SELECTOR)].map((el) => {
    const text = passageText(el.textContent ?? '');
    return { page, text, grade: readingGrade(text) };
  });
}

/** One line for the build log: how many passages, their median grade and the hardest one. */
export function readabilitySummary(scores: readonly PassageScore[]): string {
  if (scores.length === 0) return 'readability: no plain-language passages found';
  const grades = scores.map((s) => s.grade).sort((a, b) => a - b);
  const hardest = scores.reduce((a, b) => (b.grade > a.grade ? b : a));
  return `readability: ${scores.length} plain-language passages, median Flesch-Kincaid grade ${grades[Math.floor(grades.length / 2)]}, highest ${hardest.grade} (${hardest.page}); limit ${READING_GRADE_LIMIT}`;
}
