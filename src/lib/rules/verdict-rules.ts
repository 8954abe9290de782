/**
 * What each verdict on a claim needs from the sources the claim page cites, each
 * tagged with its stance (supports, contradicts, context) and the strength of
 * the evidence it is. Methods states the same rules in words.
 */
import type { Verdict } from './scales.ts';

/** Kinds of source, strongest first; `STRENGTH_RANK` orders them. */
export const STRENGTHS = [
  'systematic review',
  'randomized trial',
  'guideline',
  'controlled study',
  'observational study',
  'narrative review',
  'case report',
  'registry record',
  'regulatory record',
  'opinion',
] as const;
export type Strength = (typeof STRENGTHS)[number];

/** Higher is stronger; reviews and trials share the top rank. */
export const STRENGTH_RANK: Record<Strength, number> = {
  'systematic review': 6,
  'randomized trial': 6,
  guideline: 5,
  'controlled study': 4,
  'observational study': 3,
  'narrative review': 2,
  'case report': 1,
  'registry record': 0,
  'regulatory record': 0,
  opinion: 0,
};

export type Stance = 'supports' | 'contradicts' | 'context';

export interface TaggedSource {
  cite: string;
  stance: Stance;
  strength: Strength;
}

/** Support weaker than this does not count against "unsupported": a case report or an opinion backs nothing on its own. */
const BACKING = STRENGTH_RANK['observational study'];

/** The rule each verdict must meet, in words (shown in errors and in Methods). */
export const VERDICT_RULES: Record<Verdict, string> = {
  supported: 'at least one supporting source, and no contradicting source stronger than the strongest support',
  'partly supported': 'at least one supporting source, and at least one contradicting or context source',
  misleading: 'at least one supporting source (the facts are real) and at least one contradicting source',
  unsupported: 'no supporting source stronger than a case report, registry or regulatory record, or opinion',
  contradicted: 'at least one contradicting systematic review, randomized trial or guideline, stronger than any support',
};

/** Why the tagged sources do not meet the verdict's rule, or undefined when they do. */
export function verdictProblem(verdict: Verdict, sources: readonly TaggedSource[]): string | undefined {
  const rank = (stance: Stance) => Math.max(-1, ...sources.filter((s) => s.stance === stance).map((s) => STRENGTH_RANK[s.strength]));
  const count = (stance: Stance) => sources.filter((s) => s.stance === stance).length;
  const support = rank('supports');
  const against = rank('contradicts');
  const ok: Record<Verdict, boolean> = {
    supported: count('supports') > 0 && against <= support,
    'partly supported': count('supports') > 0 && count('contradicts') + count('context') > 0,
    misleading: count('supports') > 0 && count('contradicts') > 0,
    unsupported: support < BACKING,
    contradicted: against >= STRENGTH_RANK.guideline && against > support,
  };
  if (ok[verdict]) return undefined;
  const tally = (['supports', 'contradicts', 'context'] as const).map((s) => `${count(s)} ${s}`).join(', ');
  return `verdict "${verdict}" needs ${VERDICT_RULES[verdict]}, but the tagged sources are ${tally}. Change the verdict, or the stances and strengths in evidence.`;
}

/** The tagged sources grouped by stance, in the order a reader weighs them: against, for, beside. */
export function stanceGroups<T extends TaggedSource>(sources: readonly T[]): { stance: Stance; label: string; sources: T[] }[] {
  const labels: Record<Stance, string> = { contradicts: 'Contradict the claim', supports: 'Support the claim', context: 'Give context' };
  return (['contradicts', 'supports', 'context'] as const)
    .map((stance) => ({
      stance,
      label: labels[stance],
      sources: sources.filter((s) => s.stance === stance).sort((a, b) => STRENGTH_RANK[b.strength] - STRENGTH_RANK[a.strength]),
    }))
    .filter((g) => g.sources.length > 0);
}
