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

/** Pagefind writes each fragment as gzip of this signature followed by the page's JSON. */
const SIGNATURE = 'pagefind_dcd';

/** The indexed text of one Pagefind fragment file: its title and content. */
export function fragmentText(file: string): string {
  const text = gunzipSync(readFileSync(file)).toString('utf8');
  if (!text.startsWith(SIGNATURE)) throw new Error(`${file}: not a Pagefind fragment (no "${SIGNATURE}" signature); rebuild with \`npm run build\`.`);
  const fragment = JSON.parse(text.slice(SIGNATURE.length)) as { content?: string; meta?: Record<string, string> };
  return `${fragment.meta?.title ?? ''} ${fragment.content ?? ''}`;
}

/** Writes the vocabulary of the Pagefind bundle under `site`; returns the words and the file's gzip size. */
export function writeSearchVocabulary(site: string): { words: number; gzipBytes: number; file: string } {
  const dir = join(site, 'pagefind', 'fragment');
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith('.pf_fragment'));
  } catch {
    throw new Error(`${dir} does not exist: run Pagefind first (\`npm run build\` runs both).`);
  }
  const vocabulary = buildVocabulary(names.map((n) => fragmentText(join(dir, n))));
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
