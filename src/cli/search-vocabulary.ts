/**
 * `node src/cli/search-vocabulary.ts [--site dist]` (the last step of `npm run
 * build`): writes the search index's vocabulary, each word with its frequency,
 * next to the Pagefind bundle (dist/pagefind/vocabulary.json), for the search
 * page's "did you mean" (src/lib/search/spelling.ts). The words are read from
 * Pagefind's own fragments, so the vocabulary holds exactly the text Pagefind
 * indexed: each page's indexed body and its title.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync, gzipSync } from 'node:zlib';
import { buildVocabulary, VOCABULARY_FILE } from '../lib/search/spelling.ts';

/** Pagefind writes each fragment file as gzip of this signature followed by JSON. */
const SIGNATURE = 'pagefind_dcd';

/** The fields of a Pagefind fragment this project reads. */
export interface PagefindFragment {
  url?: string;
  content?: string;
  meta?: Record<string, string>;
}

/**
 * The fragments in one Pagefind fragment file: a page's own file (en_<hash>.pf_fragment, its fragment's JSON),
 * or, beyond `max_fragments` pages (pagefind.yml), a group file (en_group_<hash>.pf_fragment, an object of
 * several pages' fragments by page hash).
 */
export function readFragments(file: string): PagefindFragment[] {
  const text = gunzipSync(readFileSync(file)).toString('utf8');
  if (!text.startsWith(SIGNATURE)) throw new Error(`${file}: not a Pagefind fragment (no "${SIGNATURE}" signature); rebuild with \`npm run build\`.`);
  const json = JSON.parse(text.slice(SIGNATURE.length)) as PagefindFragment | Record<string, PagefindFragment>;
  return /_group_[^/]*\.pf_fragment$/.test(file) ? Object.values(json as Record<string, PagefindFragment>) : [json as PagefindFragment];
}

/** The indexed text (title and content) of each page in one Pagefind fragment file. */
export const fragmentTexts = (file: string): string[] => readFragments(file).map((f) => `${f.meta?.title ?? ''} ${f.content ?? ''}`);

/** Writes the vocabulary of the Pagefind bundle under `site`; returns the words and the file's gzip size. */
export function writeSearchVocabulary(site: string): { words: number; gzipBytes: number; file: string } {
  const dir = join(site, 'pagefind', 'fragment');
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith('.pf_fragment'));
  } catch {
    throw new Error(`${dir} does not exist: run Pagefind first (\`npm run build\` runs both).`);
  }
  const texts = names.flatMap((n) => fragmentTexts(join(dir, n)));
  const vocabulary = buildVocabulary(texts);
  // A format this code does not read would otherwise leave "did you mean" silently empty.
  if (texts.length > 0 && vocabulary.words.length === 0)
    throw new Error(
      `${dir}: ${names.length} fragment files gave no words; has Pagefind changed its fragment format? See fragmentTexts in src/cli/search-vocabulary.ts.`,
    );
  const json = JSON.stringify(vocabulary);
  const file = join(site, VOCABULARY_FILE);
  writeFileSync(file, json);
  return { words: vocabulary.words.length, gzipBytes: gzipSync(json, { level: 9 }).length, file };
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { site: { type: 'string', default: 'dist' } } });
  try {
    const { words, gzipBytes, file } = writeSearchVocabulary(values.site!);
    console.log(`Search vocabulary: ${words} words, ${(gzipBytes / 1024).toFixed(1)} kB gzip, in ${file}`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
