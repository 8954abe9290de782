import { describe, expect, test } from 'vitest';
import { pageKicker, splitReferences } from '../../../../src/lib/content/page-layout.ts';

describe('pageKicker', () => {
  test('names the kind of page, and gives the home page none', () => {
    expect(pageKicker('study', '/studies/smith2020trial/')).toBe('Study');
    expect(pageKicker('claim', '/claims/x/')).toBe('Claim checked');
    expect(pageKicker('page', '/about/')).toBe('About this site');
    expect(pageKicker('page', '/')).toBeUndefined();
    expect(pageKicker('unknown', '/x/')).toBeUndefined();
  });
});

describe('splitReferences', () => {
  test('splits the body before the reference list heading', () => {
    const html =
      '<h2 id="the-bottom-line">The bottom line</h2><p>Text (1).</p><h2 id="references" data-pagefind-ignore="">References</h2><div id="refs"></div>';
    expect(splitReferences(html)).toEqual({
      body: '<h2 id="the-bottom-line">The bottom line</h2><p>Text (1).</p>',
      references: '<h2 id="references" data-pagefind-ignore="">References</h2><div id="refs"></div>',
    });
  });

  test('leaves a body that cites nothing whole', () => {
    expect(splitReferences('<p>No citations.</p>')).toEqual({ body: '<p>No citations.</p>', references: '' });
  });
});
