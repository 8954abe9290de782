/**
 * The wording GRADE recommends for a statement of effect at each certainty:
 * high "reduces", moderate "probably reduces", low "may reduce", very low "we are
 * very uncertain whether". A statement that says less than its certainty allows
 * (hedged more) is fine; one that says more is refused.
 */
import type { Certainty } from '../../schemas/common.ts';

/** The phrase each certainty needs somewhere in a statement of effect, and an example. */
export const CERTAINTY_WORDING: Record<Certainty, { pattern: RegExp | null; example: string }> = {
  high: { pattern: null, example: 'the treatment reduces pain' },
  moderate: { pattern: /\b(probably|likely|very uncertain|may|might|not shown|unknown|uncertain)\b/i, example: 'the treatment probably reduces pain' },
  low: { pattern: /\b(may|might|very uncertain|not shown|unknown)\b/i, example: 'the treatment may reduce pain' },
  'very low': { pattern: /\bvery uncertain\b/i, example: 'we are very uncertain whether the treatment reduces pain' },
};

/** Why a statement overstates its certainty, or undefined when its wording fits. */
export function wordingProblem(certainty: Certainty, statement: string): string | undefined {
  const { pattern, example } = CERTAINTY_WORDING[certainty];
  if (!pattern || pattern.test(statement)) return undefined;
  return `the statement "${statement}" is worded more surely than its certainty (${certainty}) allows; use the GRADE wording for ${certainty} certainty, e.g. "${example}"`;
}
