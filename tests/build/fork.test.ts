/**
 * The kit forks: a copy of the whole project is turned into a site on a made-up
 * topic (tests/fixtures/fork: moonpetal tea for dusk fatigue, a two-word remedy, eight pages,
 * three fictional references, a long site name) by following README's "Forking for another
 * question" checklist step by step, and then the copy's whole `npm test` runs: lint, type checks,
 * the build and every test left after step 6. Slow (one full suite inside the copy): it belongs
 * to the slow tier. Inside that copy this file does not fork again (it says so in the output).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { TOPIC } from '../../src/topic.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const FIXTURE = join(ROOT, 'tests/fixtures/fork');
/** Set in the copy's environment, so the copy's own run of this file does not fork again. */
const NESTED = 'EVIDENCE_FORK_COPY';
const nested = process.env[NESTED] === '1';

/** README, step 6: what belongs to this site's own content. */
const SITE_OWN = [
  'tests/build/golden-facts.test.ts',
  'tests/browser/queries.test.ts',
  'tests/browser/relevance.test.ts',
  'bench/search-queries.json',
  'tests/build/redirects.test.ts',
  'tests/fixtures/redirects',
  'versions',
];

const replaceDir = (dir: string, path: string) => {
  rmSync(join(dir, path), { recursive: true, force: true });
  cpSync(join(FIXTURE, path), join(dir, path), { recursive: true });
};

/** README's checklist, one function per step; a step throws with what it could not do. */
const STEPS: [string, (dir: string) => void][] = [
  ['1. edit src/topic.ts', (dir) => cpSync(join(FIXTURE, 'src/topic.ts'), join(dir, 'src/topic.ts'))],
  [
    '2. replace references/library.bib and references/provenance.yaml',
    (dir) => {
      cpSync(join(FIXTURE, 'references/library.bib'), join(dir, 'references/library.bib'));
      writeFileSync(join(dir, 'references/provenance.yaml'), '# No identifiers yet: the references have no DOI, PMID or registry number.\n');
    },
  ],
  ['3. replace src/content/', (dir) => replaceDir(dir, 'src/content')],
  [
    '4. set REPORT_ERROR_URL in src/lib/site.ts, and CITATION.cff',
    (dir) => {
      const file = join(dir, 'src/lib/site.ts');
      const before = readFileSync(file, 'utf8');
      const after = before.replace(/^(export const REPORT_ERROR_URL: string \| undefined = ).*;$/m, "$1'https://moonpetal-tea.example.org/report-an-error';");
      if (after === before) throw new Error('src/lib/site.ts has no line `export const REPORT_ERROR_URL: string | undefined = …;` to set');
      writeFileSync(file, after);
      cpSync(join(FIXTURE, 'CITATION.cff'), join(dir, 'CITATION.cff'));
    },
  ],
  ['5. replace surveillance/', (dir) => replaceDir(dir, 'surveillance')],
  [
    "6. delete what belongs to this site's own content",
    (dir) => {
      for (const path of SITE_OWN) {
        if (!existsSync(join(dir, path))) throw new Error(`README names ${path}, which does not exist`);
        rmSync(join(dir, path), { recursive: true, force: true });
      }
      mkdirSync(join(dir, 'versions'));
    },
  ],
];

/** The project's files as a fork starts from them: what git tracks or would track, without node_modules, dist/ or tmp/. */
function copyProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'evidence-fork-'));
  const files = spawnSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: ROOT, encoding: 'utf8' });
  if (files.status !== 0) throw new Error(`git ls-files failed: ${files.stderr}`);
  for (const file of files.stdout.split('\0').filter((f) => f && existsSync(join(ROOT, f)))) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    cpSync(join(ROOT, file), join(dir, file));
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

