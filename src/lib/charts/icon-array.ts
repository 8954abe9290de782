/**
 * Proportions shown as icon arrays: a result with one whole-number count and one
 * denominator (e.g. 13 of 34 people had a positive test dose).
 */
import type { Study } from '../../schemas/study.ts';
import { armCounts } from './arm-counts.ts';

/** Above this many people an icon array stops being readable; such results are skipped. */
export const MAX_ICONS = 400;

export interface IconArray {
  /** Anchor of the result. */
  resultId: string;
  measure: string;
  /** The arm the count belongs to. */
  arm: string;
  count: number;
  denominator: number;
  /** count / denominator, 0–100. */
  percent: number;
}

/** Icon arrays for a single-arm study's counts; throws on counts that cannot be (see arm-counts.ts), naming `studyId`. */
export function iconArrays(studyId: string, study: Pick<Study, 'arms' | 'results'>): IconArray[] {
  const [arm, ...others] = study.arms.map((a) => a.name);
  if (arm === undefined || others.length > 0) return [];
  return study.results.flatMap((r, index) => {
    const [count, denominator] = [armCounts(studyId, study, index)?.values[0], r.denominators?.[0]];
    if (count === undefined || denominator === undefined || denominator > MAX_ICONS) return [];
    return [{ resultId: r.id, measure: r.measure, arm, count, denominator, percent: (100 * count) / denominator }];
  });
}

/** Grid positions for `total` icons, `columns` to a row, filled icons first. */
export function iconGrid(count: number, total: number, columns: number): { column: number; row: number; filled: boolean }[] {
  return Array.from({ length: total }, (_, i) => ({ column: i % columns, row: Math.floor(i / columns), filled: i < count }));
}

/** A near-square grid, at most 20 wide: 34 icons → 10 columns, 218 → 20. */
export function iconColumns(total: number): number {
  return Math.min(20, Math.max(5, Math.ceil(Math.sqrt(total * 2.5))));
}
