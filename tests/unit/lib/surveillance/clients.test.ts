import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { MockAgent } from 'undici';
import { SavedSearchSchema } from '../../../../src/schemas/saved-search.ts';
import { registrationStates, searchTrials, studiesUrl } from '../../../../src/lib/surveillance/clinicaltrials.ts';
import { checkDois, normaliseTitle, noticeKind, workUrl } from '../../../../src/lib/surveillance/crossref.ts';
import { labelsUrl, searchLabels } from '../../../../src/lib/surveillance/openfda.ts';
import { esearchUrl, esummaryUrl, pubmedDate, searchPubmed } from '../../../../src/lib/surveillance/pubmed.ts';
import type { Reference } from '../../../../src/lib/core/bibliography/types.ts';
import { mockServices, pathOf, restoreServices, sample, testClient } from './mock-services.ts';

let agent: MockAgent;
beforeEach(() => {
  agent = mockServices();
});
afterEach(() => restoreServices(agent));

const pubmedSearch = SavedSearchSchema.parse({
  id: 'pm',
  source: 'pubmed',
  query: 'ketamine AND fibromyalgia',
  limits: { from: '1990-01-01', maxRecords: 10 },
  purpose: 'A test search of PubMed.',
});
const trialSearch = SavedSearchSchema.parse({
  id: 'ct',
  source: 'clinicaltrials',
  condition: 'fibromyalgia',
  query: 'ketamine',
  purpose: 'A test search of the registry.',
});
const labelSearch = SavedSearchSchema.parse({
  id: 'fda',
  source: 'openfda',
  query: 'indications_and_usage:"fibromyalgia"',
  purpose: 'A test search of drug labels.',
});
const reference = (key: string, DOI: string, title: string): Reference => ({ key, line: 1, csl: { id: key, type: 'article-journal', DOI, title } });

describe('PubMed', () => {
  test('sends the documented esearch parameters, with api_key only when it is set', () => {
    const url = new URL(esearchUrl(pubmedSearch, '2026-12-07', {}));
    expect(Object.fromEntries(url.searchParams)).toEqual({
      db: 'pubmed',
      term: 'ketamine AND fibromyalgia',
      retmode: 'json',
      retmax: '10',
      datetype: 'pdat',
      mindate: '1990/01/01',
      maxdate: '2026/12/07',
    });
    expect(new URL(esearchUrl(pubmedSearch, '2026-12-07', { NCBI_API_KEY: 'k', NCBI_EMAIL: 'me@example.org' })).searchParams.get('api_key')).toBe('k');
  });

  test('turns esearch and esummary answers into pmid records with their publication dates', async () => {
    const pool = agent.get('https://eutils.ncbi.nlm.nih.gov');
    pool.intercept({ path: pathOf(esearchUrl(pubmedSearch, '2026-12-07', {})) }).reply(200, sample('esearch.json') as object);
    pool.intercept({ path: pathOf(esummaryUrl(['90000002', '90000001'], {})) }).reply(200, sample('esummary.json') as object);
    const { result } = await searchPubmed(testClient().http, pubmedSearch, '2026-12-07', {});
    expect(result).toEqual({
      search: 'pm',
      source: 'pubmed',
      query: 'ketamine AND fibromyalgia',
      count: 2,
      records: [
        { id: 'pmid:90000002', title: 'Synthetic record two.', date: '2024-03-15' },
        { id: 'pmid:90000001', title: 'Synthetic record one.', date: '2021-07' },
      ],
    });
  });

  test('fails rather than cut the list when more records match than maxRecords', async () => {
    const many = sample('esearch.json') as { esearchresult: { count: string } };
    many.esearchresult.count = '11';
    agent
      .get('https://eutils.ncbi.nlm.nih.gov')
      .intercept({ path: pathOf(esearchUrl(pubmedSearch, '2026-12-07', {})) })
      .reply(200, many);
    await expect(searchPubmed(testClient().http, pubmedSearch, '2026-12-07', {})).rejects.toThrow(
      'PubMed search "pm" matched 11 records, more than its limits.maxRecords (10)',
    );
  });

  test('a malformed esearch answer names PubMed and the missing field', async () => {
    agent
      .get('https://eutils.ncbi.nlm.nih.gov')
      .intercept({ path: pathOf(esearchUrl(pubmedSearch, '2026-12-07', {})) })
      .reply(200, { header: {} });
    await expect(searchPubmed(testClient().http, pubmedSearch, '2026-12-07', {})).rejects.toThrow(
      'PubMed (NCBI E-utilities) sent an answer that could not be read: expected an object at esearchresult, found nothing',
    );
  });

  test('reads PubMed publication dates', () => {
    expect([pubmedDate('2024 Mar 15'), pubmedDate('2021 Jul-Aug'), pubmedDate('2020 Winter'), pubmedDate('(unknown)')]).toEqual([
      '2024-03-15',
      '2021-07',
      '2020',
      undefined,
    ]);
  });
});

