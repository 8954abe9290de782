/**
 * ClinicalTrials.gov API v2: the saved search (`query.cond`, `query.intr`, pages of `pageSize`
 * followed by `pageToken`, `countTotal=true`), and the registry state of every registration the
 * site lists, read from the study record (`/api/v2/studies/{nct}` when the search did not return it).
 * https://clinicaltrials.gov/data-api/api
 */
import type { SavedSearch } from '../../schemas/saved-search.ts';
import { TrialStatus, type FoundRecord, type RegistrationState } from '../../schemas/surveillance-run.ts';
import type { HttpClient } from './http.ts';
import { array, count, isObject, malformed, object, optionalText, text } from './json-shape.ts';
import { tooMany, type SearchOutcome } from './search-outcome.ts';

export const CTGOV = 'https://clinicaltrials.gov/api/v2/studies';
/** Studies per page (the API allows up to 1,000). */
export const PAGE_SIZE = 100;

/** One page of a saved search; `token` is the previous page's `nextPageToken`. */
export function studiesUrl(search: SavedSearch, token?: string): string {
  const params: Record<string, string> = {};
  if (search.condition) params['query.cond'] = search.condition;
  params['query.intr'] = search.query;
  if (search.limits.from) params['query.term'] = `AREA[StudyFirstPostDate]RANGE[${search.limits.from},MAX]`;
  Object.assign(params, { countTotal: 'true', pageSize: String(Math.min(PAGE_SIZE, search.limits.maxRecords)) }, token ? { pageToken: token } : {});
  return `${CTGOV}?${new URLSearchParams(params)}`;
}

/** One study record. */
export const studyUrl = (nct: string) => `${CTGOV}/${encodeURIComponent(nct)}`;

/** Runs a saved ClinicalTrials.gov search, following every page. */
export async function searchTrials(http: HttpClient, search: SavedSearch): Promise<SearchOutcome> {
  const studies = new Map<string, unknown>();
  const records: FoundRecord[] = [];
  let total: number | undefined;
  let token: string | undefined;
  do {
    const page = object('clinicaltrials', (await http.getJson('clinicaltrials', studiesUrl(search, token))).body, 'the studies answer');
    if (total === undefined) {
      total = count('clinicaltrials', page.totalCount, 'totalCount');
      if (total > search.limits.maxRecords) throw tooMany(search, total);
    }
    array('clinicaltrials', page.studies, 'studies').forEach((study, i) => {
      const nct = nctOf(study, `studies[${i}]`);
      if (studies.has(nct)) return;
      studies.set(nct, study);
      records.push(toRecord(nct, study, `studies[${i}]`));
    });
    token = optionalText(page.nextPageToken);
  } while (token);
  return { result: { search: search.id, source: 'clinicaltrials', query: search.query, count: total ?? 0, records }, studies };
}

/** The registry state of each NCT number, from `known` studies or fetched one by one. */
export async function registrationStates(http: HttpClient, ncts: readonly string[], known: ReadonlyMap<string, unknown>): Promise<RegistrationState[]> {
  const states: RegistrationState[] = [];
  for (const nct of ncts) {
    const study = known.get(nct) ?? (await http.getJson('clinicaltrials', studyUrl(nct))).body;
    const found = nctOf(study, `the study ${nct}`);
    if (found !== nct) throw malformed('clinicaltrials', `asked for ${nct}, received ${found}`);
    states.push(stateOf(nct, study));
  }
  return states;
}

function protocol(study: unknown, where: string) {
  const section = object('clinicaltrials', object('clinicaltrials', study, where).protocolSection, `${where}.protocolSection`);
  return {
    identification: object('clinicaltrials', section.identificationModule, `${where}.protocolSection.identificationModule`),
    status: object('clinicaltrials', section.statusModule, `${where}.protocolSection.statusModule`),
  };
}

const nctOf = (study: unknown, where: string) =>
  text('clinicaltrials', protocol(study, where).identification.nctId, `${where}.protocolSection.identificationModule.nctId`);
const dateIn = (struct: unknown): string | undefined => (isObject(struct) ? optionalText(struct.date) : undefined);

function toRecord(nct: string, study: unknown, where: string): FoundRecord {
  const { identification, status } = protocol(study, where);
  const title = optionalText(identification.briefTitle) ?? optionalText(identification.officialTitle) ?? nct;
  const date = dateIn(status.studyFirstPostDateStruct);
  return { id: `nct:${nct}`, title, ...(date ? { date } : {}) };
}

/** One registration's state: overall status, start, completion, last update and whether results are posted. */
export function stateOf(nct: string, study: unknown): RegistrationState {
  const where = `the study ${nct}`;
  const { status } = protocol(study, where);
  const overall = TrialStatus.safeParse(status.overallStatus);
  if (!overall.success)
    throw malformed('clinicaltrials', `${where} has overallStatus ${JSON.stringify(status.overallStatus)}, not one of ${TrialStatus.options.join(', ')}`);
  const hasResults = (study as Record<string, unknown>).hasResults;
  if (typeof hasResults !== 'boolean') throw malformed('clinicaltrials', `${where} has no hasResults true/false`);
  const start = dateIn(status.startDateStruct);
  const plannedEnd = dateIn(status.completionDateStruct);
  const lastUpdate = dateIn(status.lastUpdatePostDateStruct);
  return {
    nct,
    status: overall.data,
    ...(start ? { start } : {}),
    ...(plannedEnd ? { plannedEnd } : {}),
    resultsPosted: hasResults,
    ...(lastUpdate ? { lastUpdate } : {}),
  };
}
