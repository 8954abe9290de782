/**
 * The parts of rehype-citation we reuse: its generator (which takes our
 * citation-js Cite) and its citation syntax, so the guard and the renderer can
 * never disagree on what counts as a citation.
 *
 * Its README's subpath imports fail on Node 24 (a folder export), so the files
 * are loaded from beside the package's resolved entry point. They are private
 * files, so package.json pins rehype-citation to one exact version.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Plugin } from 'unified';
import type { Root } from 'hast';

const nodeDist = dirname(createRequire(import.meta.url).resolve('rehype-citation'));

/**
 * One export of a file inside rehype-citation's package, or an error saying
 * which private file moved. These paths are not part of its public API, which
 * is why package.json pins rehype-citation exactly.
 */
export async function loadPrivate<T>(dir: string, file: string, name: string): Promise<T> {
  const where = join(dir, file);
  let module: Record<string, unknown>;
  try {
    module = await import(/* @vite-ignore */ pathToFileURL(where).href);
  } catch (error) {
    throw new Error(
      `rehype-citation no longer has ${file} (looked for ${where}). ` +
        'src/lib/markdown/rehype-citation-source.ts imports this private file; after changing the rehype-citation version in package.json, ' +
        'find where the file went and update the path there.',
      { cause: error },
    );
  }
  if (module[name] === undefined) {
    throw new Error(
      `rehype-citation's ${file} no longer exports "${name}" (looked in ${where}). ` +
        'src/lib/markdown/rehype-citation-source.ts imports it; update it for the rehype-citation version in package.json.',
    );
  }
  return module[name] as T;
}

/** Options rehype-citation accepts (the subset we use). */
export interface RehypeCitationOptions {
  bibliography: string;
  path: string;
  csl: string;
  lang?: string;
  linkCitations?: boolean;
  inlineClass?: string[];
}

export interface CiteItem {
  id: string;
  locator?: string;
  prefix?: string;
  suffix?: string;
}

type Generator = (Cite: unknown) => Plugin<[RehypeCitationOptions], Root>;

export const rehypeCitationGenerator = await loadPrivate<Generator>(nodeDist, 'generator.mjs', 'default');
export const citationRE = await loadPrivate<RegExp>(nodeDist, 'src/regex.js', 'citationRE');
export const parseCitation = await loadPrivate<(match: RegExpMatchArray) => [CiteItem[], boolean]>(nodeDist, 'src/parse-citation.js', 'parseCitation');