describe('ClinicalTrials.gov', () => {
  test('follows nextPageToken and fetches a listed registration the search did not return', async () => {
    const pool = agent.get('https://clinicaltrials.gov');
    pool.intercept({ path: pathOf(studiesUrl(trialSearch)) }).reply(200, sample('ctgov-studies.json') as object);
    pool.intercept({ path: pathOf(studiesUrl(trialSearch, 'NF0g5JGBlPMuwQY')) }).reply(200, sample('ctgov-studies-page2.json') as object);
    const { http } = testClient();
    const { result, studies } = await searchTrials(http, trialSearch);
    expect(result.count).toBe(2);
    expect(result.records).toEqual([
      { id: 'nct:NCT99000001', title: 'Synthetic trial one', date: '2021-08-19' },
      { id: 'nct:NCT99000002', title: 'Synthetic trial two', date: '2024-02-01' },
    ]);
    const study = (sample('ctgov-studies-page2.json') as { studies: object[] }).studies[0]!;
    pool.intercept({ path: '/api/v2/studies/NCT99000003' }).reply(200, JSON.parse(JSON.stringify(study).replace('NCT99000002', 'NCT99000003')));
    const states = await registrationStates(http, ['NCT99000001', 'NCT99000003'], studies!);
    expect(states).toEqual([
      { nct: 'NCT99000001', status: 'COMPLETED', start: '2021-10-18', plannedEnd: '2023-11-24', resultsPosted: false, lastUpdate: '2024-02-23' },
      { nct: 'NCT99000003', status: 'RECRUITING', start: '2024-01', plannedEnd: '2027-12', resultsPosted: false, lastUpdate: '2025-07-15' },
    ]);
    expect(http.sent.clinicaltrials).toBe(3);
  });

  test('a study without its protocol section is a malformed answer naming ClinicalTrials.gov', async () => {
    agent.get('https://clinicaltrials.gov').intercept({ path: '/api/v2/studies/NCT99000004' }).reply(200, { hasResults: false });
    await expect(registrationStates(testClient().http, ['NCT99000004'], new Map())).rejects.toThrow(
      'ClinicalTrials.gov sent an answer that could not be read: expected an object at the study NCT99000004.protocolSection, found nothing',
    );
  });
});

