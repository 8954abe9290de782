import { describe, expect, test } from 'vitest';
import { clauses, effectClaims, wordingProblem } from '../../../../src/lib/rules/certainty-wording.ts';

describe('the clauses of a statement', () => {
  test('splits sentences and clauses without keeping the spaces around each break', () => {
    expect(clauses('It may help.  It may harm;  rarely:  in one trial,  but not always — or never')).toEqual([
      'It may help.',
      'It may harm',
      'rarely',
      'in one trial',
      'but not always',
      'or never',
    ]);
  });

  test('a comma before a conjunction breaks a clause even without a space after it', () => {
    expect(clauses('Ketamine reduces pain,though it may cause nausea')).toEqual(['Ketamine reduces pain', 'though it may cause nausea']);
  });

  test('a subordinate clause splits off only where it opens the sentence', () => {
    expect(clauses('Though it may cause nausea,  ketamine cures it.')).toEqual(['Though it may cause nausea,  ', 'ketamine cures it.']);
    expect(clauses('It may help while it lasts, in most people.')).toEqual(['It may help while it lasts, in most people.']);
  });

  test('drops clauses that are empty or only spaces', () => {
    expect(clauses('Ketamine may reduce pain —  ')).toEqual(['Ketamine may reduce pain']);
    expect(clauses('Ketamine may reduce pain;')).toEqual(['Ketamine may reduce pain']);
  });
});

describe('the effect claims of a statement', () => {
  test('each claim is cut at its effect verb and trimmed', () => {
    expect(effectClaims('  Ketamine cures pain; it may cause nausea.')).toEqual(['Ketamine cures']);
  });
});

describe('the wording problem', () => {
  test('a one-clause statement with a trailing break names no separate claim', () => {
    expect(wordingProblem('low', 'Ketamine reduces pain —  ')).toBe(
      'the statement "Ketamine reduces pain —  " is worded more surely than its certainty (low) allows; use the GRADE wording for low certainty, e.g. "the treatment may reduce pain"',
    );
  });

  test('at moderate certainty the message gives the moderate example', () => {
    expect(wordingProblem('moderate', 'Ketamine reduces pain.')).toBe(
      'the statement "Ketamine reduces pain." is worded more surely than its certainty (moderate) allows; use the GRADE wording for moderate certainty, e.g. "the treatment probably reduces pain"',
    );
  });

  test('a statement of several clauses names the claim that lacks its own hedge', () => {
    expect(wordingProblem('low', 'It may cause nausea; ketamine cures pain.')).toBe(
      'the statement "It may cause nausea; ketamine cures pain." (the claim "ketamine cures…" carries no hedge of its own) is worded more surely than its certainty (low) allows; use the GRADE wording for low certainty, e.g. "the treatment may reduce pain"',
    );
  });
});
