/**
 * PubMed through NCBI E-utilities: esearch (the saved query, JSON, publication-date limits) for
 * the PMIDs, then esummary in batches for each record's title and publication date.
 * https://www.ncbi.nlm.nih.gov/books/NBK25499/
 */
import type { SavedSearch } from '../../schemas/saved-search.ts';
import type { FoundRecord } from '../../schemas/surveillance-run.ts';
import type { HttpClient } from './http.ts';
import { array, count, isObject, malformed, object, optionalText, text } from './json-shape.ts';
import { tooMany, type SearchOutcome } from './search-outcome.ts';

export const EUTILS = 'https://eutils.ncbi.nlm.nih.gov/entrez/eutils';
/** esummary returns at most 500 records per JSON request; smaller batches keep URLs short. */
export const SUMMARY_BATCH = 200;

/** NCBI's identification parameters, from the environment: api_key, and tool/email only when set. */
export function ncbiParams(env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const params: Record<string, string> = {};
  if (env.NCBI_API_KEY) params.api_key = env.NCBI_API_KEY;
  if (env.NCBI_TOOL) params.tool = env.NCBI_TOOL;
  if (env.NCBI_EMAIL) params.email = env.NCBI_EMAIL;
  return params;
}

const url = (tool: string, params: Record<string, string>) => `${EUTILS}/${tool}.fcgi?${new URLSearchParams(params)}`;

/** The esearch request for a saved search run on `date`. */
export function esearchUrl(search: SavedSearch, date: string, env: NodeJS.ProcessEnv = process.env): string {
  const params: Record<string, string> = { db: 'pubmed', term: search.query, retmode: 'json', retmax: String(search.limits.maxRecords) };
  if (search.limits.from) Object.assign(params, { datetype: 'pdat', mindate: search.limits.from.replaceAll('-', '/'), maxdate: date.replaceAll('-', '/') });
  return url('esearch', { ...params, ...ncbiParams(env) });
}

/** The esummary request for a batch of PMIDs. */
export const esummaryUrl = (pmids: readonly string[], env: NodeJS.ProcessEnv = process.env) =>
  url('esummary', { db: 'pubmed', id: pmids.join(','), retmode: 'json', ...ncbiParams(env) });
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** "2024 Mar 15" → "2024-03-15", "2021 Jul-Aug" → "2021-07", "2020 Winter" → "2020"; undefined without a year. */
export function pubmedDate(pubdate: string | undefined): string | undefined {
  const match = /^(\d{4})(?:\s+([A-Za-z]{3})[a-z]*(?:\s+(\d{1,2}))?)?/.exec(pubdate ?? '');
  if (!match) return undefined;
  const month = match[2] ? MONTHS.indexOf(match[2].toLowerCase()) + 1 : 0;
  if (month === 0) return match[1];
  const mm = String(month).padStart(2, '0');
  return match[3] ? `${match[1]}-${mm}-${match[3].padStart(2, '0')}` : `${match[1]}-${mm}`;
}

/** Runs a saved PubMed search on `date` (YYYY-MM-DD, the upper publication-date limit). */
export async function searchPubmed(http: HttpClient, search: SavedSearch, date: string, env: NodeJS.ProcessEnv = process.env): Promise<SearchOutcome> {
  const max = search.limits.maxRecords;
  const { body } = await http.getJson('pubmed', esearchUrl(search, date, env));
  const result = object('pubmed', object('pubmed', body, 'the esearch answer').esearchresult, 'esearchresult');
  if (result.ERROR) throw malformed('pubmed', `esearch reported an error: ${String(result.ERROR)}`);
  const total = count('pubmed', result.count, 'esearchresult.count');
  if (total > max) throw tooMany(search, total);
  const pmids = array('pubmed', result.idlist, 'esearchresult.idlist').map((v, i) => text('pubmed', v, `esearchresult.idlist[${i}]`));
  const records: FoundRecord[] = [];
  for (let start = 0; start < pmids.length; start += SUMMARY_BATCH) {
    const batch = pmids.slice(start, start + SUMMARY_BATCH);
    const summary = await http.getJson('pubmed', esummaryUrl(batch, env));
    const answer = object('pubmed', summary.body, 'the esummary answer');
    if (typeof answer.error === 'string') throw malformed('pubmed', `esummary reported an error: ${answer.error}`);
    const docs = object('pubmed', answer.result, 'result');
    for (const pmid of batch) records.push(toRecord(pmid, docs[pmid]));
  }
  return { result: { search: search.id, source: 'pubmed', query: search.query, count: total, records } };
}

function toRecord(pmid: string, doc: unknown): FoundRecord {
  if (!isObject(doc)) throw malformed('pubmed', `esummary has no record for PMID ${pmid} (result["${pmid}"] is missing)`);
  const title = optionalText(doc.title) ?? `(no summary from PubMed: ${optionalText(doc.error) ?? 'no title'})`;
  const date = pubmedDate(optionalText(doc.pubdate));
  return { id: `pmid:${pmid}`, title, ...(date ? { date } : {}) };
}
