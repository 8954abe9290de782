import { describe, expect, test } from 'vitest';
import { CHAR_WIDTH_EM, intersects, placeLabels, textBox, type LabelAnchor } from '../../../../src/lib/charts/label-layout.ts';

const layout = { fontSize: 13, offset: 21, gap: 2, left: 0, right: 720 };
const anchor = (x: number, y: number, text: string, r = 8): LabelAnchor => ({ x, y, r, lines: [text, 'n = 10'] });
const overlaps = (boxes: ReturnType<typeof placeLabels>) => boxes.flatMap((a, i) => boxes.slice(i + 1).filter((b) => intersects(a, b)));

describe('textBox', () => {
  test('estimates width from the longest line and height from the number of lines', () => {
    expect(textBox(['Graven-Nielsen 2000', 'n = 29'], 13, 5, 7)).toEqual({ x: 5, y: 7, width: 19 * 13 * CHAR_WIDTH_EM, height: 26 });
  });

  test('counts a character outside the basic plane once', () => {
    expect(textBox(['Sörensen'], 10).width).toBe(8 * 10 * CHAR_WIDTH_EM);
  });
});

describe('placeLabels', () => {
  test('puts a lone label to the right of its mark, centred on it', () => {
    const [box] = placeLabels([anchor(100, 200, 'Noppers 2011')], layout);
    expect(box).toMatchObject({ x: 121, y: 187 });
  });

  test('keeps apart the labels of two marks at the same position', () => {
    const boxes = placeLabels([anchor(100, 200, 'Graven-Nielsen 2000'), anchor(100, 200, 'Sörensen 1995')], layout);
    expect(overlaps(boxes)).toEqual([]);
  });

  test('keeps apart the labels of neighbouring marks whose text would run into each other', () => {
    const boxes = placeLabels([anchor(161.8, 258.4, 'Graven-Nielsen 2000'), anchor(270.6, 258.4, 'Sörensen 1995', 6)], layout);
    expect(intersects(textBox(['Graven-Nielsen 2000', 'n = 10'], 13, 182.8, 245.4), textBox(['Sörensen 1995'], 13, 291.6, 245.4))).toBe(true);
    expect(overlaps(boxes)).toEqual([]);
    expect(boxes.some((b) => intersects(b, { x: 264.6, y: 252.4, width: 12, height: 12 }))).toBe(false);
  });

  test('never overlaps, however many marks share a spot', () => {
    const boxes = placeLabels(
      Array.from({ length: 12 }, (_, i) => anchor(300, 300, `Study number ${i} 2020`)),
      layout,
    );
    expect(boxes).toHaveLength(12);
    expect(overlaps(boxes)).toEqual([]);
  });

  test('puts a label on the left of a mark near the right edge', () => {
    const [box] = placeLabels([anchor(700, 100, 'Corriger 2022')], layout);
    expect(box!.x + box!.width).toBeLessThanOrEqual(700);
  });
});
