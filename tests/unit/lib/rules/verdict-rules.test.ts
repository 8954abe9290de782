import { describe, expect, test } from 'vitest';
import { markdownProcessor } from '../../../../src/lib/markdown/citation-options.ts';
import { verdictProblem, type TaggedSource } from '../../../../src/lib/rules/verdict-rules.ts';
import { FIXTURE_BIBLIOGRAPHY } from '../../../helpers/markdown.ts';

const trial = (stance: TaggedSource['stance']): TaggedSource => ({ cite: 'trial', stance, strength: 'randomized trial' });
const caseReport = (stance: TaggedSource['stance']): TaggedSource => ({ cite: 'case', stance, strength: 'case report' });
const opinion = (stance: TaggedSource['stance']): TaggedSource => ({ cite: 'op-ed', stance, strength: 'opinion' });

describe('verdict rules', () => {
  test('"supported" needs support and no stronger contradiction', () => {
    expect(verdictProblem('supported', [trial('supports')])).toBeUndefined();
    expect(verdictProblem('supported', [caseReport('supports'), trial('contradicts')])).toBe(
      'verdict "supported" needs at least one supporting source, and no contradicting source stronger than the strongest support, but the tagged sources are 1 supports, 1 contradicts, 0 context. Change the verdict, or the stances and strengths in evidence.',
    );
    expect(verdictProblem('supported', [opinion('context')])).toMatch(/^verdict "supported" needs/);
  });

  test('"partly supported" needs support and something against or beside it', () => {
    expect(verdictProblem('partly supported', [caseReport('supports'), trial('context')])).toBeUndefined();
    expect(verdictProblem('partly supported', [trial('supports')])).toMatch(/^verdict "partly supported" needs/);
  });

  test('"misleading" needs real supporting facts and a contradicting source', () => {
    expect(verdictProblem('misleading', [caseReport('supports'), trial('contradicts')])).toBeUndefined();
    expect(verdictProblem('misleading', [trial('contradicts')])).toMatch(/^verdict "misleading" needs/);
  });

  test('"unsupported" allows a case report or an opinion in favour, but nothing stronger', () => {
    expect(verdictProblem('unsupported', [caseReport('supports'), opinion('supports'), trial('contradicts')])).toBeUndefined();
    expect(verdictProblem('unsupported', [{ cite: 'cohort', stance: 'supports', strength: 'observational study' }])).toMatch(
      /^verdict "unsupported" needs no supporting source stronger than a case report/,
    );
  });

  test('"contradicted" needs a contradicting review, trial or guideline stronger than any support', () => {
    expect(verdictProblem('contradicted', [trial('contradicts'), caseReport('supports')])).toBeUndefined();
    expect(verdictProblem('contradicted', [{ cite: 'cohort', stance: 'contradicts', strength: 'observational study' }])).toMatch(
      /^verdict "contradicted" needs/,
    );
    expect(verdictProblem('contradicted', [trial('contradicts'), trial('supports')])).toMatch(/^verdict "contradicted" needs/);
  });
});

describe('stances match the citations on the page', () => {
  const render = async (body: string, evidence: { cite: string }[]) => {
    const renderer = await markdownProcessor(process.cwd(), FIXTURE_BIBLIOGRAPHY).createRenderer({ syntaxHighlight: false });
    return renderer.render(body, { frontmatter: { evidence } });
  };

  test('a cited work with no stance, and a tagged work never cited, both fail, naming the key and the fix', async () => {
    await expect(render('A sentence [@alpha2001first].', [{ cite: 'beta2002second' }])).rejects.toThrow(
      /the body cites "alpha2001first" but evidence gives it no stance\.[\s\S]*evidence tags "beta2002second" but the body never cites it\./,
    );
  });

  test('a page whose tags and citations match renders', async () => {
    await expect(render('A sentence [@alpha2001first].', [{ cite: 'alpha2001first' }])).resolves.toBeTruthy();
  });
});

describe('verdict rules at their edges', async () => {
  const { stanceGroups, VERDICT_RULES } = await import('../../../../src/lib/rules/verdict-rules.ts');
  const guideline = (stance: TaggedSource['stance']): TaggedSource => ({ cite: 'g', stance, strength: 'guideline' });

  test('each rule is stated in words in its message', () => {
    for (const verdict of Object.keys(VERDICT_RULES) as (keyof typeof VERDICT_RULES)[]) {
      expect(VERDICT_RULES[verdict].length).toBeGreaterThan(20);
      const problem = verdictProblem(verdict, []) ?? verdictProblem(verdict, [trial('supports'), trial('contradicts'), trial('context')]);
      if (problem) expect(problem).toContain(VERDICT_RULES[verdict]);
    }
  });

  test('"supported" accepts a contradiction as strong as the support, not stronger', () => {
    expect(verdictProblem('supported', [trial('supports'), trial('contradicts')])).toBeUndefined();
    expect(verdictProblem('supported', [])).toMatch(/needs/);
  });

  test('"partly supported" and "misleading" need at least one of each', () => {
    expect(verdictProblem('partly supported', [trial('contradicts'), trial('context')])).toMatch(/needs/);
    expect(verdictProblem('partly supported', [trial('supports'), trial('contradicts')])).toBeUndefined();
    expect(verdictProblem('misleading', [trial('supports')])).toMatch(/needs/);
  });

  test('"contradicted" needs a guideline-strength contradiction stronger than the support', () => {
    expect(verdictProblem('contradicted', [guideline('contradicts')])).toBeUndefined();
    expect(verdictProblem('contradicted', [caseReport('contradicts')])).toMatch(/needs/);
    expect(verdictProblem('contradicted', [trial('contradicts'), trial('supports')])).toMatch(/needs/);
  });

  test('sources are grouped against, for, beside, strongest first, and empty groups are left out', () => {
    const groups = stanceGroups([caseReport('supports'), trial('supports'), opinion('context')]);
    expect(groups.map((g) => [g.stance, g.label, g.sources.map((s) => s.cite)])).toEqual([
      ['supports', 'Support the claim', ['trial', 'case']],
      ['context', 'Give context', ['op-ed']],
    ]);
    expect(stanceGroups([trial('contradicts')]).map((g) => g.label)).toEqual(['Contradict the claim']);
  });
});