describe('Crossref', () => {
  test('reports a retraction and a correction from updated-by, once each', async () => {
    agent
      .get('https://api.crossref.org')
      .intercept({ path: pathOf(workUrl('10.5555/fixture.retracted')) })
      .reply(200, sample('crossref-retracted.json') as object);
    const check = await checkDois(testClient().http, [reference('fixture2010', '10.5555/fixture.retracted', 'A synthetic cited study')]);
    expect(check.notices).toEqual([
      { key: 'fixture2010', doi: '10.5555/fixture.retracted', kind: 'correction', noticeDoi: '10.5555/fixture.correction', date: '2004-03-06' },
      { key: 'fixture2010', doi: '10.5555/fixture.retracted', kind: 'retraction', noticeDoi: '10.5555/fixture.retraction', date: '2010-02-06' },
    ]);
    expect(check.identifierProblems).toEqual([
      { key: 'fixture2010', id: 'doi:10.5555/fixture.retracted', problem: 'title differs', found: 'RETRACTED: A synthetic cited study' },
    ]);
  });

  test("reads Crossref's own test record: a corrigendum in place (update-to) and a retraction notice (updated-by)", async () => {
    agent
      .get('https://api.crossref.org')
      .intercept({ path: pathOf(workUrl('10.5555/12345678', 'me@example.org')) })
      .reply(200, sample('crossref-test-doi.json') as object);
    const title = 'Toward a unified theory of high-energy metaphysics: {S}illy {S}tring theory';
    const check = await checkDois(testClient().http, [reference('carberry2008toward', '10.5555/12345678', title)], 'me@example.org');
    expect(check.notices).toEqual([
      { key: 'carberry2008toward', doi: '10.5555/12345678', kind: 'correction', date: '2018-01-01' },
      { key: 'carberry2008toward', doi: '10.5555/12345678', kind: 'retraction', noticeDoi: '10.5555/24242424x', date: '2009-09-14' },
    ]);
    expect(check.identifierProblems).toEqual([]);
  });

  test('a DOI Crossref answers 404 for is "not found"', async () => {
    agent
      .get('https://api.crossref.org')
      .intercept({ path: pathOf(workUrl('10.5555/missing')) })
      .reply(404, 'Resource not found.');
    const check = await checkDois(testClient().http, [reference('gone2020', '10.5555/missing', 'Gone')]);
    expect(check).toEqual({ notices: [], identifierProblems: [{ key: 'gone2020', id: 'doi:10.5555/missing', problem: 'not found' }] });
  });

  test('maps update types and normalises titles', () => {
    expect(['retraction', 'partial_retraction', 'corrigendum', 'erratum', 'expression_of_concern', 'withdrawal', 'new_version'].map(noticeKind)).toEqual([
      'retraction',
      'retraction',
      'correction',
      'correction',
      'expression of concern',
      'withdrawal',
      'other',
    ]);
    expect(normaliseTitle('Low-dose {S}-ketamine in \\emph{fibromyalgia}: a <i>trial</i>.')).toBe(
      normaliseTitle('Low dose S-Ketamine in Fibromyalgia: A Trial'),
    );
  });
});

describe('openFDA', () => {
  test('keeps one approval per generic name and application, with its newest label date', async () => {
    agent
      .get('https://api.fda.gov')
      .intercept({ path: pathOf(labelsUrl(labelSearch, 0)) })
      .reply(200, sample('openfda-labels.json') as object);
    const { result, approvals } = await searchLabels(testClient().http, labelSearch);
    expect(result.count).toBe(3);
    expect(result.records).toEqual([
      { id: 'fda:NDA990001', title: 'SYNTHETICA (syntheticine)', date: '2025-03-21' },
      { id: 'fda:ANDA990002', title: 'PREGABALIN (pregabalin)', date: '2023-06-15' },
    ]);
    expect(approvals).toEqual([
      { drug: 'pregabalin', brand: 'PREGABALIN', application: 'ANDA990002', labelDate: '2023-06-15' },
      { drug: 'syntheticine', brand: 'SYNTHETICA', application: 'NDA990001', labelDate: '2025-03-21' },
    ]);
  });

  test('a search with no match (404 NOT_FOUND) finds nothing rather than failing', async () => {
    agent
      .get('https://api.fda.gov')
      .intercept({ path: pathOf(labelsUrl(labelSearch, 0)) })
      .reply(404, sample('openfda-not-found.json') as object);
    const { result, approvals } = await searchLabels(testClient().http, labelSearch);
    expect(result).toMatchObject({ count: 0, records: [] });
    expect(approvals).toEqual([]);
  });
});
