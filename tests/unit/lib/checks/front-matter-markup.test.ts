import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkFrontMatterMarkup, frontMatterMarkupProblems } from '../../../../src/lib/checks/front-matter-markup.ts';
import { parseFrontmatterOrThrow } from '../../../../src/lib/core/front-matter-syntax.ts';

const reports = (source: string) => {
  const { frontmatter } = parseFrontmatterOrThrow(source, 'claim.md');
  return frontMatterMarkupProblems(frontmatter, source, 'claim.md').map((p) => p.report);
};

describe('front-matter markup', () => {
  test('refuses a javascript: url in a claim source, naming the line', () => {
    expect(reports('---\ntitle: A source\nurl: "javascript:alert(1)"\n---\n')).toEqual([
      expect.stringMatching(/^claim\.md:3: front matter "url": the URL scheme "javascript:"/),
    ]);
  });

  test('refuses raw HTML and unsafe links at any depth, and a bare data: URL anywhere', () => {
    const found = reports(
      '---\ntitle: Fine\nresults:\n  - finding: "A <iframe src=x></iframe> finding"\n    note: see [x](javascript:void(0))\nlogo: data:text/html,x\n---\n',
    );
    expect(found).toEqual([
      expect.stringMatching(/^claim\.md:4: front matter "finding": raw HTML "<iframe src=x>"/),
      expect.stringMatching(/^claim\.md:4: front matter "finding": raw HTML "<\/iframe>"/),
      expect.stringMatching(/^claim\.md:5: front matter "note": a link with the URL scheme "javascript:"/),
      expect.stringMatching(/^claim\.md:6: front matter "logo": the URL scheme "data:"/),
    ]);
  });

  test('accepts ordinary text with comparisons, colons and https links', () => {
    expect(reports('---\ntitle: "P<0.05 in 3 of > 10 trials: a note"\nurl: https://example.org/a\nquote: "see https://example.org"\n---\n')).toEqual([]);
  });

  test('reads the front matter of frozen versions too', () => {
    const root = mkdtempSync(join(tmpdir(), 'fm-markup-'));
    mkdirSync(join(root, 'versions/studies/x'), { recursive: true });
    writeFileSync(join(root, 'versions/studies/x/1.md'), '---\ntitle: "<script>alert(1)</script>"\n---\nBody.\n');
    expect(checkFrontMatterMarkup(root, []).map((p) => p.report)).toEqual([
      expect.stringMatching(/^versions\/studies\/x\/1\.md:2: front matter "title": raw HTML/),
    ]);
  });

  test('accepts the real content and versions', () => {
    expect(checkFrontMatterMarkup(process.cwd(), []).map((p) => p.report)).toEqual([]);
  });
});
