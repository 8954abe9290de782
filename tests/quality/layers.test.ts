/**
 * The layers of src/ are declared once (LAYERS in eslint.config.js) and `npm run lint` enforces them.
 * These tests lint small sources placed in the tree (never written to disk) and expect the layer rule to
 * reject an import that runs upward, a type import that would close a circle, and a hand-built entry URL.
 */
import { ESLint } from 'eslint';
import { describe, expect, test } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

/** The rule ids ESLint reports for `code` as if it were the file at `filePath`. */
async function lintAs(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
}

describe('the layer rule', () => {
  test('rejects an import from the bottom layer up into a folder above it', async () => {
    const problems = await lintAs('src/lib/core/probe.ts', "import { gradeRows } from '../rules/grade.ts';\nexport const rows = gradeRows;\n");
    expect(problems).toEqual([expect.stringMatching(/^boundaries\/dependencies: .*"core".*"rules"/)]);
  });

  test('rejects a type import that would put the rules ⇄ schemas circle back', async () => {
    const problems = await lintAs('src/lib/rules/probe.ts', "import type { Study } from '../../schemas/study.ts';\nexport type Probe = Study;\n");
    expect(problems).toEqual([expect.stringMatching(/^boundaries\/dependencies: .*"rules".*"schemas"/)]);
  });

  test('rejects an import between two folders of the same layer', async () => {
    const problems = await lintAs('src/lib/markdown/probe.ts', "import { toCsv } from '../data/csv.ts';\nexport const csv = toCsv;\n");
    expect(problems).toEqual([expect.stringMatching(/^boundaries\/dependencies: .*"markdown".*"data"/)]);
  });

  test('rejects the site configuration importing the citation pipeline', async () => {
    const problems = await lintAs(
      'src/lib/site.ts',
      "import { markdownProcessor } from './markdown/citation-options.ts';\nexport const processor = markdownProcessor;\n",
    );
    expect(problems).toEqual([expect.stringMatching(/^boundaries\/dependencies: .*"config".*"markdown"/)]);
  });

  test('accepts an import downward, and a component importing any layer', async () => {
    expect(await lintAs('src/lib/markdown/probe.ts', "import { entryPath } from '../core/urls.ts';\nexport const path = entryPath('studies', 'x');\n")).toEqual(
      [],
    );
    expect(
      await lintAs('src/components/Probe.astro', "---\nimport { entryPath } from '../lib/core/urls.ts';\n---\n<a href={entryPath('claims', 'x')}>x</a>\n"),
    ).toEqual([]);
  });
});

describe('the entry URL rule', () => {
  test('rejects an entry URL built by hand, in TypeScript and in a component', async () => {
    const message = expect.stringMatching(/^no-restricted-syntax: .*src\/lib\/core\/urls\.ts/);
    expect(await lintAs('src/lib/content/probe.ts', 'export const href = (id: string) => `/studies/${id}/`;\n')).toEqual([message]);
    expect(await lintAs('src/lib/content/probe.ts', 'export const href = (c: string, id: string) => `/${c}/${id}/`;\n')).toEqual([message]);
    expect(await lintAs('src/components/Probe.astro', '---\nconst { id } = Astro.props;\n---\n<a href={`/questions/${id}/`}>x</a>\n')).toEqual([message]);
  });

  test('accepts the URL module itself', async () => {
    expect(await lintAs('src/lib/core/urls.ts', 'export const href = (id: string) => `/studies/${id}/`;\n')).toEqual([]);
  });
});
