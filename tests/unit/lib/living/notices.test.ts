/**
 * Retractions and other notices on cited works: shown beside the reference, and a retraction fails
 * the build on every citing page until that page acknowledges it.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { reportOf } from '../../../../src/lib/core/build-error.ts';
import { takeProblems } from '../../../../src/lib/core/build-problems.ts';
import { pageOf } from '../../../../src/lib/markdown/rehype-reference-notices.ts';
import { editFile, livingSite, renderIn } from '../../../helpers/living.ts';

/** The fixture site with a second run whose Crossref check found `kind` on the study it cites. */
function siteWithNotice(kind: string): string {
  const root = livingSite();
  editFile(root, 'surveillance/runs/2026-11-28.json', (t) =>
    t.replace(
      '"searches": [',
      `"notices": [{ "key": "smith2020melatonin", "doi": "10.5555/1", "kind": "${kind}", "noticeDoi": "10.5555/2", "date": "2026-10" }],\n  "searches": [`,
    ),
  );
  mkdirSync(join(root, 'src/content/questions'), { recursive: true });
  return root;
}

const PAGE = 'src/content/questions/melatonin.md';
const BODY = 'Melatonin was tested once [@smith2020melatonin].\n';
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('notices on cited works', () => {
  test('a retracted work fails the build on a page that cites it without acknowledging it', async () => {
    takeProblems();
    const html = await renderIn(siteWithNotice('retraction'), BODY, PAGE);
    const problems = takeProblems().map(reportOf).join('\n');
    expect(problems).toContain(`${PAGE}: the page cites "smith2020melatonin", which a surveillance run records as a retraction (notice doi:10.5555/2).`);
    expect(problems).toContain('page: questions/melatonin');
    expect(text(html)).toContain('This work has been retracted (October 2026; notice doi:10.5555/2).');
  });

  test("the page's acknowledgement lets it build and is shown beside the reference", async () => {
    takeProblems();
    const root = siteWithNotice('retraction');
    editFile(
      root,
      'surveillance/acknowledgements.yaml',
      () =>
        '- key: smith2020melatonin\n  kind: retraction\n  page: questions/melatonin\n  note: No finding on this page rests on it any longer.\n  date: 2026-11-28\n',
    );
    const html = await renderIn(root, BODY, PAGE);
    expect(takeProblems()).toEqual([]);
    expect(text(html)).toContain('This work has been retracted (October 2026; notice doi:10.5555/2). No finding on this page rests on it any longer.');
  });

  test('a correction is shown beside the reference and does not fail the build', async () => {
    takeProblems();
    const html = await renderIn(siteWithNotice('correction'), BODY, PAGE);
    expect(takeProblems()).toEqual([]);
    expect(html).toContain('data-notice="correction"');
    expect(text(html)).toContain('A correction to this work has been published (October 2026; notice doi:10.5555/2).');
  });

  test('a frozen version belongs to the page it froze', () => {
    expect(pageOf('/site/versions/questions/safety/2.md', '/site')).toBe('questions/safety');
    expect(pageOf('/site/src/content/studies/smith2020melatonin.md', '/site')).toBe('studies/smith2020melatonin');
    expect(pageOf('/elsewhere/page.md', '/site')).toBeUndefined();
  });
});
