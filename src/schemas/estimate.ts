/**
 * An effect estimate as data: the number, its confidence interval and its P value, each written
 * exactly as the source prints it ("1.40" stays "1.40"), so the page renders the sentence from
 * the numbers (src/lib/content/result-comparison.ts) and the build can check them
 * (src/lib/rules/study-rules.ts: the estimate lies inside its interval, P is between 0 and 1).
 */
import { z } from 'astro/zod';

/** A decimal number written as text, so trailing zeros survive YAML: "0.61", "-1.25", ".001". */
export const Decimal = z
  .string()
  .regex(/^[-−]?(\d+(\.\d+)?|\.\d+)$/, 'write the number as quoted text exactly as the source prints it, e.g. "0.40" (YAML would turn 0.40 into 0.4)');

/** A P value with its relation as reported: "<0.05", "=0.001", "<.001". */
export const PValue = z
  .string()
  .regex(/^(<|>|=|≤|≥)\s?(\d+(\.\d+)?|\.\d+)$/, 'write P as its relation and number in quotes, exactly as reported, e.g. "<0.05" or "=0.001"');

export const Estimate = z
  .strictObject({
    /** What the number estimates, e.g. "effect size" or "mean difference"; omit when only a P value is reported. */
    measure: z.string().min(2).optional(),
    /** The point estimate, as reported. */
    value: Decimal.optional(),
    /** Lower end of the confidence interval, as reported. */
    low: Decimal.optional(),
    /** Upper end of the confidence interval, as reported. */
    high: Decimal.optional(),
    /** Confidence level of the interval, in percent. */
    level: z.number().gt(0).lt(100).default(95),
    /** P value of the comparison, as reported (see PValue). */
    p: PValue.optional(),
    /** What the comparison is against, when not the other arm, e.g. "baseline". */
    against: z.string().min(2).optional(),
  })
  .refine((e) => e.value !== undefined || e.p !== undefined, 'give the estimate a value, a P value, or both')
  .refine((e) => (e.low === undefined) === (e.high === undefined), 'give both ends of the interval, low and high')
  .refine((e) => e.low === undefined || e.value !== undefined, 'an interval needs the value it surrounds')
  .refine((e) => e.value === undefined || e.measure !== undefined, 'name what the value estimates in measure, e.g. "effect size"');
export type Estimate = z.output<typeof Estimate>;
