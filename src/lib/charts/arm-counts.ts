/**
 * The counts a chart draws: a result's whole-number values, each over its
 * arm's denominator. Data that cannot be (not one count and denominator per
 * arm, more events than people) throws, naming the study and the field, so a
 * chart never quietly drops a point the results table still prints. The study
 * schema rejects the same data first (src/lib/rules/study-rules.ts).
 */
import type { Study } from '../../schemas/study.ts';

export interface ArmCounts {
  values: number[];
  denominators: number[];
}

/**
 * The counts of `study.results[index]`, one per arm; undefined when the result
 * gives no denominators or a value that is not a whole-number count (a mean, "r=0.66").
 */
export function armCounts(studyId: string, study: Pick<Study, 'arms' | 'results'>, index: number): ArmCounts | undefined {
  const { id, values, denominators } = study.results[index]!;
  if (!denominators) return undefined;
  const fail = (field: string, problem: string): never => {
    throw new Error(`study "${studyId}", results[${index}].${field} (result "${id}"): ${problem}; the chart cannot show it. Fix the front matter.`);
  };
  if (denominators.length !== study.arms.length) fail('denominators', `${denominators.length} denominators for ${study.arms.length} arms`);
  if (values?.length !== denominators.length) fail('values', `${values?.length ?? 0} values for ${denominators.length} denominators`);
  if (!values!.every((v): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0)) return undefined;
  values!.forEach((v, i) => {
    if (v > denominators[i]!) fail(`values[${i}]`, `a count of ${v} is larger than its denominator ${denominators[i]}`);
  });
  return { values: values as number[], denominators };
}
