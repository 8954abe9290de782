/**
 * The comparison cell of a result, rendered from its structured estimate (src/schemas/estimate.ts)
 * and its words: "P<0.001 against baseline; effect size 0.61 (95% CI 0.40 to 0.80)". The numbers
 * are printed as the front matter writes them, never reformatted.
 */
import type { Estimate } from '../../schemas/estimate.ts';

export function estimateText(e: Estimate): string {
  const p = e.p === undefined ? undefined : `P${e.p.replace(/^=\s?/, '=')}${e.against ? ` against ${e.against}` : ''}`;
  const interval = e.low === undefined ? '' : ` (${e.level}% CI ${e.low} to ${e.high})`;
  const value = e.value === undefined ? undefined : `${e.measure} ${e.value}${interval}`;
  return [p, value].filter((part) => part !== undefined).join('; ');
}

/** The result's comparison as shown on the page and in results.csv, or undefined when none was reported. */
export function comparisonText(result: { estimate?: Estimate; comparison?: string }): string | undefined {
  const parts = [result.estimate && estimateText(result.estimate), result.comparison].filter((part): part is string => Boolean(part));
  return parts.length ? parts.join('; ') : undefined;
}
