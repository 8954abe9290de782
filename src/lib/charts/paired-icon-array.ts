/**
 * Absolute effects a patient can read (International Patient Decision Aid
 * Standards): for each result that counts people in every arm of a controlled
 * comparison, the arms side by side as icon arrays on their own denominators at
 * the same time point, each said in both frames ("8 of 12 had …; 4 did not").
 * The comparator is always drawn beside the treatment, never alone.
 */
import type { Study } from '../../schemas/study.ts';
import { armCounts } from './arm-counts.ts';
import { splitMeasure } from './time-course.ts';

export interface PairedArm {
  name: string;
  count: number;
  denominator: number;
  /** Both frames: "8 of 12 had more than 50% pain reduction; 4 did not." */
  frames: string;
}

export interface PairedIconArray {
  /** Anchor of the result. */
  resultId: string;
  /** What was counted, e.g. "More than 50% pain reduction". */
  what: string;
  /** When, e.g. "15 minutes after the dose"; undefined when the measure does not say. */
  when: string | undefined;
  /** Every arm, in the study's order, so the comparator sits beside the treatment. */
  arms: PairedArm[];
}

/** Above this many people in an arm, an icon array stops being readable; such results are skipped. */
export const MAX_PAIRED_ICONS = 200;

/** "8 of 12 had more than 50% pain reduction; 4 did not." */
export function bothFrames(count: number, denominator: number, what: string): string {
  const had = what.charAt(0).toLowerCase() + what.slice(1);
  return `${count} of ${denominator} had ${had}; ${denominator - count} did not.`;
}

/** One paired icon array per result with a whole-number count in every arm of a study with two or more arms. */
export function pairedIconArrays(studyId: string, study: Pick<Study, 'arms' | 'results'>): PairedIconArray[] {
  if (study.arms.length < 2) return [];
  return study.results.flatMap((result, index) => {
    const counts = armCounts(studyId, study, index);
    if (!counts || counts.denominators.some((d) => d > MAX_PAIRED_ICONS)) return [];
    const { what, when } = splitMeasure(result.measure);
    return [
      {
        resultId: result.id,
        what,
        when,
        arms: study.arms.map((arm, i) => ({
          name: arm.name,
          count: counts.values[i]!,
          denominator: counts.denominators[i]!,
          frames: bothFrames(counts.values[i]!, counts.denominators[i]!, what),
        })),
      },
    ];
  });
}
