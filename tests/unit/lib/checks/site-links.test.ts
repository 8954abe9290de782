import { describe, expect, test } from 'vitest';
import { parseHTML } from 'linkedom';
import { checkSiteLinks, linksOf, sourceOf, urlOf, type BuiltFile } from '../../../../src/lib/checks/site-links.ts';

const page = (path: string, body: string): BuiltFile => ({
  path,
  links: linksOf(parseHTML(`<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`).document),
});
const site = (body: string): BuiltFile[] => [
  page('index.html', body),
  page('studies/noppers2011absence/index.html', '<h2 id="results-heading">Results</h2><table><tr id="responders-15-min"></tr></table>'),
  page('studies/index.html', '<h1 id="studies">Studies</h1>'),
  { path: 'data/results.csv' },
];
const problems = (body: string) => checkSiteLinks(site(body)).map((p) => `${p.page}: ${p.problem} / ${p.fix}`);

describe('checkSiteLinks', () => {
  test('accepts links to pages, files and anchors that exist, and leaves other sites alone', () => {
    expect(
      problems(
        '<a href="/studies/noppers2011absence/#responders-15-min">a</a><a href="/studies/">b</a><a href="/studies">c</a><a href="/data/results.csv">d</a><a href="https://example.org/x">e</a><a href="mailto:a@b.c">f</a><a href="#top" id="top">g</a>',
      ),
    ).toEqual([]);
  });

  test('fails a link to a page that does not exist, suggesting the closest page', () => {
    expect(problems('<p><a href="/studies/noppers2011absense/">x</a></p>')).toEqual([
      'index.html: the link "/studies/noppers2011absense/" leads to no page of the site / did you mean "/studies/noppers2011absence/"? Correct the link or create the page.',
    ]);
    expect(problems('<a href="/studies/doesnotexist2020/">x</a>')).toEqual([
      'index.html: the link "/studies/doesnotexist2020/" leads to no page of the site / correct the link or create the page.',
    ]);
  });

  test('fails a link to an anchor the target page does not have, and a relative link as well', () => {
    expect(problems('<a href="/studies/noppers2011absence/#responders-15-mins">x</a><a href="studies/#nothing-here">y</a>')).toEqual([
      'index.html: the link "/studies/noppers2011absence/#responders-15-mins" names the anchor #responders-15-mins, which /studies/noppers2011absence/ does not have / did you mean "#responders-15-min"? Correct the anchor (a result\'s anchor is its id in the front matter).',
      'index.html: the link "studies/#nothing-here" names the anchor #nothing-here, which /studies/ does not have / link to /studies/ without the anchor, or to an anchor that exists.',
    ]);
  });

  test('fails two elements with the same id on one page', () => {
    expect(problems('<tr id="pain"></tr><tr id="pain"></tr>')).toEqual([
      'index.html: two elements have the id "pain", so a link to #pain cannot say which it means / give each result, heading and anchor on the page its own id.',
    ]);
  });
});

describe('the source of a built page', () => {
  const exists = (f: string) => ['src/content/pages/home.md', 'src/content/pages/about.md', 'src/content/studies/x.md', 'versions/studies/x/1.md'].includes(f);
  test('is its content file or frozen version, or else its file in dist/', () => {
    expect(
      ['index.html', 'about/index.html', 'studies/x/index.html', 'studies/x/v/1/index.html', 'studies/index.html'].map((p) => sourceOf(urlOf(p), p, exists)),
    ).toEqual(['src/content/pages/home.md', 'src/content/pages/about.md', 'src/content/studies/x.md', 'versions/studies/x/1.md', 'dist/studies/index.html']);
  });
});

describe('linksOf', () => {
  test('keeps every id (repeats included), every <a name> and every href, in document order', () => {
    const { document } = parseHTML('<body><h2 id="a">A</h2><p id="b"><a href="/x/#a" id="a">x</a><a name="old"></a><a href="mailto:a@b.c">m</a></p></body>');
    expect(linksOf(document)).toEqual({ ids: ['a', 'b', 'a'], names: ['old'], hrefs: ['/x/#a', 'mailto:a@b.c'] });
  });
});
