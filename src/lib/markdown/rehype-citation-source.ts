/**
 * The parts of rehype-citation we reuse: its generator (which takes our
 * citation-js Cite) and its citation syntax, so the guard and the renderer can
 * never disagree on what counts as a citation.
 *
 * Its README's subpath imports fail on Node 24 (a folder export), so the files
 * are loaded from beside the package's resolved entry point.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Plugin } from 'unified';
import type { Root } from 'hast';

const nodeDist = dirname(createRequire(import.meta.url).resolve('rehype-citation'));
const load = (file: string) => import(/* @vite-ignore */ pathToFileURL(join(nodeDist, file)).href);

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

export const rehypeCitationGenerator: Generator = (await load('generator.mjs')).default;
export const citationRE: RegExp = (await load('src/regex.js')).citationRE;
export const parseCitation: (match: RegExpMatchArray) => [CiteItem[], boolean] = (await load('src/parse-citation.js'))
  .parseCitation;
