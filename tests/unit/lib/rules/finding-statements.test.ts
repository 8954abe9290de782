import { describe, expect, test } from 'vitest';
import { checkFindingStatements, findingOf, findingStatementProblems, findingStatements, plainWords } from '../../../../src/lib/rules/finding-statements.ts';
import { SITE_URL } from '../../../../src/lib/site.ts';
import type { ContentFrontmatter } from '../../../../src/lib/core/front-matter-syntax.ts';

const body = [
  '## Summary',
  '',
  '- **[Relief: possibly.](/questions/during/#short-answer)** We are very uncertain whether it helps [@a2020x].',
  '- **[Lasting relief: not shown.](/questions/later/#short-answer)** One trial',
  '  found none at 8 weeks.',
  '- A point that links to [a page](/methods/) only.',
  '',
  'We are very uncertain whether [it helps](/questions/during/#short-answer) and whether [it lasts](/questions/later/#short-answer).',
].join('\n');

describe('findingStatements', () => {
  test('finds each paragraph or list item that links to a short answer, with its file line', () => {
    const found = findingStatements(body, 1);
    expect(found.map((s) => [s.line, s.questions])).toEqual([
      [3, ['during']],
      [4, ['later']],
      [8, ['during', 'later']],
    ]);
  });

  test('keeps a list item together across its continuation lines', () => {
    expect(findingStatements(body)[1]!.text).toBe('Lasting relief: not shown. One trial found none at 8 weeks.');
  });

  test('reads the words a reader sees, without link targets, emphasis or citations', () => {
    expect(plainWords('- **[Relief](/q/x/#short-answer)** may help [@a2020x; @b2021y].')).toBe('Relief may help.');
  });
});

describe('findingStatements reads every link syntax (D4)', () => {
  const found = (markdown: string) => findingStatements(markdown).map((s) => [s.line, s.questions, s.text]);

  test('a link with a title', () => {
    expect(found('x\n\nKetamine cures it, [see](/questions/later/#short-answer "the answer").')).toEqual([[3, ['later'], 'Ketamine cures it, see.']]);
  });

  test('a reference-style link, through its definition', () => {
    expect(found('Ketamine cures it [see][ans].\n\n[ans]: /questions/later/#short-answer')).toEqual([[1, ['later'], 'Ketamine cures it see.']]);
    expect(found('Ketamine cures it [Ans].\n\n[ans]: /questions/later/#short-answer "t"')).toEqual([[1, ['later'], 'Ketamine cures it Ans.']]);
  });

  test('an absolute URL to the site, and one without the trailing slash', () => {
    expect(found(`- It works [x](${SITE_URL}/questions/later/#short-answer)\n- It works [y](/questions/during#short-answer)`)).toEqual([
      [1, ['later'], 'It works x'],
      [2, ['during'], 'It works y'],
    ]);
  });

  test('not a link to another site, another anchor, or inside code', () => {
    expect(found('[a](https://elsewhere.example/questions/later/#short-answer) [b](/questions/later/#other) `[c](/questions/later/#short-answer)`')).toEqual(
      [],
    );
    expect(found('```\n[c](/questions/later/#short-answer)\n```')).toEqual([]);
  });

  test('data-bound directives parse as directives, not text', () => {
    expect(found('We found :approved-count trials; it cures [x](/questions/later/#short-answer).\n\n::registrations-table')).toEqual([
      [1, ['later'], 'We found trials; it cures x.'],
    ]);
  });

  test('an unhedged claim behind a titled link now fails at low certainty', () => {
    const problems = findingStatementProblems(
      'p.md',
      findingStatements('Ketamine cures it, [see](/questions/later/#short-answer "t").'),
      new Map([['later', 'low' as const]]),
    );
    expect(problems.map((p) => p.location)).toEqual([{ file: 'p.md', line: 1 }]);
  });
});

