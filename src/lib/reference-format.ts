/**
 * A single reference formatted by citation-js in the site's CSL style: the same
 * engine and style rehype-citation uses, for places outside a Markdown body
 * (study headers, cards).
 */
import { plugins } from '@citation-js/core';
import type { CslItem } from './bibliography.ts';
import { CITATION_STYLE } from './citation-options.ts';
import { restoreMarkup, shieldMarkup } from './csl-markup.ts';

/** Plain-text reference, e.g. "Noppers I, Niesters M, ... Eur J Pain. 2011;15(9):942–9." (another CSL template, e.g. "apa", on request). */
export function formatReference(item: CslItem, template: string = CITATION_STYLE): string {
  const text = plugins.output.format('bibliography', [shieldMarkup(item)], { template, format: 'text', lang: 'en-US' });
  return restoreMarkup(text).replace(/^\s*1\.\s*/, '').trim();
}
