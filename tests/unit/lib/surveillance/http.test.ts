import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { MockAgent } from 'undici';
import { HttpClient, minIntervals, retryAfterMs, ServiceError } from '../../../../src/lib/surveillance/http.ts';
import { mockServices, restoreServices, testClient } from './mock-services.ts';

const URL_ = 'https://clinicaltrials.gov/api/v2/studies/NCT99000001';
let agent: MockAgent;
beforeEach(() => {
  agent = mockServices();
});
afterEach(() => restoreServices(agent));

describe('the HTTP layer', () => {
  test('retries after an HTTP 429, waiting as long as Retry-After asks', async () => {
    const pool = agent.get('https://clinicaltrials.gov');
    pool.intercept({ path: '/api/v2/studies/NCT99000001' }).reply(429, 'Too Many Requests', { headers: { 'retry-after': '7' } });
    pool.intercept({ path: '/api/v2/studies/NCT99000001' }).reply(200, { ok: true });
    const { http, waits } = testClient();
    await expect(http.getJson('clinicaltrials', URL_)).resolves.toEqual({ status: 200, body: { ok: true } });
    expect(waits).toEqual([7000]);
    expect(http.sent.clinicaltrials).toBe(2);
  });

  test('backs off exponentially on 5xx and gives up naming the service', async () => {
    agent.get('https://clinicaltrials.gov').intercept({ path: '/api/v2/studies/NCT99000001' }).reply(503, 'down').times(3);
    const { http, waits } = testClient({ attempts: 3, backoffMs: 100 });
    const error = await http.getJson('clinicaltrials', URL_).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServiceError);
    expect((error as Error).message).toMatch(/^ClinicalTrials\.gov could not be reached: HTTP 503 from .*NCT99000001 \(down\), after 3 attempts$/);
    expect(waits).toEqual([100, 200]);
  });

  test('does not retry a 400', async () => {
    agent.get('https://clinicaltrials.gov').intercept({ path: '/api/v2/studies/NCT99000001' }).reply(400, 'bad field');
    const { http } = testClient();
    await expect(http.getJson('clinicaltrials', URL_)).rejects.toThrow('ClinicalTrials.gov could not be reached: HTTP 400');
    expect(http.sent.clinicaltrials).toBe(1);
  });

  test('an unreachable service is an error that names it', async () => {
    agent.get('https://api.crossref.org').intercept({ path: '/works/x' }).replyWithError(new Error('getaddrinfo ENOTFOUND api.crossref.org')).times(2);
    const { http } = testClient({ attempts: 2 });
    await expect(http.getJson('crossref', 'https://api.crossref.org/works/x')).rejects.toThrow(
      /^Crossref could not be reached: fetch failed.*, after 2 attempts$/,
    );
  });

  test('an answer that is not JSON is a malformed answer naming the service', async () => {
    agent.get('https://api.fda.gov').intercept({ path: '/drug/label.json?search=x' }).reply(200, '<html>maintenance</html>');
    const { http } = testClient();
    await expect(http.getJson('openfda', 'https://api.fda.gov/drug/label.json?search=x')).rejects.toThrow(
      'openFDA sent an answer that could not be read: https://api.fda.gov/drug/label.json?search=x did not answer JSON (it began "<html>maintenance</html>")',
    );
  });

  test('spaces requests to one service by its interval', async () => {
    agent.get('https://eutils.ncbi.nlm.nih.gov').intercept({ path: '/a' }).reply(200, {}).times(3);
    const waits: number[] = [];
    const http = new HttpClient({ intervals: { ...minIntervals({}) }, sleep: async (ms) => void waits.push(ms) });
    await Promise.all([1, 2, 3].map(() => http.getJson('pubmed', 'https://eutils.ncbi.nlm.nih.gov/a')));
    expect(waits).toEqual([334, 334, 334]);
  });

  test('NCBI allows 3 requests a second without a key and 10 with NCBI_API_KEY', () => {
    expect(minIntervals({}).pubmed).toBe(334);
    expect(minIntervals({ NCBI_API_KEY: 'k' }).pubmed).toBe(100);
  });

  test('reads Retry-After as seconds or as an HTTP date', () => {
    expect(retryAfterMs('3')).toBe(3000);
    expect(retryAfterMs('Wed, 21 Oct 2015 07:28:10 GMT', Date.parse('Wed, 21 Oct 2015 07:28:00 GMT'))).toBe(10_000);
    expect(retryAfterMs(null)).toBeUndefined();
  });
});