/** Runs `npm run <script>` in the copy, its output kept in a log file there. */
function npm(dir: string, script: string, timeout: number) {
  const run = spawnSync('npm', ['run', script], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, [NESTED]: '1', ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
    timeout,
    maxBuffer: 512 * 1024 * 1024,
  });
  const output = `${run.stdout}\n${run.stderr}`;
  writeFileSync(join(dir, `fork-${script}.log`), output);
  return { status: run.status, signal: run.signal, output };
}

/** The end of a run's output, with vitest's list of failed tests first when there is one. */
function failureReport(output: string): string {
  const failed = output.split('\n').filter((l) => /^\s*(FAIL|×)\s/.test(l));
  return `${failed.slice(0, 60).join('\n')}\n…\n${output.slice(-6000)}`;
}

describe.skipIf(nested)('a fork for another question, made by following README', () => {
  let dir = '';
  const failedSteps: string[] = [];
  beforeAll(() => {
    dir = copyProject();
    for (const [name, step] of STEPS) {
      try {
        step(dir);
      } catch (error) {
        failedSteps.push(`${name}: ${(error as Error).message}`);
      }
    }
  }, 300_000);
  afterAll(() => {
    if (dir && !process.env.KEEP_FORK) rmSync(dir, { recursive: true, force: true });
    else if (dir) console.info(`fork copy kept at ${dir}`);
  });

  test("applies every step of README's checklist", () => {
    expect(failedSteps).toEqual([]);
  });

  test('7. `npm run validate` passes', () => {
    const run = npm(dir, 'validate', 300_000);
    expect(run.status, `step 7, npm run validate:\n${run.output.slice(-4000)}`).toBe(0);
  }, 320_000);

  test('7. the whole `npm test` passes in the copy (lint, type checks, build, every remaining test)', () => {
    const run = npm(dir, 'test', 3_000_000);
    expect(run.signal, `step 7, npm test did not finish (${run.signal}); log: ${join(dir, 'fork-test.log')}`).toBeNull();
    expect(run.status, `step 7, npm test failed in ${dir}:\n${failureReport(run.output)}`).toBe(0);
  }, 3_100_000);

  test("shows its own topic and none of this site's", () => {
    const home = readFileSync(join(dir, 'dist', 'index.html'), 'utf8');
    expect(home).toContain('Moonpetal Tea for Dusk Fatigue');
    expect(home).toContain('"about":{"@type":"MedicalCondition","name":"Dusk fatigue"}');
    const texts = readdirSync(join(dir, 'dist'), { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.(html|xml|json|txt|bib|ris)$/.test(f) && !f.startsWith('pagefind'))
      .map((f) => [f, readFileSync(join(dir, 'dist', f), 'utf8').toLowerCase()] as const);
    expect(texts.length).toBeGreaterThan(10);
    const leaks = texts.flatMap(([f, text]) =>
      [TOPIC.condition.inText, TOPIC.intervention.inText, TOPIC.siteName].filter((w) => text.includes(w.toLowerCase())).map((w) => `${f}: ${w}`),
    );
    expect(leaks).toEqual([]);
  });

  test('shows its own saved searches and draws its own PRISMA flow from its own screening log', () => {
    const methods = readFileSync(join(dir, 'dist', 'methods', 'index.html'), 'utf8');
    expect(methods).toMatch(/<code>moonpetal AND (&quot;|")dusk fatigue(&quot;|")<\/code>/);
    expect(methods).toContain('The literature was searched up to 20 November 2026.');
    expect(methods).toContain('data-chart="prisma"');
    const csv = readFileSync(join(dir, 'dist', 'charts', 'methods', 'chart-prisma-flow.csv'), 'utf8');
    expect(csv).toContain('Identification,Search by hand,4');
    expect(csv).toContain('Included,Studies with a page of their own,2');
  });
});

describe.runIf(nested)('a fork for another question', () => {
  test('is not forked again inside the copy that the fork test made', () => {
    console.info(`tests/build/fork.test.ts: skipped inside a fork copy (${NESTED}=1): the copy does not fork itself again.`);
    expect(process.env[NESTED]).toBe('1');
  });
});
