/**
 * The kit forks: a made-up second topic (tests/fixtures/fork: melatonin for jet
 * lag, two fictional references, one page of each kind and its own src/topic.ts)
 * replaces this site's content, bibliography and topic in a copy of the project.
 * The copy must build with the real pipeline, show none of this site's topic, and
 * pass the generic built-output, browser and quality-gate tests, run inside the copy. README's
 * "Forking for another question" checklist is what this fixture does.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { TOPIC } from '../../src/topic.ts';
import { astroBuild, projectCopy, removeCopy, runBin, type BuildResult } from '../helpers/project.ts';
import { writeSearchVocabulary } from '../../src/cli/search-vocabulary.ts';

/** The generic tests: rules about any site built with the kit. Golden tests of this site's facts are not among them. */
const GENERIC_TESTS = [
  'tests/build/site.test.ts',
  'tests/build/citing.test.ts',
  'tests/build/charts.test.ts',
  'tests/build/evidence-rules.test.ts',
  'tests/build/open-data.test.ts',
  'tests/quality/markup.test.ts',
  'tests/quality/topic-words.test.ts',
  'tests/quality/browser.test.ts',
  'tests/browser/search.test.ts',
  'tests/browser/citing.test.ts',
];

let dir: string;
let build: BuildResult;
beforeAll(() => {
  dir = projectCopy('tests/fixtures/fork', { withTests: true });
  build = astroBuild(dir);
  if (build.status === 0) build = { ...build, output: `${build.output}\n${runBin(dir, 'pagefind/lib/runner/bin.cjs', ['--site', 'dist']).output}` };
  // The last step of `npm run build`: the search vocabulary next to the Pagefind bundle.
  if (build.status === 0) writeSearchVocabulary(join(dir, 'dist'));
}, 400_000);
afterAll(() => dir && removeCopy(dir));

describe('a fork for another question', () => {
  test('builds with the real pipeline', () => {
    expect(build.status, build.output).toBe(0);
    expect(readdirSync(join(dir, 'dist', 'pagefind')).length).toBeGreaterThan(0);
  });

  test("shows its own topic and none of this site's", () => {
    const home = readFileSync(join(dir, 'dist', 'index.html'), 'utf8');
    expect(home).toContain('Melatonin for Jet Lag: A Test Fork');
    expect(home).toContain('"about":{"@type":"MedicalCondition","name":"Jet lag"}');
    const html = readdirSync(join(dir, 'dist'), { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.(html|xml|json|txt|bib|ris)$/.test(f) && !f.startsWith('pagefind'))
      .map((f) => [f, readFileSync(join(dir, 'dist', f), 'utf8').toLowerCase()] as const);
    expect(html.length).toBeGreaterThan(10);
    const leaks = html.flatMap(([f, text]) =>
      [TOPIC.condition.inText, TOPIC.intervention.inText, TOPIC.siteName].filter((w) => text.includes(w.toLowerCase())).map((w) => `${f}: ${w}`),
    );
    expect(leaks).toEqual([]);
  });

  test('shows its own saved searches and draws its own PRISMA flow from its own screening log', () => {
    const methods = readFileSync(join(dir, 'dist', 'methods', 'index.html'), 'utf8');
    expect(methods).toMatch(/<code>melatonin AND (&quot;|")jet lag(&quot;|")<\/code>/);
    expect(methods).toContain('The literature was searched up to 20 November 2026.');
    expect(methods).toContain('data-chart="prisma"');
    const csv = readFileSync(join(dir, 'dist', 'charts', 'methods', 'chart-prisma-flow.csv'), 'utf8');
    expect(csv).toContain('Identification,Search by hand,3');
    expect(csv).toContain('Included,Studies with a page of their own,1');
  });

  test('passes the generic built-output and browser tests', () => {
    const run = runBin(dir, 'vitest/vitest.mjs', ['run', ...GENERIC_TESTS], 600_000);
    expect(run.status, run.output.slice(-6000)).toBe(0);
  }, 620_000);
});
