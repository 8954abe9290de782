import { describe, expect, test } from 'vitest';
import { excerptParts } from '../../../../src/lib/search/excerpt.ts';

describe('excerptParts', () => {
  test('splits a Pagefind excerpt into text and marked words, decoding its entities', () => {
    expect(excerptParts('pain fell, P&lt;0.05 &amp; <mark>ketamine</mark> helped <mark>little</mark>.')).toEqual([
      { text: 'pain fell, P<0.05 & ', marked: false },
      { text: 'ketamine', marked: true },
      { text: ' helped ', marked: false },
      { text: 'little', marked: true },
      { text: '.', marked: false },
    ]);
  });

  test('keeps anything else that looks like markup as text', () => {
    expect(excerptParts('<img src=x onerror=alert(1)> and &lt;script&gt;')).toEqual([{ text: '<img src=x onerror=alert(1)> and <script>', marked: false }]);
    expect(excerptParts('<mark><b>x</b></mark>')).toEqual([{ text: '<b>x</b>', marked: true }]);
  });
});
