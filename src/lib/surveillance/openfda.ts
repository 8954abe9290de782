/**
 * openFDA drug labels (`/drug/label.json?search=…&limit=…&skip=…`): every label the saved query
 * matches, reduced to one approval per generic name and application number. openFDA answers a
 * search with no match with a 404 whose error code is NOT_FOUND. https://open.fda.gov/apis/drug/label/
 */
import type { SavedSearch } from '../../schemas/saved-search.ts';
import type { FoundRecord } from '../../schemas/surveillance-run.ts';
import type { HttpClient } from './http.ts';
import { array, count, isObject, malformed, object, optionalText } from './json-shape.ts';
import { tooMany, type ApprovalState, type SearchOutcome } from './search-outcome.ts';

export const OPENFDA_LABELS = 'https://api.fda.gov/drug/label.json';
/** Labels per request (openFDA allows up to 1,000). */
export const LABEL_PAGE = 100;

const first = (value: unknown): string | undefined => (Array.isArray(value) ? optionalText(value[0]) : undefined);

/** "20250321" → "2025-03-21". */
export const labelDate = (value: string | undefined) =>
  value && /^\d{8}$/.test(value) ? `${value.slice(0, 4)}-${value.slice(4, 6)}-${value.slice(6)}` : undefined;

/** One page of labels, from `skip`. */
export const labelsUrl = (search: SavedSearch, skip: number) =>
  `${OPENFDA_LABELS}?${new URLSearchParams({ search: search.query, limit: String(LABEL_PAGE), skip: String(skip) })}`;

/** Runs a saved openFDA label search, following `skip` until every matching label is read. */
export async function searchLabels(http: HttpClient, search: SavedSearch): Promise<SearchOutcome> {
  const approvals = new Map<string, ApprovalState>();
  const records = new Map<string, FoundRecord>();
  let total = 0;
  for (let skip = 0; skip === 0 || skip < total; skip += LABEL_PAGE) {
    const { status, body } = await http.getJson('openfda', labelsUrl(search, skip), [404]);
    if (status === 404) {
      const error = isObject(body) && isObject(body.error) ? body.error : undefined;
      if (error?.code === 'NOT_FOUND' && skip === 0) break;
      throw malformed('openfda', `HTTP 404 for ${search.id}${error ? ` (${String(error.message)})` : ''}`);
    }
    const page = object('openfda', body, 'the label answer');
    if (skip === 0) {
      total = count('openfda', object('openfda', object('openfda', page.meta, 'meta').results, 'meta.results').total, 'meta.results.total');
      if (total > search.limits.maxRecords) throw tooMany(search, total);
    }
    const labels = array('openfda', page.results, 'results');
    if (labels.length === 0) break;
    labels.forEach((label, i) => addLabel(object('openfda', label, `results[${i}]`), approvals, records));
  }
  return {
    result: { search: search.id, source: 'openfda', query: search.query, count: total, records: [...records.values()] },
    approvals: [...approvals.values()].sort((a, b) => a.drug.localeCompare(b.drug) || (a.application ?? '').localeCompare(b.application ?? '')),
  };
}

function addLabel(label: Record<string, unknown>, approvals: Map<string, ApprovalState>, records: Map<string, FoundRecord>): void {
  const fda = isObject(label.openfda) ? label.openfda : {};
  const generic = first(fda.generic_name)?.toLowerCase();
  if (!generic) return;
  const brand = first(fda.brand_name);
  const application = first(fda.application_number);
  const date = labelDate(optionalText(label.effective_time));
  const key = `${generic}|${application ?? ''}`;
  const known = approvals.get(key);
  if (!known || (date && (!known.labelDate || date > known.labelDate))) {
    approvals.set(key, { drug: generic, ...(brand ? { brand } : {}), ...(application ? { application } : {}), ...(date ? { labelDate: date } : {}) });
  }
  if (application && /^[A-Z]+\d+$/.test(application)) {
    const id = `fda:${application}`;
    const record = records.get(id);
    if (!record || (date && (!record.date || date > record.date)))
      records.set(id, { id, title: brand ? `${brand} (${generic})` : generic, ...(date ? { date } : {}) });
  }
}
