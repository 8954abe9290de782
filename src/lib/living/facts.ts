/**
 * Facts stated once: each name below is a sentence part or a table that the living-evidence data
 * holds, so prose writes `:approved-count` or `::registrations-table` instead of typing a count or a
 * list that could fall out of date. Parts carry their citations as `[@key]`, which the citation
 * pipeline then formats like any other.
 */
import type { LivingData } from './living-data.ts';
import {
  approvalsForCondition,
  countWord,
  formatPartialDate,
  listOf,
  standing,
  statusLabel,
  withStanding,
  type RegistrationStanding,
} from './registry-facts.ts';
import { lastRunOf, searchedUpTo } from './currency.ts';
import { pendingRecords } from './living-data.ts';
import { SEARCH_SOURCE_LABELS } from '../../schemas/saved-search.ts';
import type { Registration } from '../../schemas/registration.ts';
import { EXCLUSION_REASONS } from '../../schemas/screening.ts';
import { REGISTRATIONS_FILE } from './living-files.ts';

/** A fact that cannot be stated as written (e.g. a registration the data does not hold). */
export class FactError extends Error {}

/** A table cell: text, or `{ code }` for text shown exactly as typed (a query), never restyled. */
export type FactCell = string | { code: string };
/** A table as rows of cells, the first row the header. */
export type FactTable = FactCell[][];

const cite = (keys: readonly string[]): string => (keys.length === 0 ? '' : ` [${[...new Set(keys)].map((k) => `@${k}`).join('; ')}]`);

const countOf = (standingWanted: RegistrationStanding) => (data: LivingData, sentence: boolean) =>
  countWord(withStanding(data.registrations, standingWanted).length, sentence);

/** Inline facts: `:name` or `:name{sentence}` (capitalised, to start a sentence). */
export const TEXT_FACTS: Record<string, (data: LivingData, sentence: boolean, attributes: Readonly<Record<string, string>>) => string> = {
  'approved-count': (data, sentence) => countWord(approvalsForCondition(data.approvals).length, sentence),
  'approved-drugs': (data) => {
    const approvals = approvalsForCondition(data.approvals);
    return `${listOf(approvals.map((a) => a.drug))}${cite(approvals.map((a) => a.source))}`;
  },
  'registrations-count': (data, sentence) => countWord(data.registrations.length, sentence),
  'past-due-count': countOf('past due without results'),
  'stopped-count': countOf('stopped without results'),
  'under-way-count': countOf('under way'),
  'past-due-trials': (data) => trialList(withStanding(data.registrations, 'past due without results')),
  'stopped-trials': (data) => trialList(withStanding(data.registrations, 'stopped without results')),
  'last-search': (data) => {
    const date = searchedUpTo(data);
    return date ? formatPartialDate(date) : 'no recorded search';
  },
  'pending-count': (data, sentence) => countWord(pendingRecords(data).length, sentence),
  'trial-status': (data, _sentence, { nct }) => {
    const r = data.registrations.find((x) => x.nct === nct);
    if (!r)
      throw new FactError(nct ? `${nct} is not a registration in ${REGISTRATIONS_FILE}` : 'trial-status needs the registration, e.g. {nct="NCT04436250"}');
    return `${registrationStatusText(r)}${cite([r.key])}`;
  },
  'exclusion-reasons': () => listOf(EXCLUSION_REASONS.map((r) => `"${r}"`)),
};

function trialList(registrations: readonly Registration[]): string {
  return `${listOf(registrations.map((r) => (r.acronym ? `${r.acronym} (${r.nct})` : r.nct)))}${cite(registrations.map((r) => r.key))}`;
}

/** What a registration's status cell says: status, planned end, results, and the day it was checked. */
export function registrationStatusText(r: Registration): string {
  const parts = [statusLabel(r.status)];
  const s = standing(r);
  if (r.start && r.status === 'RECRUITING') parts.push(`started ${formatPartialDate(r.start)}`);
  if (r.plannedEnd) parts.push(`${s === 'past due without results' ? 'planned to end' : 'planned end'} ${formatPartialDate(r.plannedEnd)}`);
  parts.push(r.resultsPosted ? 'results posted' : 'no results posted');
  if (r.lastUpdate) parts.push(`record last updated ${formatPartialDate(r.lastUpdate)}`);
  return `${parts.join('; ')} (checked ${formatPartialDate(r.checked)})`;
}

/** Block facts: `::name` on a line of its own. */
export const TABLE_FACTS: Record<string, (data: LivingData) => FactTable> = {
  'registrations-table': (data) => [
    ['Trial', 'Where', 'Design', 'Status as last checked'],
    ...data.registrations.map((r) => [r.acronym ? `${r.acronym}, ${r.nct}` : r.nct, r.where, r.design, `${registrationStatusText(r)}${cite([r.key])}`]),
  ],
  'approvals-table': (data) => [
    ['Drug', 'Approved for', 'Agency', 'Date'],
    ...[...data.approvals]
      .sort((a, b) => Number(b.forCondition) - Number(a.forCondition) || a.date.localeCompare(b.date))
      .map((a) => [a.brand ? `${a.drug} (${a.brand})` : a.drug, a.indication, a.agency, `${formatPartialDate(a.date)}${cite([a.source])}`]),
  ],
  'saved-searches': (data) => [
    ['Source', 'Query', 'Limits', 'Purpose', 'Last run'],
    ...data.searches.map((s) => [
      SEARCH_SOURCE_LABELS[s.source],
      s.source === 'manual' ? s.query : { code: s.condition ? `query.cond=${s.condition}; query.intr=${s.query}` : s.query },
      s.source === 'manual'
        ? 'as described'
        : [s.limits.from ? `from ${formatPartialDate(s.limits.from)}` : 'no date limit', `at most ${s.limits.maxRecords} records`].join('; '),
      s.purpose,
      lastRunOf(data, s.id) ? formatPartialDate(lastRunOf(data, s.id)!) : 'not yet run',
    ]),
  ],
};

export const FACT_NAMES = [...Object.keys(TEXT_FACTS), ...Object.keys(TABLE_FACTS)];

/** The text an inline fact stands for, from a directive's name and attributes (`sentence` capitalises a count). */
export function textFactOf(name: string, attributes: Readonly<Record<string, string | null | undefined>> | undefined | null, data: LivingData): string {
  const fact = TEXT_FACTS[name];
  if (!fact) throw new FactError(`"${name}" is not an inline fact`);
  const given = Object.fromEntries(Object.entries(attributes ?? {}).map(([k, v]) => [k, v ?? '']));
  return fact(data, 'sentence' in given, given);
}
