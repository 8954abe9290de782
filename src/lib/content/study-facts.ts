/**
 * The one-line facts a list or a card shows about a study: design, participants
 * and a short follow-up derived from `followUpDays`. The study page keeps the
 * follow-up in the source's own words (`followUp`).
 */

/** A study's front matter (read raw by citation previews, so a missing design or count is left out rather than failing). */
export interface StudyFactsInput {
  design?: string | undefined;
  nEnrolled?: number | undefined;
  /** Null (or missing) when the source does not state the follow-up. */
  followUpDays?: number | null | undefined;
}

const count = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;

/** "follow-up: 8 weeks", "follow-up: session only", "follow-up not stated". */
export function followUpShort(days: number | null | undefined): string {
  if (days === null || days === undefined) return 'follow-up not stated';
  if (days === 0) return 'follow-up: session only';
  if (days < 14 || (days < 90 && days % 7 !== 0)) return `follow-up: ${count(days, 'day')}`;
  if (days < 90) return `follow-up: ${count(days / 7, 'week')}`;
  if (days >= 365 && days % 365 < 31) return `follow-up: ${count(Math.floor(days / 365), 'year')}`;
  return `follow-up: ${count(Math.round(days / 30.44), 'month')}`;
}

/** "Randomized controlled trial · 24 participants · follow-up: 8 weeks". */
export function studyFactsLine({ design, nEnrolled, followUpDays }: StudyFactsInput): string {
  const parts = [
    design && design.charAt(0).toUpperCase() + design.slice(1),
    nEnrolled !== undefined && count(nEnrolled, 'participant'),
    followUpShort(followUpDays),
  ];
  return parts.filter(Boolean).join(' · ');
}

/** What we read of a study, for its facts: "Full text" or "Abstract only". */
export function readingLabel(read: 'full text' | 'abstract'): string {
  return read === 'full text' ? 'Full text' : 'Abstract only';
}
