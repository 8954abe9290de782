import type { Element, ElementContent, Root } from 'hast';
import { describe, expect, test } from 'vitest';
import { eachElement, eachText } from '../../../../src/lib/markdown/hast-walk.ts';

const h = (tagName: string, children: (ElementContent | string)[], properties: Element['properties'] = {}): Element => ({
  type: 'element',
  tagName,
  properties,
  children: children.map((c) => (typeof c === 'string' ? { type: 'text', value: c } : c)),
});
const root = (children: Element[]): Root => ({ type: 'root', children });

const page = (): Root =>
  root([h('p', ['one ', h('em', ['two']), ' three']), h('div', [h('p', ['four'])], { id: 'refs' }), h('p', [h('a', ['five'], { href: '#x' })])]);

describe('hast walks', () => {
  test('eachElement visits every element in document order, with its index and parent', () => {
    const tree = page();
    const seen: string[] = [];
    eachElement(tree, (node, index, parent) => {
      expect(parent.children[index]).toBe(node);
      seen.push(node.tagName);
    });
    expect(seen).toEqual(['p', 'em', 'div', 'p', 'p', 'a']);
  });

  test('eachElement does not walk the children of an element when the callback returns false', () => {
    const seen: string[] = [];
    eachElement(page(), (node) => {
      seen.push(node.tagName);
      return node.properties.id !== 'refs';
    });
    expect(seen).toEqual(['p', 'em', 'div', 'p', 'a']);
  });

  test('eachElement walks children the callback added to the element it was given', () => {
    const tree = root([h('p', ['x'])]);
    const seen: string[] = [];
    eachElement(tree, (node) => {
      seen.push(node.tagName);
      if (node.tagName === 'p') node.children.push(h('a', ['added']));
    });
    expect(seen).toEqual(['p', 'a']);
  });

  test('eachText visits text in document order, skips elements it may not descend into, and stops when told', () => {
    const all: string[] = [];
    eachText(page(), (node) => void all.push(node.value));
    expect(all).toEqual(['one ', 'two', ' three', 'four', 'five']);

    const outsideRefs: string[] = [];
    eachText(
      page(),
      (node) => void outsideRefs.push(node.value),
      (element) => element.properties.id !== 'refs',
    );
    expect(outsideRefs).toEqual(['one ', 'two', ' three', 'five']);

    const firstTwo: string[] = [];
    eachText(page(), (node) => firstTwo.push(node.value) < 2);
    expect(firstTwo).toEqual(['one ', 'two']);
  });
});
