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

/** The HTML of each plain-language passage of a page, found without parsing the whole page. */
export function passageFragments(html: string): string[] {
  const marked = html.match(/<p\b[^>]*\bdata-plain-language\b[^>]*>[\s\S]*?<\/p>/g) ?? [];
  const bottomLine = /<h2\b[^>]*\bid="the-bottom-line"[^>]*>[\s\S]*?<\/h2>\s*<ul>([\s\S]*?)<\/ul>/.exec(html)?.[1];
  return [...marked, ...(bottomLine?.match(/<li>[\s\S]*?<\/li>/g) ?? [])];
}

/** The grade of every plain-language passage of a built page; `parse` reads one fragment's text (entities decoded). */
export function scorePage(
  html: string,
  page: string,
  parse: (fragment: string) => { body?: { textContent: string | null } | null; textContent?: string | null },
): PassageScore[] {
  return passageFragments(html).map((fragment) => {
    const doc = parse(`<!doctype html><html><body>${fragment}</body></html>`);
    const text = passageText(doc.body?.textContent ?? doc.textContent ?? '');
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
