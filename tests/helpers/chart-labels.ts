/** Reads the study labels of a built evidence map as boxes, estimated as the chart code estimates them. */
import type { Element, Root } from 'hast';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { FONT_SIZE } from '../../src/lib/charts/chart-svg.ts';
import { intersects, textBox, type Box } from '../../src/lib/charts/label-layout.ts';

const translate = (el: Element | undefined): [number, number] => {
  const match = /translate\(([-\d.]+),\s*([-\d.]+)\)/.exec(String(el?.properties.transform ?? ''));
  return match ? [Number(match[1]), Number(match[2])] : [0, 0];
};

export interface LabelBox {
  study: string;
  text: string;
  box: Box;
}

/** Each `text[data-label-for]` as the box its translate (and its group's) and its lines give. */
export function labelBoxes(svg: Element | Root): LabelBox[] {
  const groups = selectAll('g', svg).filter((g) => g.children.some((c) => c.type === 'element' && c.properties.dataLabelFor !== undefined));
  return groups.flatMap((g) => {
    const [gx, gy] = translate(g);
    return selectAll('text[data-label-for]', g).map((text) => {
      const [x, y] = translate(text);
      const lines = selectAll('tspan', text).map((t) => toString(t));
      return {
        study: String(text.properties.dataLabelFor),
        text: lines.join(' / '),
        box: textBox(lines.length ? lines : [toString(text)], FONT_SIZE, gx + x, gy + y),
      };
    });
  });
}

/** Every pair of labels whose boxes intersect, named by their text. */
export function labelCollisions(labels: readonly LabelBox[]): string[] {
  return labels.flatMap((a, i) =>
    labels
      .slice(i + 1)
      .filter((b) => intersects(a.box, b.box))
      .map((b) => `"${a.text}" and "${b.text}"`),
  );
}
