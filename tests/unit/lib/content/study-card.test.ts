import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { studyCard } from '../../../../src/lib/content/study-card.ts';

/** A valid study page of this site, with its participant count set to `n`, under a fictional cite key. */
const source = readFileSync(
  join(
    'src/content/studies',
    readdirSync('src/content/studies').find((f) => f.endsWith('.md'))!,
  ),
  'utf8',
);
const withEnrolled = (n: number) => source.replace(/^nEnrolled: \d+$/m, `nEnrolled: ${n}`);
const KEY = 'alpha2020trial';

const root = mkdtempSync(join(tmpdir(), 'study-card-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const write = (file: string, text: string) => {
  mkdirSync(join(root, file, '..'), { recursive: true });
  writeFileSync(join(root, file), text);
};
const manifest = (...released: string[]) => JSON.stringify(released.map((r, i) => ({ number: i + 1, released: r, sha256: '0'.repeat(64) })));
write(`src/content/studies/${KEY}.md`, withEnrolled(300));
write(`versions/studies/${KEY}/1.md`, withEnrolled(100));
write(`versions/studies/${KEY}/2.md`, withEnrolled(200));
write(`versions/studies/${KEY}/versions.json`, manifest('2026-01-10', '2026-03-10'));
write('versions/questions/q/versions.json', manifest('2026-01-01', '2026-02-01', '2026-04-01'));
write('src/content/studies/broken2020trial.md', '---\ndesign: not a design\n---\n');

describe('studyCard', () => {
  test("on a current page, shows the study's facts today, read through the study schema, linking to the study page", () => {
    expect(studyCard(KEY, root, join(root, 'src/content/questions/q.md'))).toEqual({
      path: `/studies/${KEY}/`,
      line: expect.stringContaining('300 participants'),
    });
  });

  test('on a frozen page, shows the study as frozen on or before that version was released, linking to that version', () => {
    expect(studyCard(KEY, root, join(root, 'versions/questions/q/2.md'))).toEqual({
      path: `/studies/${KEY}/v/1/`,
      line: expect.stringContaining('100 participants'),
    });
    expect(studyCard(KEY, root, 'versions/questions/q/3.md')).toEqual({ path: `/studies/${KEY}/v/2/`, line: expect.stringContaining('200 participants') });
  });

  test("on a frozen page released before the study had a frozen version, shows no card rather than today's facts", () => {
    expect(studyCard(KEY, root, join(root, 'versions/questions/q/1.md'))).toBeUndefined();
  });

  test('shows no card for a work without a study page, or a study page whose front matter the schema rejects', () => {
    expect(studyCard('nobody2020paper', root)).toBeUndefined();
    expect(studyCard('broken2020trial', root)).toBeUndefined();
  });
});
