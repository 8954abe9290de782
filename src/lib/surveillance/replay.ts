/**
 * Recorded answers for `npm run surveil -- --replay DIR`. A replay is a fetch substitute: the
 * clients, the HTTP layer and its retries run exactly as live, only the answers come from files.
 *
 * Layout: one JSON file per request, `DIR/<host>/<slug>.json`, where the slug is the URL's path and
 * its query parameters sorted by name, with credentials (api_key, tool, email, mailto) left out and
 * every character other than letters, digits, ".", "_" and "-" turned into "_"; a slug longer than
 * 150 characters keeps its first 100 and adds a hash of the whole. `replayFile(url)` computes it.
 * Each file holds `{ "url": …, "status": 200, "headers": {…}, "body": <the JSON answer> }`;
 * `status` and `headers` are optional (200, none), and `body` may be a string for a non-JSON answer.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FetchLike } from './http.ts';

/** Query parameters that identify the caller, not the question, and never go into a file name. */
export const CREDENTIAL_PARAMS = new Set(['api_key', 'tool', 'email', 'mailto']);

/** A recorded answer as stored in a replay file. */
export interface RecordedAnswer {
  url: string;
  status?: number;
  headers?: Record<string, string>;
  body: unknown;
}

/** The file (relative to the replay directory) that holds the answer to `url`. */
export function replayFile(url: string): string {
  const parsed = new URL(url);
  const params = [...parsed.searchParams.entries()].filter(([name]) => !CREDENTIAL_PARAMS.has(name)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const readable = `${decodeURIComponent(parsed.pathname)}${params.length ? '?' : ''}${params.map(([k, v]) => `${k}=${v}`).join('&')}`;
  let slug = readable.replace(/^\/+/, '').replace(/[^A-Za-z0-9._-]/g, '_');
  if (slug.length > 150) slug = `${slug.slice(0, 100)}-${createHash('sha256').update(readable).digest('hex').slice(0, 16)}`;
  return join(parsed.host, `${slug}.json`);
}

/** The answer a replay file holds, as the Response a live service would have sent. */
export function recordedResponse(answer: RecordedAnswer): Response {
  const text = typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body);
  return new Response(text, { status: answer.status ?? 200, headers: { 'content-type': 'application/json', ...answer.headers } });
}

/**
 * A fetch that answers from `dir`. A request with no recorded answer fails like an unreachable
 * service, naming the file it looked for, so the run stops and writes nothing.
 */
export function replayFetch(dir: string): FetchLike {
  return async (input) => {
    const file = join(dir, replayFile(input));
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch {
      throw new TypeError('fetch failed', { cause: new Error(`no recorded answer in ${file}`) });
    }
    return recordedResponse(JSON.parse(text) as RecordedAnswer);
  };
}
