/**
 * src/lib/rules/ owns the rules of evidence the build enforces: GRADE arithmetic, certainty wording, verdict rules, study numbers, readability and review dates.
 *
 * GRADE arithmetic: start at high for randomized evidence and at low for
 * observational evidence, go down one level per serious concern and two per very
 * serious one, up for an upgrade, and stop at the ends of the scale.
 */
import { DOMAINS, DOMAIN_LABELS, type Certainty, type Domain, type GradeRating as Grade, type Level } from './scales.ts';

/** The GRADE scale, highest first. */
export const SCALE: readonly Certainty[] = ['high', 'moderate', 'low', 'very low'];

/** Levels each judgement takes off; "not applicable" (inconsistency with one study) takes none. */
const STEPS: Record<Level, number> = { 'not applicable': 0, 'not serious': 0, serious: 1, 'very serious': 2 };

/** The domains rated serious or very serious, with how many levels each takes off. */
export function downgrades(grade: Grade): { domain: Domain; label: string; levels: number }[] {
  return DOMAINS.filter((d) => STEPS[grade[d].level] > 0).map((d) => ({ domain: d, label: DOMAIN_LABELS[d], levels: STEPS[grade[d].level] }));
}

/** The certainty that the judgements give. */
export function computedCertainty(grade: Grade): Certainty {
  const start = grade.start === 'randomized' ? 0 : 2;
  const down = downgrades(grade).reduce((n, d) => n + d.levels, 0);
  const index = Math.min(SCALE.length - 1, Math.max(0, start + down - (grade.upgrade?.levels ?? 0)));
  return SCALE[index]!;
}

/** Why a stated certainty does not follow from the judgements, or undefined when it does. */
export function certaintyMismatch(stated: Certainty, grade: Grade): string | undefined {
  const computed = computedCertainty(grade);
  if (computed === stated) return undefined;
  const steps = downgrades(grade).map((d) => `${d.label} −${d.levels}`);
  const path = [
    `${grade.start} evidence starts at ${grade.start === 'randomized' ? 'high' : 'low'}`,
    ...steps,
    ...(grade.upgrade ? [`upgrade +${grade.upgrade.levels}`] : []),
  ];
  return `certainty is "${stated}" but the GRADE judgements give "${computed}" (${path.join(', ')}). Change the certainty to "${computed}", or change the domain judgements and their reasons.`;
}

/** One line of "Why this certainty": a domain, its judgement and the reason. */
export interface GradeRow {
  label: string;
  level: Level;
  reason: string;
}

/** The judgements in GRADE's order, for the "Why this certainty" box. */
export function gradeRows(grade: Grade): GradeRow[] {
  return DOMAINS.map((d) => ({ label: DOMAIN_LABELS[d], level: grade[d].level, reason: grade[d].reason }));
}

/** The sentence that opens the box, e.g. "Randomized evidence starts at high; 2 levels down gives low." */
export function gradeSummary(grade: Grade): string {
  const down = downgrades(grade).reduce((n, d) => n + d.levels, 0);
  const start = grade.start === 'randomized' ? 'Randomized evidence starts at high' : 'Observational evidence starts at low';
  const moves = [down > 0 ? `${down} level${down > 1 ? 's' : ''} down` : 'no level down', grade.upgrade ? `${grade.upgrade.levels} up` : '']
    .filter(Boolean)
    .join(' and ');
  return `${start}; ${moves} gives ${computedCertainty(grade)}.`;
}
