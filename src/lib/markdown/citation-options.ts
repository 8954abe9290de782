/**
 * src/lib/markdown/ owns the Markdown citation pipeline: the bibliography, the citation guards, the rehype-citation wrapper, citation links and previews, and the reference-list memo.
 *
 * The one place the citation pipeline is configured. astro.config.mjs and the
 * tests both import it, so what is tested is what is built.
 */
import { unified, type RehypePlugins, type RemarkPlugins } from '@astrojs/markdown-remark';
import { loadBibliography } from '../core/bibliography/load.ts';
import type { Bibliography } from '../core/bibliography/types.ts';
import remarkDirective from 'remark-directive';
import remarkCitationGuard from './remark-citation-guard.ts';
import remarkEvidenceFacts from './remark-evidence-facts.ts';
import { loadLivingData } from '../living/living-data.ts';
import remarkSafeMarkup from './remark-safe-markup.ts';
import rehypeCitationLinks from './rehype-citation-links.ts';
import rehypeReferenceNotices from './rehype-reference-notices.ts';
import rehypeCitationPreviews from './rehype-citation-previews.ts';
import rehypeClaimEvidence from './rehype-claim-evidence.ts';
import rehypeEvidenceCitation from './rehype-evidence-citation.ts';
import rehypeGlossaryLinks from './rehype-glossary-links.ts';
import rehypePlainLanguage from './rehype-plain-language.ts';
import { BIBLIOGRAPHY_FILE, CITATION_STYLE } from '../core/settings.ts';
import { projectRoot } from '../core/project-root.ts';
import type { VFile } from 'vfile';

export { BIBLIOGRAPHY_FILE, CITATION_STYLE } from '../core/settings.ts';

export interface PipelineOptions {
  /** Link the first use of each glossary term in a page's body (on by default; the pipeline's fixture tests turn it off). */
  glossaryLinks?: boolean;
}

export interface CitationPipeline {
  remarkPlugins: RemarkPlugins;
  rehypePlugins: RehypePlugins;
}

/**
 * Plugins for Astro's unified Markdown processor, rooted at `root`; without
 * one, at the project root as it is when a page renders (src/lib/core/project-root.ts).
 */
export function citationPipeline(root?: string, bibliography: string = BIBLIOGRAPHY_FILE, { glossaryLinks = true }: PipelineOptions = {}): CitationPipeline {
  const rootNow = () => root ?? projectRoot();
  // Four plugins read the bibliography on every page; each call checked the file on disk. The first
  // call for a page checks it, and the page's other plugins get the same answer.
  const pages = new WeakMap<VFile, Bibliography>();
  const load = (page?: VFile) => {
    let loaded = page && pages.get(page);
    if (!loaded) {
      loaded = loadBibliography(bibliography, rootNow());
      if (page) pages.set(page, loaded);
    }
    return loaded;
  };
  const keySets = new WeakMap<Bibliography, ReadonlySet<string>>();
  const keys = (page?: VFile) => {
    const bibliography = load(page);
    let set = keySets.get(bibliography);
    if (!set) keySets.set(bibliography, (set = new Set(bibliography.references.keys())));
    return set;
  };
  return {
    remarkPlugins: [
      remarkSafeMarkup,
      remarkDirective,
      [remarkEvidenceFacts, { data: () => loadLivingData(rootNow()) }],
      [remarkCitationGuard, { keys, bibliographyFile: bibliography }],
    ],
    rehypePlugins: [
      [rehypeEvidenceCitation, { load, root: rootNow, bibliography, csl: CITATION_STYLE, lang: 'en-US', linkCitations: false, inlineClass: ['citation'] }],
      [rehypeCitationLinks, { load }],
      [rehypeReferenceNotices, { data: () => loadLivingData(rootNow()), root: rootNow }],
      rehypeClaimEvidence,
      rehypePlainLanguage,
      ...(glossaryLinks ? [[rehypeGlossaryLinks, { root: rootNow }] satisfies RehypePlugins[number]] : []),
      [rehypeCitationPreviews, { load, root: rootNow }],
    ],
  };
}

/** Astro's unified Markdown processor with the citation pipeline: what astro.config.mjs uses. */
export function markdownProcessor(root?: string, bibliography: string = BIBLIOGRAPHY_FILE, options: PipelineOptions = {}) {
  return unified({ ...citationPipeline(root, bibliography, options), smartypants: true });
}
