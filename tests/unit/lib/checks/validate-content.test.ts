import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { projectCopy, removeCopy } from '../../../helpers/project.ts';

const validate = (...files: string[]) => spawnSync(process.execPath, ['src/cli/validate-content.ts', ...files], { encoding: 'utf8' });
/** Runs `npm run validate` in a copy of the project with the fictional site of tests/fixtures/fork, on files given from this project's root. */
const validateInFork = (...files: string[]) => {
  const dir = projectCopy('tests/fixtures/fork');
  try {
    return spawnSync(process.execPath, [join(dir, 'src/cli/validate-content.ts'), ...files.map((f) => resolve(f))], { cwd: dir, encoding: 'utf8' });
  } finally {
    removeCopy(dir);
  }
};

describe('npm run validate', () => {
  test('passes the real content', () => {
    const run = validate();
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toMatch(/(\d+) of \1 files valid/);
  });

  test('reports a bad front-matter field and an unknown cite key in one file, with its line', () => {
    const run = validateInFork(
      'tests/fixtures/build/dangling-study-reference/src/content/questions/fixture-question.md',
      'tests/fixtures/build/unknown-cite-key/src/content/questions/fixture-question.md',
    );
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('front matter studies.0: "alpha2020moonpetl" is not an entry of the studies collection');
    expect(run.stdout).toContain('fixture-question.md:10:59: unknown cite key "alpha2020moonpetl"');
  }, 60_000);

  test('reports invalid YAML with its line and the fix instead of crashing', () => {
    const run = validate('tests/fixtures/build/yaml-syntax-error/src/content/questions/fixture-question.md');
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('fixture-question.md:8:31: front matter is not valid YAML (bad indentation of a mapping entry)');
    expect(run.stdout).toContain('Fix: quote a value that contains ": "');
  });

  test("with no arguments it also makes the build's project-wide checks, such as a study page not named after a cite key", () => {
    const dir = projectCopy('tests/fixtures/build/study-without-bib-entry');
    try {
      const run = spawnSync(process.execPath, [join(dir, 'src/cli/validate-content.ts')], { cwd: dir, encoding: 'utf8' });
      expect(run.status, run.stderr).toBe(1);
      expect(run.stdout).toContain('src/content/studies/nosuchauthor2020study.md: study page "nosuchauthor2020study" is not named after a cite key');
      expect(run.stdout).toContain('1 project-wide problem(s)');
    } finally {
      removeCopy(dir);
    }
  }, 60_000);

  test('with no arguments it fails when a page the header or footer links to is missing, naming the file to create', () => {
    const dir = projectCopy('tests/fixtures/build/missing-linked-page');
    try {
      const run = spawnSync(process.execPath, [join(dir, 'src/cli/validate-content.ts')], { cwd: dir, encoding: 'utf8' });
      expect(run.status, run.stderr).toBe(1);
      expect(run.stdout).toContain('src/content/pages/methods.md: this page is missing, and the header and the footer of every page link to /methods/.');
      expect(run.stdout).toContain('Fix: create src/content/pages/methods.md');
    } finally {
      removeCopy(dir);
    }
  }, 60_000);

  test("a tab in one study's front matter is reported against that file, with its line and fix, and every other file is still checked", () => {
    const dir = projectCopy('tests/fixtures/build/yaml-tab-in-study');
    try {
      const run = spawnSync(process.execPath, [join(dir, 'src/cli/validate-content.ts')], { cwd: dir, encoding: 'utf8' });
      expect(run.status).toBe(1);
      expect(run.stderr).toBe('');
      expect(run.stdout).toContain(
        '✗ src/content/studies/delta2021moonpetal.md\n  src/content/studies/delta2021moonpetal.md:10:1: front matter is not valid YAML (tab characters',
      );
      expect(run.stdout).toContain('Fix: replace the tab at line 10 with spaces');
      expect(run.stdout.match(/^✗ /gm)).toHaveLength(1);
      const [, valid, total] = /(\d+) of (\d+) files valid/.exec(run.stdout)!;
      expect(Number(valid)).toBe(Number(total) - 1);
      expect(run.stdout).not.toContain('Failed to parse Markdown file');
    } finally {
      removeCopy(dir);
    }
  }, 60_000);

  test('an unclosed BibTeX brace is reported once, against the entry that has it, without a stack or a Markdown file prefix', () => {
    const dir = projectCopy('tests/fixtures/build/unclosed-bib-brace');
    try {
      const run = spawnSync(process.execPath, [join(dir, 'src/cli/validate-content.ts')], { cwd: dir, encoding: 'utf8' });
      expect(run.status).toBe(1);
      expect(run.stderr).toBe('');
      expect(run.stdout).toContain(
        '✗ references/library.bib\n  references/library.bib:20:18: malformed BibTeX in entry "delta2021moonpetal": a brace opened here is never closed',
      );
      expect(run.stdout.match(/malformed BibTeX/g)).toHaveLength(1);
      expect(run.stdout).not.toContain('Failed to parse Markdown file');
      expect(run.stdout).toMatch(/(\d+) of \1 files valid/);
      expect(run.stdout).toContain('project-wide checks skipped');
    } finally {
      removeCopy(dir);
    }
  }, 60_000);
});
