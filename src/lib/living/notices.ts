/**
 * Notices on cited works (retractions, corrections, expressions of concern) as the surveillance runs
 * recorded them, and what a reference list shows for each: every notice beside its reference, and,
 * for a retraction, the citing page's acknowledgement, without which the build fails.
 */
import type { Notice } from '../../schemas/surveillance-run.ts';
import type { LivingData } from './living-data.ts';
import { formatPartialDate } from './registry-facts.ts';

/** Every notice the runs recorded, once each, by cite key. */
export function noticesByKey(data: Pick<LivingData, 'runs'>): Map<string, Notice[]> {
  const byKey = new Map<string, Notice[]>();
  const seen = new Set<string>();
  for (const run of data.runs) {
    if (run.mode === 'replay') continue;
    for (const n of run.notices) {
      const id = `${n.key}|${n.kind}|${n.noticeDoi ?? ''}`;
      if (seen.has(id)) continue;
      seen.add(id);
      byKey.set(n.key, [...(byKey.get(n.key) ?? []), n]);
    }
  }
  return byKey;
}

const KIND_TEXT: Record<Notice['kind'], string> = {
  retraction: 'This work has been retracted',
  correction: 'A correction to this work has been published',
  'expression of concern': 'The publisher has issued an expression of concern about this work',
  withdrawal: 'This work has been withdrawn',
  other: 'The publisher has linked a notice to this work',
};

/** The sentence shown beside a reference, e.g. "This work has been retracted (March 2025; notice doi:10.…)." */
export function noticeText(n: Notice): string {
  const details = [n.date ? formatPartialDate(n.date) : '', n.noticeDoi ? `notice doi:${n.noticeDoi}` : ''].filter(Boolean).join('; ');
  return `${KIND_TEXT[n.kind]}${details ? ` (${details})` : ''}.`;
}

/** Kinds of notice that fail the build on a citing page until it acknowledges them. */
export const MUST_ACKNOWLEDGE: ReadonlySet<Notice['kind']> = new Set(['retraction', 'withdrawal']);
