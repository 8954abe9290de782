/**
 * The evidence map: every study placed by length of follow-up (x), design (y) and
 * number of participants (size), marked by what it found (`mapFinding`).
 */
import { MapFinding, StudyDesign, type Study } from '../../schemas/study.ts';
import { entryPath } from '../core/urls.ts';

/** Follow-up buckets, shortest first; a study falls in the first whose `maxDays` it does not exceed. */
export const FOLLOW_UP_BUCKETS = [
  { label: 'Session only or not stated', maxDays: 0 },
  { label: 'Days', maxDays: 13 },
  { label: 'Weeks', maxDays: 89 },
  { label: 'Months', maxDays: 364 },
  { label: 'A year or more', maxDays: Infinity },
] as const;

/** Shown for a study whose front matter has no `mapFinding` yet. */
export const UNCLASSIFIED = 'not yet classified';
export type MapCategory = MapFinding | typeof UNCLASSIFIED;
export const MAP_CATEGORIES: readonly MapCategory[] = [...MapFinding.options, UNCLASSIFIED];

export interface MapPoint {
  id: string;
  /** Short label, e.g. "Smith et al. 2020". */
  label: string;
  href: string;
  design: Study['design'];
  /** Row: position of the design in StudyDesign, strongest first. */
  designIndex: number;
  followUp: string;
  /** Null when the study does not state its follow-up. */
  followUpDays: number | null;
  bucket: string;
  /** Column: position of the bucket in FOLLOW_UP_BUCKETS. */
  bucketIndex: number;
  /** Participants in the comparison (nInComparison ?? nEnrolled). */
  participants: number;
  finding: MapCategory;
  /** Rank among the studies sharing this cell (0 for most), so marks do not overlap. */
  stack: number;
  /** Studies in this cell. */
  stackSize: number;
}

export interface MapEntry {
  id: string;
  data: Study;
  label: string;
}

/** The bucket for a follow-up in days; a follow-up that is not stated goes in the first, "not stated" bucket. */
export function followUpBucket(days: number | null): number {
  return days === null ? 0 : FOLLOW_UP_BUCKETS.findIndex((b) => days <= b.maxDays);
}

/** One point per study, ordered by follow-up, then design, then participants (largest first). */
export function evidenceMapPoints(entries: readonly MapEntry[]): MapPoint[] {
  const points = entries
    .map(({ id, data, label }) => {
      const bucketIndex = followUpBucket(data.followUpDays);
      return {
        id,
        label,
        href: entryPath('studies', id),
        design: data.design,
        designIndex: StudyDesign.options.indexOf(data.design),
        followUp: data.followUp,
        followUpDays: data.followUpDays,
        bucket: FOLLOW_UP_BUCKETS[bucketIndex]!.label,
        bucketIndex,
        participants: data.nInComparison ?? data.nEnrolled,
        finding: data.mapFinding ?? UNCLASSIFIED,
        stack: 0,
        stackSize: 1,
      } satisfies MapPoint;
    })
    .sort((a, b) => a.bucketIndex - b.bucketIndex || a.designIndex - b.designIndex || b.participants - a.participants || a.label.localeCompare(b.label));
  const cells = Map.groupBy(points, (p) => `${p.bucketIndex}/${p.designIndex}`);
  for (const cell of cells.values()) cell.forEach((p, i) => Object.assign(p, { stack: i, stackSize: cell.length }));
  return points;
}

/** The designs that appear, in StudyDesign order (the map's rows). */
export function mapDesigns(points: readonly MapPoint[]): Study['design'][] {
  return StudyDesign.options.filter((d) => points.some((p) => p.design === d));
}
