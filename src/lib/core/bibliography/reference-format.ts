/**
 * A single reference formatted by citation-js in the site's CSL style: the same
 * engine and style rehype-citation uses, for places outside a Markdown body
 * (study headers, cards, citation previews).
 */
import { plugins } from '@citation-js/core';
import type { CslItem } from './types.ts';
import { CITATION_STYLE } from '../settings.ts';
import { restoreMarkup, shieldMarkup } from './csl-markup.ts';

/**
 * Formatted text per item object and template. Bibliography items are parsed
 * once per build and shared, so a work cited on a thousand pages is formatted
 * once rather than a thousand times; items are never mutated after parsing.
 */
const formatted = new WeakMap<CslItem, Map<string, string>>();

/** Plain-text reference, e.g. "Smith A, Jones B. A trial. J Example. 2020;1(2):10–20." (another CSL template, e.g. "apa", on request). */
export function formatReference(item: CslItem, template: string = CITATION_STYLE): string {
  let byTemplate = formatted.get(item);
  if (!byTemplate) formatted.set(item, (byTemplate = new Map()));
  let text = byTemplate.get(template);
  if (text === undefined) {
    const output = plugins.output.format('bibliography', [shieldMarkup(item)], { template, format: 'text', lang: 'en-US' });
    text = restoreMarkup(output)
      .replace(/^\s*1\.\s*/, '')
      .trim();
    byTemplate.set(template, text);
  }
  return text;
}
