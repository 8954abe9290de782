import { describe, expect, test } from 'vitest';
import { parseHTML } from 'linkedom';
import { checkBuiltPage as checkDocument, visibleText } from '../../../../src/lib/checks/built-page.ts';

const checkBuiltPage = (html: string, page: string) => checkDocument(parseHTML(`<!doctype html><html><body>${html}</body></html>`).document, page);

describe('checkBuiltPage', () => {
  test('accepts a page with a body and resolved citations', () => {
    const html = '<article><div class="prose" data-evidence-body><p>Text <span class="citation">(1)</span>.</p></div></article>';
    expect(checkBuiltPage(html, 'a/index.html')).toEqual([]);
  });

  test('flags the empty body Astro writes when rendering failed', () => {
    const html = '<article><h1>T</h1><div class="prose" data-evidence-body></div><p>Last checked</p></article>';
    expect(checkBuiltPage(html, 'a/index.html')).toEqual([
      { page: 'a/index.html', problem: 'the Markdown body rendered empty (a plugin failed while rendering it)' },
    ]);
  });

  test('flags a citation left as literal text, but not an @ in a script', () => {
    const html = '<div data-evidence-body><p>Claim [@noppers2011absence].</p></div><script>var a = "[@x]";</script>';
    expect(checkBuiltPage(html, 'p.html')).toEqual([{ page: 'p.html', problem: 'an unresolved citation is printed as text: "[@noppers2011absence]"' }]);
  });

  test('flags [NO_PRINTED_FORM]', () => {
    expect(checkBuiltPage('<div data-evidence-body><p>x [NO_PRINTED_FORM]</p></div>', 'p.html')).toHaveLength(1);
  });

  test('reads the text a reader sees: a citation split by markup is still caught, one inside an attribute or a template is not', () => {
    expect(checkBuiltPage('<div data-evidence-body><p>Claim [<em>@noppers2011absence</em>].</p></div>', 'p.html')).toHaveLength(1);
    expect(checkBuiltPage('<div data-evidence-body><p title="[@x] > y">Fine.</p><template>[@y]</template></div>', 'p.html')).toEqual([]);
  });

  test('a body holding only a comment or spaces is empty', () => {
    expect(checkBuiltPage('<div data-evidence-body> <!-- x --> </div>', 'p.html')).toHaveLength(1);
  });
});

describe('visibleText', () => {
  test('is the text of the body outside scripts, styles, templates and noscript, and leaves the page as it was', () => {
    const { document } = parseHTML(
      '<html><body><p>One <b>two</b></p><script>x</script><style>y</style><template>[@z]</template><noscript>n</noscript><!-- c --><p>three</p></body></html>',
    );
    expect(visibleText(document)).toBe('One twothree');
    expect(document.querySelectorAll('script, style, template, noscript')).toHaveLength(4);
  });
});
