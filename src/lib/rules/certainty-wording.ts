/**
 * The wording GRADE recommends for a statement of effect at each certainty:
 * high "reduces", moderate "probably reduces", low "may reduce", very low "we are
 * very uncertain whether". A statement that says less than its certainty allows
 * (hedged more) is fine; one that says more is refused.
 *
 * The hedge must govern the claim it hedges: each clause that asserts an effect
 * ("the drug cures the condition") needs the hedge in that clause, before or at its
 * effect verb. A hedge in another clause ("…, though it may cause nausea") does not
 * count. A statement with no recognised effect verb needs the hedge somewhere.
 */
import type { Certainty } from './scales.ts';

/** The phrase each certainty needs in a statement of effect, and an example. */
export const CERTAINTY_WORDING: Record<Certainty, { pattern: RegExp | null; example: string }> = {
  high: { pattern: null, example: 'the treatment reduces pain' },
  moderate: { pattern: /\b(probably|likely|very uncertain|may|might|not shown|unknown|uncertain)\b/i, example: 'the treatment probably reduces pain' },
  low: { pattern: /\b(may|might|very uncertain|not shown|unknown)\b/i, example: 'the treatment may reduce pain' },
  'very low': { pattern: /\bvery uncertain\b/i, example: 'we are very uncertain whether the treatment reduces pain' },
};

/**
 * Verbs that state an effect on the condition, in the present (a claim) rather than
 * the past (a report of what a study found): "reduces", "cures", "makes a difference".
 * Not inside a compound ("hard-to-treat"), and not "lower", which is mostly an adjective.
 */
export const EFFECT_VERB =
  /(?<![\p{L}-])(?:reduces?|relieves?|cures?|improves?|treats?|eases?|lessens?|lowers|prevents?|heals?|reverses?|works?|makes? (?:a|any|no) difference)(?![\p{L}-])/iu;

/**
 * Words after which an effect verb is not asserted but asked about or denied
 * knowledge of: "whether it reduces", "if it works", "has not shown that it treats".
 */
const NOT_ASSERTED = /\b(?:whether|if|unclear|not (?:been )?shown?|no evidence that)\b/i;

/** Where a sentence ends and where a new clause starts (a comma or semicolon before a conjunction, or a semicolon, colon or dash). */
const SENTENCE_END = /(?<=[.!?])\s+/;
const CLAUSE_BREAK = /\s*(?:[,;:]\s*(?=(?:though|although|but|while|whereas|yet|and|so|because)\b)|;\s*|:\s+|\s[–—]\s)/i;

/** A subordinate clause that opens a sentence ("Though it may cause nausea, …") governs nothing after its comma. */
const LEADING_SUBORDINATE = /^(?:though|although|while|whereas|even (?:if|though))\b[^,]*,\s*/i;

/** The clauses of a statement: its sentences, split where a new clause starts. */
export function clauses(statement: string): string[] {
  return statement
    .split(SENTENCE_END)
    .flatMap((sentence) => sentence.split(CLAUSE_BREAK))
    .flatMap((clause) => {
      const opener = LEADING_SUBORDINATE.exec(clause)?.[0];
      return opener ? [opener, clause.slice(opener.length)] : [clause];
    })
    .filter((clause) => clause.trim() !== '');
}

/** The clauses of a statement that assert an effect, each cut at the end of its effect verb. */
export function effectClaims(statement: string): string[] {
  return clauses(statement).flatMap((clause) => {
    const verb = EFFECT_VERB.exec(clause);
    if (!verb) return [];
    const claim = clause.slice(0, verb.index + verb[0].length).trim();
    return NOT_ASSERTED.test(claim) ? [] : [claim];
  });
}

/** Why a statement overstates its certainty, or undefined when its wording fits. */
export function wordingProblem(certainty: Certainty, statement: string): string | undefined {
  const { pattern, example } = CERTAINTY_WORDING[certainty];
  if (!pattern) return undefined;
  const claims = effectClaims(statement);
  const unhedged = claims.length > 0 ? claims.find((claim) => !pattern.test(claim)) : pattern.test(statement) ? undefined : statement;
  if (unhedged === undefined) return undefined;
  const where = clauses(statement).length > 1 ? ` (the claim "${unhedged}…" carries no hedge of its own)` : '';
  return `the statement "${statement}"${where} is worded more surely than its certainty (${certainty}) allows; use the GRADE wording for ${certainty} certainty, e.g. "${example}"`;
}
