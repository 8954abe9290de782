/**
 * Bad input fails the guards. Each folder in tests/fixtures/build is a broken
 * variant of this project (files that replace or remove project files) and a
 * case.json listing what the error output must contain. The guards run here in
 * process, stage by stage as the build runs them (tests/helpers/guard-check.ts);
 * tests/build/guards.test.ts builds one fixture per stage of Astro's build, to
 * prove Astro swallows none of them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { toString } from 'mdast-util-to-string';
import { gfm } from 'micromark-extension-gfm';
import { visit } from 'unist-util-visit';
import { AFTER_RENDER_FIXTURES, BUILT_FIXTURES, checkProject, GUARD_FIXTURES, type GuardResult } from '../../../helpers/guard-check.ts';
import { projectCopy, removeCopy } from '../../../helpers/project.ts';

const copies: string[] = [];
afterAll(() => copies.forEach(removeCopy));

const fixtures = readdirSync(GUARD_FIXTURES).sort();

/** The fixtures of tests/fixtures/build that README's "Bad input" table names, in its code spans. */
function fixturesInReadme(): string[] {
  const tree = fromMarkdown(readFileSync('README.md', 'utf8'), { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  const heading = tree.children.findIndex((n) => n.type === 'heading' && toString(n) === 'Bad input');
  const table = tree.children.slice(heading + 1).find((n) => n.type === 'table');
  if (heading < 0 || !table) throw new Error('README has no table under a heading "Bad input".');
  const names: string[] = [];
  visit(table, 'inlineCode', (node) => {
    const match = new RegExp(`^${GUARD_FIXTURES}/([^/]+)/?$`).exec(node.value);
    if (match) names.push(match[1]!);
  });
  return names;
}
const expected = (name: string) => (JSON.parse(readFileSync(join(GUARD_FIXTURES, name, 'case.json'), 'utf8')) as { expect: string[] }).expect;

/** The content files a fixture lays over the project, relative to the project root. */
function contentFiles(name: string): string[] {
  const dir = join(GUARD_FIXTURES, name);
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => relative(dir, join(dir, f)))
    .filter((f) => f.startsWith('src/content/') && f.endsWith('.md'));
}

const results = new Map<string, GuardResult>();
/** Runs the guards on a copy of the project with the fixture applied (once a fixture: the tests share the result). */
async function guard(name: string): Promise<GuardResult> {
  let result = results.get(name);
  if (!result) {
    const dir = projectCopy(join(GUARD_FIXTURES, name));
    copies.push(dir);
    result = await checkProject(dir, { render: contentFiles(name) });
    results.set(name, result);
  }
  return result;
}

describe('the guards reject bad input, in process', () => {
  test('the unmodified project passes every stage, every body rendered (the fixtures fail for their own reason)', async () => {
    const dir = projectCopy();
    copies.push(dir);
    expect(await checkProject(dir)).toEqual({ stage: undefined, problems: [] });
  }, 120_000);

  test.each(fixtures.filter((name) => !AFTER_RENDER_FIXTURES.includes(name)))('fixture "%s" fails with its message', async (name) => {
    const { stage, problems } = await guard(name);
    expect(stage, 'no stage failed').toBeDefined();
    const output = problems.join('\n');
    for (const text of expected(name)) expect(output).toContain(text);
  });

  test("every fixture README's table of bad input names exists and fails, and every fixture is named there", async () => {
    const named = fixturesInReadme();
    expect(
      named.filter((name) => !fixtures.includes(name)),
      'named in README, no such folder',
    ).toEqual([]);
    expect(
      fixtures.filter((name) => !named.includes(name)),
      'not named in README',
    ).toEqual([]);
    const passing: string[] = [];
    for (const name of named.filter((n) => !AFTER_RENDER_FIXTURES.includes(n))) if ((await guard(name)).stage === undefined) passing.push(name);
    expect(passing, 'named in README, but pass the guards').toEqual([]);
    // A fixture that fails only on built pages is proven by its real build in tests/build/guards.test.ts.
    expect(Object.values(BUILT_FIXTURES)).toEqual(expect.arrayContaining([...AFTER_RENDER_FIXTURES]));
  }, 120_000);

  test('each fixture a real build runs fails at the stage it stands for', async () => {
    const stages: Record<string, string | undefined> = {};
    // One at a time: the guards run with the fixture's copy as the project root.
    for (const stage of ['pre-build', 'content sync', 'render'] as const) stages[stage] = (await guard(BUILT_FIXTURES[stage])).stage;
    expect(stages).toEqual({ 'pre-build': 'pre-build', 'content sync': 'content sync', render: 'render' });
  });

  test('a fixture that fails only on built pages passes every stage before them (a real build proves it)', async () => {
    for (const name of AFTER_RENDER_FIXTURES) expect((await guard(name)).stage, name).toBeUndefined();
  });
});
