/**
 * The scales the rules of evidence are written in, as plain values: certainty, verdicts and the
 * GRADE domains and levels. The schemas (src/schemas/) build their enums from these, so a rule and
 * the front matter it reads share one list; the rules sit below the schemas and import none of them.
 */

/** GRADE certainty of a body of evidence, highest first. */
export const CERTAINTIES = ['high', 'moderate', 'low', 'very low'] as const;
export type Certainty = (typeof CERTAINTIES)[number];

/** A claim's verdict, on one fixed scale. */
export const VERDICTS = ['supported', 'partly supported', 'misleading', 'unsupported', 'contradicted'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** How serious a concern in one GRADE domain is: each step below "not serious" lowers certainty by one level. */
export const CONCERNS = ['not serious', 'serious', 'very serious'] as const;
export type Concern = (typeof CONCERNS)[number];

/** A domain's level as rated: a concern, or "not applicable" (inconsistency with one study), which lowers nothing. */
export type Level = Concern | 'not applicable';

/** The five domains that can lower certainty, in the order GRADE lists them. */
export const DOMAINS = ['riskOfBias', 'inconsistency', 'indirectness', 'imprecision', 'publicationBias'] as const;
export type Domain = (typeof DOMAINS)[number];

/** Reader-facing names of the domains. */
export const DOMAIN_LABELS: Record<Domain, string> = {
  riskOfBias: 'Risk of bias',
  inconsistency: 'Inconsistency',
  indirectness: 'Indirectness',
  imprecision: 'Imprecision',
  publicationBias: 'Publication bias',
};

/** What the GRADE rules read of a rating (src/schemas/grade.ts writes the full shape). */
export type GradeRating = Record<Domain, { level: Level; reason: string }> & {
  start: 'randomized' | 'observational';
  studies?: readonly string[];
  imprecision: { participants?: number; crossesNoEffect?: 'yes' | 'no' | 'not reported'; notVerySerious?: string };
  upgrade?: { levels: number; reason: string };
};

/** The number a decimal or P value written as text stands for, for checks (the text itself is what pages show). */
export const decimalNumber = (text: string): number => Number(text.replace(/^[<>=≤≥]\s?/, '').replace('−', '-'));
