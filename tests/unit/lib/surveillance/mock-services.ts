/**
 * undici's MockAgent as the global dispatcher, so the clients' real `fetch` calls meet recorded
 * answers (tests/fixtures/surveillance/samples) and no request leaves the machine.
 */
import { readFileSync } from 'node:fs';
import { getGlobalDispatcher, MockAgent, setGlobalDispatcher, type Dispatcher } from 'undici';
import { HttpClient, type HttpOptions } from '../../../../src/lib/surveillance/http.ts';

export const sample = (name: string): unknown => JSON.parse(readFileSync(`tests/fixtures/surveillance/samples/${name}`, 'utf8'));

let previous: Dispatcher | undefined;

export function mockServices(): MockAgent {
  previous = getGlobalDispatcher();
  const agent = new MockAgent();
  agent.disableNetConnect();
  setGlobalDispatcher(agent);
  return agent;
}

export async function restoreServices(agent: MockAgent): Promise<void> {
  await agent.close();
  if (previous) setGlobalDispatcher(previous);
}

/** A client that does not pace requests and records the waits it would make. */
export function testClient(options: HttpOptions = {}): { http: HttpClient; waits: number[] } {
  const waits: number[] = [];
  const http = new HttpClient({
    intervals: { pubmed: 0, clinicaltrials: 0, crossref: 0, openfda: 0 },
    sleep: async (ms) => {
      waits.push(ms);
    },
    ...options,
  });
  return { http, waits };
}

/** Path and query of a URL, as MockAgent matches them. */
export const pathOf = (url: string) => {
  const u = new URL(url);
  return `${u.pathname}${u.search}`;
};
