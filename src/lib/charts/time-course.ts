/**
 * Counts per arm over time (e.g. responders at 15 minutes, 180 minutes, week 1, week 8),
 * taken from a study's results. A result qualifies when it has `hoursAfterDose` and a
 * whole-number count and a denominator for every arm; results are grouped by the part
 * of `measure` before its first comma, and a group needs two or more time points.
 */
import type { Study } from '../../schemas/study.ts';
import { armCounts } from './arm-counts.ts';
import { comparisonText } from '../content/result-comparison.ts';

export interface TimeCourseValue {
  /** Anchor of the result this value comes from. */
  resultId: string;
  /** Position of the arm in the study's `arms`. */
  armIndex: number;
  arm: string;
  /** When, in the study's words, e.g. "15 minutes after the dose". */
  when: string;
  hoursAfterDose: number;
  count: number;
  denominator: number;
  /** count / denominator, 0–100. */
  percent: number;
}

export interface TimeCourse {
  /** What was counted, e.g. "More than 50% pain reduction". */
  measure: string;
  arms: string[];
  /** Time points in order, one per result. */
  times: { resultId: string; when: string; hoursAfterDose: number; comparison?: string }[];
  /** One value per arm per time point, time-major. */
  values: TimeCourseValue[];
}

/** "45 min", "3.5 h", "7 days"; used when a measure has no wording for its time point. */
export function hoursLabel(hours: number): string {
  if (hours < 1) return `${Math.round(hours * 60)} min`;
  if (hours < 48) return `${Number(hours.toFixed(1))} h`;
  return `${Number((hours / 24).toFixed(1))} days`;
}

/** Splits "More than 50% pain reduction, end of week 1" into what and when. */
export function splitMeasure(measure: string): { what: string; when?: string } {
  const at = measure.indexOf(', ');
  return at < 0 ? { what: measure } : { what: measure.slice(0, at), when: measure.slice(at + 2) };
}

/**
 * Every time course a study's results support; empty when none (most studies).
 * Throws on counts that cannot be (see arm-counts.ts), naming `studyId`.
 */
export function timeCourses(studyId: string, study: Pick<Study, 'arms' | 'results'>): TimeCourse[] {
  const arms = study.arms.map((a) => a.name);
  if (arms.length < 2) return [];
  const groups = new Map<string, TimeCourse>();
  const timed = study.results.flatMap((result, index) =>
    result.hoursAfterDose === undefined ? [] : [{ result, index, hoursAfterDose: result.hoursAfterDose }],
  );
  for (const { result, index, hoursAfterDose } of timed.sort((a, b) => a.hoursAfterDose - b.hoursAfterDose)) {
    const c = armCounts(studyId, study, index);
    if (!c) continue;
    const { what, when = hoursLabel(hoursAfterDose) } = splitMeasure(result.measure);
    const group = groups.get(what) ?? { measure: what, arms, times: [], values: [] };
    groups.set(what, group);
    group.times.push({ resultId: result.id, when, hoursAfterDose, comparison: comparisonText(result) });
    arms.forEach((arm, armIndex) => {
      const count = c.values[armIndex]!;
      const denominator = c.denominators[armIndex]!;
      group.values.push({ resultId: result.id, armIndex, arm, when, hoursAfterDose, count, denominator, percent: (100 * count) / denominator });
    });
  }
  return [...groups.values()].filter((g) => g.times.length >= 2);
}
