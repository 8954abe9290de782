/**
 * "Did you mean": the search index's vocabulary and the nearest known word to
 * a misspelt one. Pagefind has no typo tolerance, so a word it finds nowhere
 * ("infussion") is replaced by the vocabulary's word at the smallest edit
 * distance (fastest-levenshtein), the more frequent word winning a tie.
 * The vocabulary is written at build time next to the Pagefind bundle
 * (src/cli/search-vocabulary.ts) and fetched by the search page only when a
 * query term finds nothing.
 */
import { distance } from 'fastest-levenshtein';
import { queryWords, STOP_WORDS } from './query-terms.ts';

/** Where the vocabulary is written, under the site's output folder, and served. */
export const VOCABULARY_FILE = 'pagefind/vocabulary.json';

/** The vocabulary as written: words in descending frequency, and their frequencies (occurrences in the index). */
export interface VocabularyFile {
  words: string[];
  counts: number[];
}

/** Word -> frequency. */
export type Vocabulary = ReadonlyMap<string, number>;

/** Shortest word kept in the vocabulary and corrected in a query. */
export const MIN_WORD_LENGTH = 4;

/** The words worth correcting to: letters only (with inner hyphens or apostrophes split off), lower case, at least MIN_WORD_LENGTH long. */
export function vocabularyWords(text: string): string[] {
  return (
    text
      .toLowerCase()
      .normalize('NFC')
      .match(/\p{L}+/gu) ?? []
  ).filter((w) => w.length >= MIN_WORD_LENGTH && !STOP_WORDS.has(w));
}

/** Counts the words of `texts` into a vocabulary file, most frequent first (ties alphabetical); words seen fewer than `minCount` times are left out. */
export function buildVocabulary(texts: Iterable<string>, minCount = 1): VocabularyFile {
  const counts = new Map<string, number>();
  for (const text of texts) for (const word of vocabularyWords(text)) counts.set(word, (counts.get(word) ?? 0) + 1);
  const sorted = [...counts].filter(([, n]) => n >= minCount).sort(([a, m], [b, n]) => n - m || (a < b ? -1 : 1));
  return { words: sorted.map(([w]) => w), counts: sorted.map(([, n]) => n) };
}

/** Reads a vocabulary file; anything malformed gives an empty vocabulary (the search then simply suggests nothing). */
export function readVocabulary(file: unknown): Vocabulary {
  const v = file as Partial<VocabularyFile> | null;
  if (!v || !Array.isArray(v.words) || !Array.isArray(v.counts) || v.words.length !== v.counts.length) return new Map();
  return new Map(v.words.map((w, i) => [String(w), Number(v.counts![i]) || 0]));
}

/** Edits allowed for a word of this length: 1 up to 5 letters, 2 up to 9, then 3. */
export const maxEdits = (length: number) => (length <= 5 ? 1 : length <= 9 ? 2 : 3);

/**
 * The known word nearest to `word` by edit distance, within maxEdits; the more
 * frequent one wins a tie, then the alphabetically first. Undefined when the
 * word is known, too short or nothing is near enough.
 */
export function nearestWord(word: string, vocabulary: Vocabulary): string | undefined {
  const w = word.toLowerCase();
  if (w.length < MIN_WORD_LENGTH || vocabulary.has(w) || !/^\p{L}+$/u.test(w)) return undefined;
  const limit = maxEdits(w.length);
  let best: { word: string; edits: number; count: number } | undefined;
  for (const [candidate, count] of vocabulary) {
    if (Math.abs(candidate.length - w.length) > limit) continue;
    const edits = distance(w, candidate);
    if (edits > limit) continue;
    if (!best || edits < best.edits || (edits === best.edits && (count > best.count || (count === best.count && candidate < best.word))))
      best = { word: candidate, edits, count };
  }
  return best?.word;
}

export interface Correction {
  /** The query with each corrected word replaced, the rest as typed. */
  query: string;
  /** Each replaced word and its replacement. */
  changes: { from: string; to: string }[];
}

/**
 * The query with its unknown words corrected, or undefined when none can be.
 * A word is corrected when `isUnknown` says so (the search page passes the
 * terms Pagefind found on no page; by default, words not in the vocabulary).
 */
export function correctQuery(query: string, vocabulary: Vocabulary, isUnknown: (word: string) => boolean = (w) => !vocabulary.has(w)): Correction | undefined {
  const changes = new Map<string, string>();
  for (const word of new Set(queryWords(query))) {
    if (STOP_WORDS.has(word) || !isUnknown(word)) continue;
    const near = nearestWord(word, vocabulary);
    if (near) changes.set(word, near);
  }
  if (changes.size === 0) return undefined;
  const corrected = query.replace(/[\p{L}\p{N}]+/gu, (w) => changes.get(w.toLowerCase()) ?? w);
  return { query: corrected, changes: [...changes].map(([from, to]) => ({ from, to })) };
}
