/**
 * Places chart labels so that no two of them overlap, and none covers a mark:
 * each label goes beside its mark where there is room (right, then left), a
 * step below or above when that is taken, and otherwise further down until it
 * is clear. Text is measured by an estimate from its number of characters, the
 * same one the chart and its tests use, so a label's box is known without a
 * browser.
 */

/** Width of an average character in ems: generous for system sans-serif fonts (DejaVu Sans averages about 0.55). */
export const CHAR_WIDTH_EM = 0.6;
/** Height of a line in ems (Observable Plot's default `lineHeight`). */
export const LINE_HEIGHT_EM = 1;

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The estimated box of `lines` of text at `fontSize` px whose top-left corner is (x, y). */
export function textBox(lines: readonly string[], fontSize: number, x = 0, y = 0): Box {
  const longest = Math.max(0, ...lines.map((l) => [...l].length));
  return { x, y, width: longest * fontSize * CHAR_WIDTH_EM, height: lines.length * fontSize * LINE_HEIGHT_EM };
}

/** Whether two boxes share any area (touching edges do not count). */
export const intersects = (a: Box, b: Box): boolean => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

const grow = (b: Box, by: number): Box => ({ x: b.x - by, y: b.y - by, width: b.width + 2 * by, height: b.height + 2 * by });

export interface LabelAnchor {
  /** Centre of the mark, in px. */
  x: number;
  y: number;
  /** Radius of the mark, in px: the area the label keeps clear of. */
  r: number;
  lines: readonly string[];
}

export interface LabelLayout {
  fontSize: number;
  /** Distance from a mark's centre to the near edge of its label, in px. */
  offset: number;
  /** Least space between a label and another label or a mark, in px. */
  gap: number;
  /** Horizontal extent labels should stay within (the chart's width), in px. */
  left: number;
  right: number;
}

/** The top-left corner of each label, in the order of `anchors` (earlier labels get first choice). */
export function placeLabels(anchors: readonly LabelAnchor[], layout: LabelLayout): Box[] {
  const marks = anchors.map((a): Box => ({ x: a.x - a.r, y: a.y - a.r, width: 2 * a.r, height: 2 * a.r }));
  const placed: Box[] = [];
  const clear = (box: Box) => ![...placed, ...marks].some((other) => intersects(grow(box, layout.gap / 2), grow(other, layout.gap / 2)));
  for (const anchor of anchors) {
    const size = textBox(anchor.lines, layout.fontSize);
    const step = size.height / 2 + layout.gap;
    const middle = anchor.y - size.height / 2;
    const right = anchor.x + layout.offset;
    const left = anchor.x - layout.offset - size.width;
    const sides = [right + size.width <= layout.right ? right : undefined, left >= layout.left ? left : undefined].filter((x) => x !== undefined);
    if (sides.length === 0) sides.push(right);
    const tops = [middle, middle + step, middle - step, middle + 2 * step, middle - 2 * step];
    const candidates = sides.flatMap((x) => tops.map((y) => ({ ...size, x, y })));
    let box = candidates.find(clear);
    for (let k = 3; box === undefined; k += 1) {
      const below = { ...size, x: sides[0]!, y: middle + k * step };
      if (clear(below)) box = below;
    }
    placed.push(box);
  }
  return placed;
}