describe('findingStatements: which block states the finding', () => {
  const found = (markdown: string) => findingStatements(markdown, 10).map((s) => [s.line, s.questions, s.text]);

  test('a nested list item states it, not the outer one; a table cell or a heading states it too', () => {
    expect(found('- Outer\n  - It may [help](/questions/a/#short-answer)')).toEqual([[11, ['a'], 'It may help']]);
    expect(found('| a | b |\n| - | - |\n| It may [help](/questions/a/#short-answer) | Other cell |')).toEqual([[12, ['a'], 'It may help']]);
    expect(found('Intro.\n\n## It may [help](/questions/a/#short-answer)\n\nMore.')).toEqual([[12, ['a'], 'It may help']]);
  });

  test('a list item of several paragraphs states it as a whole, from its first line', () => {
    const [statement, ...rest] = findingStatements('- It works.\n\n  See [x](/questions/a/#short-answer).\n- Other', 10);
    expect(rest).toEqual([]);
    expect(statement!.line).toBe(10);
    expect(statement!.questions).toEqual(['a']);
    expect(statement!.text).toMatch(/^It works\..*See x\.$/);
  });

  test('an image pointing at a short answer, or a link in a directive label, states no finding', () => {
    expect(found('It may ![a chart](/questions/a/#short-answer) help.')).toEqual([]);
    expect(found('It may ![a chart][ans] help.\n\n[ans]: /questions/a/#short-answer')).toEqual([]);
    expect(found('::registrations-table[It works [x](/questions/a/#short-answer)]')).toEqual([]);
  });

  test('two links to one finding count once; the first definition of a label wins, as in CommonMark', () => {
    expect(found('It may [a](/questions/a/#short-answer) [b](/questions/a/#short-answer)')).toEqual([[10, ['a'], 'It may a b']]);
    expect(found('It may [x].\n\n[x]: /questions/a/#short-answer\n[x]: /questions/b/#short-answer')).toEqual([[10, ['a'], 'It may x.']]);
  });

  test('an id is read decoded, and a URL that cannot be read links to no finding', () => {
    expect(findingOf('/questions/caf%C3%A9/#short-answer')).toBe('café');
    expect(findingOf('http://[bad/questions/a/#short-answer')).toBeUndefined();
    expect(findingOf('/questions/a/b/#short-answer')).toBeUndefined();
    expect(findingOf('/studies/a/#short-answer')).toBeUndefined();
    expect(findingOf('/questions/a/')).toBeUndefined();
  });
});

describe('findingStatementProblems', () => {
  const certainties = new Map([
    ['during', 'very low' as const],
    ['later', 'low' as const],
    ['reviews', undefined],
  ]);

  test('accepts wording that fits every linked finding', () => {
    expect(findingStatementProblems('p.md', findingStatements(body), certainties)).toEqual([]);
  });

  test('refuses a statement surer than its finding, naming file, line and finding', () => {
    const [problem, ...rest] = findingStatementProblems(
      'p.md',
      findingStatements('x\n\n[Ketamine reduces pain.](/questions/later/#short-answer)'),
      certainties,
    );
    expect(rest).toEqual([]);
    expect(problem!.report).toContain('p.md:3: states the finding /questions/later/#short-answer');
    expect(problem!.report).toContain('(low)');
    expect(problem!.report).toContain('Fix: reword the statement');
  });

  test('"may reduce" passes at low certainty but not at very low', () => {
    const statement = findingStatements('[Ketamine may reduce pain.](/questions/later/#short-answer) [More](/questions/during/#short-answer)');
    const problems = findingStatementProblems('p.md', statement, certainties);
    expect(problems.map((p) => p.report.includes('/questions/during/'))).toEqual([true]);
  });

  test('does not check the wording of a descriptive question, but refuses a link to a missing one', () => {
    const statements = findingStatements('[Reviews agree.](/questions/reviews/#short-answer)\n\n[Gone.](/questions/nope/#short-answer)');
    const problems = findingStatementProblems('p.md', statements, certainties);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.report).toBe(
      'p.md:3: links to the finding /questions/nope/#short-answer, but there is no question "nope".\n  Fix: link to an existing question in src/content/questions/, or remove the link.',
    );
  });
});

describe('checkFindingStatements', () => {
  test("takes each question's certainty from its front matter (none for a descriptive question)", () => {
    const entry = (collection: ContentFrontmatter['collection'], id: string, frontmatter: Record<string, unknown>, text = ''): ContentFrontmatter => ({
      collection,
      id,
      file: `${collection}/${id}.md`,
      frontmatter,
      body: text,
    });
    const entries = [
      entry('questions', 'later', { certainty: 'low' }),
      entry('questions', 'reviews', { kind: 'descriptive' }),
      entry('pages', 'home', {}, '[Ketamine reduces pain.](/questions/later/#short-answer)\n\n[Reviews say it works.](/questions/reviews/#short-answer)'),
    ];
    expect(checkFindingStatements(entries).map((p) => p.location)).toEqual([{ file: 'pages/home.md', line: 1 }]);
  });

  test("only a question is a finding: a link to another collection's id is a missing question", () => {
    const entries: ContentFrontmatter[] = [
      { collection: 'pages', id: 'home', file: 'pages/home.md', frontmatter: {}, body: '[It may help.](/questions/home/#short-answer)' },
      { collection: 'studies', id: 'a2020x', file: 'studies/a2020x.md', frontmatter: { certainty: 'low' }, body: '' },
    ];
    expect(checkFindingStatements(entries).map((p) => p.report)).toEqual([expect.stringContaining('there is no question "home"')]);
  });
});
