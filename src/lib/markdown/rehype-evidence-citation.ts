/**
 * rehype-citation, fed the bibliography this build already parsed.
 *
 * Stock rehype-citation re-reads and re-parses the BibTeX file for every page.
 * Its generator accepts any citation-js `Cite`; we hand it one whose
 * constructor returns the parsed items, so parsing happens once per build and
 * the CSL engine (cached by citation-js per style and locale) is reused.
 * Errors are recorded for the integration, since Astro swallows them.
 */
import { relative } from 'node:path';
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { Bibliography } from '../core/bibliography/types.ts';
import { plugins } from '@citation-js/core';
import { memoizeBibliography, type CiteprocEngine } from './citeproc-memo.ts';
import { memoizeCitations, type CitationCluster } from './citation-clusters.ts';
import { EvidenceBuildError } from '../core/build-error.ts';
import { hidesMarkup, restoreMarkup, shieldMarkup } from '../core/bibliography/csl-markup.ts';
import { recordProblem } from '../core/build-problems.ts';
import { rehypeCitationGenerator, type RehypeCitationOptions } from './rehype-citation-source.ts';

export interface EvidenceCitationOptions extends Omit<RehypeCitationOptions, 'path'> {
  /** Returns the parsed bibliography for the page being rendered (memoised by the caller). */
  load: (page?: VFile) => Bibliography;
  /** Returns the project root, which `bibliography` is relative to. */
  root: () => string;
}

const shielded = new WeakMap<Bibliography, ReturnType<typeof shieldMarkup>[]>();

/** The bibliography's items shielded from citeproc's markup parsing, once per bibliography. */
function shieldedItems(bibliography: Bibliography) {
  let items = shielded.get(bibliography);
  if (!items) shielded.set(bibliography, (items = bibliography.items.map(shieldMarkup)));
  return items;
}

const hiding = new WeakMap<Bibliography, boolean>();

/**
 * Whether the rendered page can hold a hidden `<`: only if a shielded item hides
 * one, or the Markdown (when it is known as text) holds the private-use
 * character itself or a character reference that might stand for it. Otherwise
 * restoring would visit every node of the page for nothing.
 */
function mayHideMarkup(bibliography: Bibliography, file: VFile): boolean {
  let items = hiding.get(bibliography);
  if (items === undefined) hiding.set(bibliography, (items = hidesMarkup(JSON.stringify(shieldedItems(bibliography)))));
  const source = file.value;
  return items || typeof source !== 'string' || hidesMarkup(source) || source.includes('&#');
}

interface CslConfig {
  engine: (data: object, style: string, lang: string, format: string) => CiteprocEngine;
  templates: { has(name: string): boolean; get(name: string): string };
}

/**
 * citation-js's plugin registry, except that the CSL engine it hands out formats
 * each reference-list entry once per build (citeproc-memo.ts) and, for a page
 * (`onCluster` given), each distinct in-text citation once per build
 * (citation-clusters.ts), reporting every citation of the page to `onCluster`.
 */
function memoPlugins(onCluster?: (cluster: CitationCluster) => void) {
  const csl = plugins.config.get('@csl') as CslConfig;
  const engine: CslConfig['engine'] = (data, style, lang, format) => {
    // citation-js falls back to APA for a style it does not know; so do the memos' checks.
    const styleXml = csl.templates.get(csl.templates.has(style) ? style : 'apa');
    const memo = memoizeBibliography(csl.engine(data, style, lang, format), data, format, styleXml);
    return onCluster ? memoizeCitations(memo, data, format, styleXml, onCluster) : memo;
  };
  const config = { ...plugins.config, get: (name: string) => (name === '@csl' ? { ...csl, engine } : plugins.config.get(name)) };
  return { ...plugins, config };
}

/** A stand-in for citation-js's Cite whose instances hold the pre-parsed items, shielded from citeproc's markup parsing. */
export function cachedCite(load: () => Bibliography, onCluster?: (cluster: CitationCluster) => void) {
  function CachedCite() {
    return { data: shieldedItems(load()) };
  }
  CachedCite.plugins = memoPlugins(onCluster);
  return CachedCite;
}

const AFFIXES = 'citationAffixes';

/**
 * The prefix and suffix text of each in-text citation on the page, by the
 * number that ends the citation's id (`citation--key--3`): the words around
 * the citation numbers that citeproc prints, which may hold digits of their own.
 */
export function citationAffixes(file: VFile): ReadonlyMap<string, readonly string[]> {
  return ((file.data as Record<string, unknown>)[AFFIXES] as Map<string, string[]> | undefined) ?? new Map();
}

export default function rehypeEvidenceCitation(options: EvidenceCitationOptions) {
  const { load, root, ...citationOptions } = options;
  return async (tree: Root, file: VFile) => {
    const affixes = new Map<string, string[]>();
    (file.data as Record<string, unknown>)[AFFIXES] = affixes;
    let bibliography: Bibliography | undefined;
    const attach = rehypeCitationGenerator(
      cachedCite(
        () => (bibliography = load(file)),
        ({ citationID, citationItems }) => {
          const words = citationItems.flatMap((item) => [item.prefix, item.suffix]).filter((text): text is string => Boolean(text?.trim()));
          affixes.set(citationID.slice(citationID.lastIndexOf('-') + 1), words);
        },
      ),
    );
    const transform = (attach as (o: RehypeCitationOptions) => (t: Root, f: VFile) => Promise<void>)({ ...citationOptions, path: root() });
    try {
      await transform(tree, file);
      if (bibliography && !mayHideMarkup(bibliography, file)) return;
      visit(tree, (node) => {
        if (node.type === 'text') node.value = restoreMarkup(node.value);
        else if (node.type === 'element') {
          for (const [name, value] of Object.entries(node.properties)) if (typeof value === 'string') node.properties[name] = restoreMarkup(value);
        }
      });
    } catch (error) {
      const shown = file.path ? relative(file.cwd, file.path) : '(unnamed Markdown)';
      const problem = new EvidenceBuildError(
        { file: shown },
        `rehype-citation failed: ${error instanceof Error ? error.message : String(error)}`,
        'check the citations on this page against the syntax in README.md ("How it works").',
        { cause: error },
      );
      recordProblem(problem);
      throw problem;
    }
  };
}
