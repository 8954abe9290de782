import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { checkRequiredPages } from '../../../../src/lib/checks/required-pages.ts';
import { FOOTER_LINKS, FUNDING_LINK, HEADER_LINKS, requiredPages } from '../../../../src/lib/site-nav.ts';

const roots: string[] = [];
afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));

/** A project root whose src/content/pages holds just these pages. */
function projectWith(...pages: string[]): string {
  const root = mkdtempSync(join(tmpdir(), 'required-pages-'));
  roots.push(root);
  mkdirSync(join(root, 'src/content/pages'), { recursive: true });
  for (const page of pages) writeFileSync(join(root, 'src/content/pages', `${page}.md`), '---\ntitle: T\n---\n');
  return root;
}

describe('pages the layout links to', () => {
  test('are the content pages behind the header and footer links: home, methods and about', () => {
    expect(
      requiredPages()
        .map((p) => p.page)
        .sort(),
    ).toEqual(['about', 'home', 'methods']);
    expect(requiredPages().find((p) => p.page === 'methods')).toEqual({ page: 'methods', hrefs: ['/methods/'], linkedFrom: ['header', 'footer'] });
    for (const link of [...HEADER_LINKS, ...FOOTER_LINKS].filter((l) => l.page)) expect(link.href).toMatch(new RegExp(`^/${link.page}/`));
  });

  test('pass when every one exists', () => {
    expect(checkRequiredPages(projectWith('home', 'about', 'methods', 'glossary'))).toEqual([]);
  });

  test('a missing one is named with the links that need it and the file to create', () => {
    const problems = checkRequiredPages(projectWith('home', 'about'));
    expect(problems.map((p) => p.report)).toEqual([
      'src/content/pages/methods.md: this page is missing, and the header and the footer of every page link to /methods/.\n' +
        '  Fix: create src/content/pages/methods.md with front matter title, description and lastReviewed (src/schemas/page.ts; the other files in src/content/pages/ are examples), or take the link out of src/lib/site-nav.ts.',
    ]);
  });

  test('a missing About lists each footer link into it', () => {
    const [problem] = checkRequiredPages(projectWith('home', 'methods'));
    // The error-report link goes to About only while no REPORT_ERROR_URL is set (README's forking checklist sets one).
    const intoAbout = [...FOOTER_LINKS, FUNDING_LINK].filter((l) => l.page === 'about').map((l) => l.href);
    expect(intoAbout).toContain('/about/#funding-and-conflicts-of-interest');
    expect(problem?.report).toContain(`src/content/pages/about.md: this page is missing, and the footer of every page links to ${intoAbout.join(', ')}.`);
  });
});
