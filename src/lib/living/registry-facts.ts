/**
 * What the registrations and approvals say, derived once: which registered trials are past their
 * planned end without results, which stopped, which run on; which drugs are approved for the
 * condition. Everything is relative to the day each record was checked, never to the day of the build.
 */
import type { Registration } from '../../schemas/registration.ts';
import type { Approval } from '../../schemas/approval.ts';
import type { TrialStatus } from '../../schemas/surveillance-run.ts';

/** Statuses of a trial that stopped early or never started. */
const STOPPED: ReadonlySet<TrialStatus> = new Set(['TERMINATED', 'WITHDRAWN', 'SUSPENDED']);

const STATUS_LABELS: Record<TrialStatus, string> = {
  NOT_YET_RECRUITING: 'Not yet recruiting',
  RECRUITING: 'Recruiting',
  ENROLLING_BY_INVITATION: 'Enrolling by invitation',
  ACTIVE_NOT_RECRUITING: 'Active, not recruiting',
  SUSPENDED: 'Suspended',
  TERMINATED: 'Terminated',
  COMPLETED: 'Completed',
  WITHDRAWN: 'Withdrawn',
  UNKNOWN: 'Unknown status',
};

export const statusLabel = (status: TrialStatus): string => STATUS_LABELS[status];

export type RegistrationStanding = 'results posted' | 'stopped without results' | 'past due without results' | 'under way';

/** Where a registration stands on the day it was checked. */
export function standing(r: Registration): RegistrationStanding {
  if (r.resultsPosted) return 'results posted';
  if (STOPPED.has(r.status)) return 'stopped without results';
  if (r.plannedEnd !== undefined && endOf(r.plannedEnd) < r.checked) return 'past due without results';
  return 'under way';
}

/** The last day a partial date can mean: "2022-09" ends on 2022-09-30, "2025" on 2025-12-31. */
export function endOf(date: string): string {
  if (date.length === 10) return date;
  if (date.length === 4) return `${date}-12-31`;
  const [y, m] = date.split('-').map(Number);
  const last = new Date(Date.UTC(y!, m!, 0)).getUTCDate();
  return `${date}-${String(last).padStart(2, '0')}`;
}

export const withStanding = (registrations: readonly Registration[], wanted: RegistrationStanding): Registration[] =>
  registrations.filter((r) => standing(r) === wanted);

/** Approvals for the site's condition, oldest first. */
export const approvalsForCondition = (approvals: readonly Approval[]): Approval[] =>
  approvals.filter((a) => a.forCondition).sort((a, b) => a.date.localeCompare(b.date) || a.drug.localeCompare(b.drug));

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2022-09-30" → "30 September 2022", "2022-09" → "September 2022", "2022" → "2022". */
export function formatPartialDate(date: string): string {
  const [y, m, d] = date.split('-');
  if (!m) return y!;
  const month = MONTHS[Number(m) - 1]!;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

const WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** A count as a word up to twelve, as digits beyond; `sentence` capitalises it for the start of a sentence. */
export function countWord(n: number, sentence = false): string {
  const word = n < WORDS.length ? WORDS[n]! : String(n);
  return sentence ? word[0]!.toUpperCase() + word.slice(1) : word;
}

/** "a", "a and b", "a, b and c". */
export function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
