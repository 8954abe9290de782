/**
 * Shared pieces for charts drawn with Observable Plot at build time: a server-side
 * DOM (linkedom), the palette as CSS custom properties (so dark mode and print
 * restyle them), and the finishing step that turns Plot's SVG into an accessible,
 * compact string for inline use.
 */
import type { RenderFunction } from '@observablehq/plot';
import { parseHTML } from 'linkedom';

/** What a chart component needs: the SVG and the data table that goes with it. */
export interface Chart {
  /** Unique on its page; prefixes the ids of the SVG's title and description. */
  id: string;
  title: string;
  /** What the chart shows and what it means, for screen readers. */
  description: string;
  /** Inline SVG markup (all text in it escaped by the DOM serializer). */
  svg: string;
  table: ChartTable;
}

export interface ChartCell {
  text: string;
  href?: string;
}

export interface ChartTable {
  caption: string;
  columns: string[];
  /** The first cell of each row is its header cell. */
  rows: ChartCell[][];
}

/** Okabe–Ito colours by series; their light and dark values live in src/styles/components/charts.css. */
export const SERIES_COLOURS = ['var(--chart-1)', 'var(--chart-2)', 'var(--chart-3)', 'var(--chart-4)'] as const;
export const colour = (i: number): string => SERIES_COLOURS[i % SERIES_COLOURS.length]!;
/** Background colour, for hollow marks. */
export const BACKGROUND = 'var(--bg, #fff)';
export const FONT_SIZE = 13;

export function chartDocument(): Document {
  return parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document;
}

/** A Plot render transform that writes `data-*` attributes on each drawn element, in index order. */
export function dataAttributes<T>(data: readonly T[], attributes: (d: T) => Record<string, string | number>): RenderFunction {
  return (index, scales, values, dimensions, context, next) => {
    const g = next!(index, scales, values, dimensions, context)!;
    const shapes = [...g.childNodes].filter((n): n is Element => n.nodeType === 1);
    index.forEach((i, k) => {
      for (const [name, value] of Object.entries(attributes(data[i]!))) shapes[k]?.setAttribute(`data-${name}`, String(value));
    });
    return g;
  };
}

/**
 * A Plot render transform that writes `data-*` attributes once, on the mark's group, for a mark whose
 * shapes all share them: the filled (or open) icons of one arm of an icon array. Written on each of a
 * hundred icons they cost a large study page about half a kilobyte of gzip.
 */
export function groupDataAttributes(attributes: Record<string, string | number>): RenderFunction {
  return (index, scales, values, dimensions, context, next) => {
    const g = next!(index, scales, values, dimensions, context)!;
    for (const [name, value] of Object.entries(attributes)) g.setAttribute(`data-${name}`, String(value));
    return g;
  };
}

const GEOMETRY = ['d', 'transform', 'x', 'y', 'x1', 'x2', 'y1', 'y2', 'cx', 'cy', 'r', 'width', 'height', 'points'];
const round = (value: string) => value.replace(/-?\d+\.\d{2,}/g, (n) => String(Math.round(Number(n) * 10) / 10));

/**
 * Makes Plot's SVG an accessible image: role="img", a <title> and <desc> it is
 * labelled and described by, no Plot class or stylesheet (src/styles/components/charts.css styles charts),
 * no per-group ARIA (the image is one unit), and coordinates rounded to 0.1 px.
 */
export function finishSvg(svg: Element, id: string, title: string, description: string, kind: string): string {
  const doc = svg.ownerDocument;
  svg.querySelector('style')?.remove();
  svg.removeAttribute('font-family');
  svg.setAttribute('font-size', String(FONT_SIZE));
  svg.setAttribute('class', `chart-svg chart-${kind}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-labelledby', `${id}-title`);
  svg.setAttribute('aria-describedby', `${id}-desc`);
  svg.setAttribute('data-chart', kind);
  for (const el of svg.querySelectorAll('*')) {
    el.removeAttribute('aria-label');
    el.removeAttribute('aria-hidden');
    for (const name of GEOMETRY) {
      const value = el.getAttribute(name);
      if (value !== null) el.setAttribute(name, round(value));
    }
  }
  const titleEl = doc.createElementNS('http://www.w3.org/2000/svg', 'title');
  titleEl.setAttribute('id', `${id}-title`);
  titleEl.textContent = title;
  const descEl = doc.createElementNS('http://www.w3.org/2000/svg', 'desc');
  descEl.setAttribute('id', `${id}-desc`);
  descEl.textContent = description;
  svg.insertBefore(descEl, svg.firstChild);
  svg.insertBefore(titleEl, descEl);
  return serialize(svg);
}

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (s: string) => escapeText(s).replace(/"/g, '&quot;');

/** Our own serializer: linkedom leaves `"` and `&` in attribute values unescaped, and front-matter text reaches data-* attributes. */
export function serialize(node: Node): string {
  if (node.nodeType === 3) return escapeText(node.textContent ?? '');
  if (node.nodeType !== 1) return '';
  const el = node as Element;
  const attributes = [...el.attributes].map((a) => ` ${a.name}="${escapeAttribute(a.value)}"`).join('');
  const children = [...el.childNodes].map(serialize).join('');
  return children === '' ? `<${el.localName}${attributes}/>` : `<${el.localName}${attributes}>${children}</${el.localName}>`;
}

/** "38%" for 13/34. */
export const percentText = (count: number, denominator: number): string => `${Math.round((100 * count) / denominator)}%`;
