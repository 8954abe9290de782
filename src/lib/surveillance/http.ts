/**
 * The one HTTP layer of `npm run surveil`: global `fetch` (undici underneath), one polite rate
 * limiter per service, retries with backoff on 429 and 5xx (honouring `Retry-After`), a timeout,
 * and errors that name the service. Every client goes through `HttpClient.getJson`, so a replay
 * (a fetch substitute reading recorded files) exercises exactly the code a live run does.
 */

/** The services surveillance talks to. */
export type Service = 'pubmed' | 'clinicaltrials' | 'crossref' | 'openfda';

/** Reader-facing service names, used in every message. */
export const SERVICE_NAMES: Record<Service, string> = {
  pubmed: 'PubMed (NCBI E-utilities)',
  clinicaltrials: 'ClinicalTrials.gov',
  crossref: 'Crossref',
  openfda: 'openFDA',
};

/** A service could not be reached, answered with an error, or answered something we cannot read. */
export class ServiceError extends Error {
  readonly service: Service;
  readonly kind: 'unreachable' | 'malformed';

  constructor(service: Service, detail: string, kind: 'unreachable' | 'malformed' = 'unreachable') {
    super(`${SERVICE_NAMES[service]} ${kind === 'unreachable' ? 'could not be reached' : 'sent an answer that could not be read'}: ${detail}`);
    this.name = 'ServiceError';
    this.service = service;
    this.kind = kind;
  }
}

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

/**
 * Minimum milliseconds between two requests to one service. NCBI allows 3 requests a second
 * without an API key and 10 with one; the others get a similar, polite pace.
 */
export function minIntervals(env: NodeJS.ProcessEnv = process.env): Record<Service, number> {
  return { pubmed: env.NCBI_API_KEY ? 100 : 334, clinicaltrials: 200, crossref: 200, openfda: 250 };
}

export interface HttpOptions {
  /** The fetch to use; a replay passes a substitute that reads recorded answers. */
  fetch?: FetchLike;
  /** Milliseconds between two requests to one service (0 for none, as in a replay). */
  intervals?: Record<Service, number>;
  /** Attempts per request, the first included. */
  attempts?: number;
  /** Per-attempt timeout in milliseconds. */
  timeoutMs?: number;
  /** First backoff in milliseconds; doubles on each retry unless the service sends Retry-After. */
  backoffMs?: number;
  /** Longest wait we accept from a Retry-After header, in milliseconds. */
  maxRetryAfterMs?: number;
  sleep?: (ms: number) => Promise<void>;
  /** User-Agent sent with every request. */
  userAgent?: string;
}

const RETRIED = new Set([429, 500, 502, 503, 504]);
const wait = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

/** Milliseconds a `Retry-After` header asks for (seconds or an HTTP date), or undefined. */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

export class HttpClient {
  private readonly fetch: FetchLike;
  private readonly intervals: Record<Service, number>;
  private readonly next = new Map<Service, Promise<void>>();
  private readonly options: Required<Omit<HttpOptions, 'fetch' | 'intervals'>>;
  /** Requests sent, by service (for progress and tests). */
  readonly sent: Record<Service, number> = { pubmed: 0, clinicaltrials: 0, crossref: 0, openfda: 0 };

  constructor(options: HttpOptions = {}) {
    this.fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.intervals = options.intervals ?? minIntervals();
    this.options = {
      attempts: options.attempts ?? 4,
      timeoutMs: options.timeoutMs ?? 30_000,
      backoffMs: options.backoffMs ?? 1_000,
      maxRetryAfterMs: options.maxRetryAfterMs ?? 60_000,
      sleep: options.sleep ?? wait,
      userAgent: options.userAgent ?? 'evidence-site-surveillance (npm run surveil)',
    };
  }

  /** Waits for this service's turn: requests to one service are spaced by its interval. */
  private async turn(service: Service): Promise<void> {
    const interval = this.intervals[service];
    const previous = this.next.get(service) ?? Promise.resolve();
    const mine = previous.then(() => (interval > 0 ? this.options.sleep(interval) : undefined));
    this.next.set(service, mine);
    await previous;
  }

  /**
   * GETs a URL and parses its JSON. `acceptStatus` lists statuses, besides 2xx, whose answer the
   * caller reads itself (Crossref's 404 for an unknown DOI); their body is returned as `null` when
   * it is not JSON.
   */
  async getJson(service: Service, url: string, acceptStatus: readonly number[] = []): Promise<{ status: number; body: unknown }> {
    const { attempts, timeoutMs, backoffMs, maxRetryAfterMs, sleep, userAgent } = this.options;
    let problem = '';
    let made = 0;
    for (let attempt = 1; attempt <= attempts; attempt += 1) {
      made = attempt;
      await this.turn(service);
      this.sent[service] += 1;
      let response: Response;
      try {
        response = await this.fetch(url, { headers: { accept: 'application/json', 'user-agent': userAgent }, signal: AbortSignal.timeout(timeoutMs) });
      } catch (error) {
        problem = describe(error, timeoutMs);
        if (attempt < attempts) await sleep(backoffMs * 2 ** (attempt - 1));
        continue;
      }
      const text = await response.text();
      if (response.ok || acceptStatus.includes(response.status)) {
        try {
          return { status: response.status, body: JSON.parse(text) };
        } catch {
          if (!response.ok) return { status: response.status, body: null };
          throw new ServiceError(service, `${url} did not answer JSON (it began "${text.slice(0, 60)}")`, 'malformed');
        }
      }
      problem = `HTTP ${response.status} from ${url}${text ? ` (${text.slice(0, 120).trim()})` : ''}`;
      if (!RETRIED.has(response.status)) break;
      if (attempt < attempts) {
        const asked = retryAfterMs(response.headers.get('retry-after'));
        await sleep(Math.min(asked ?? backoffMs * 2 ** (attempt - 1), maxRetryAfterMs));
      }
    }
    throw new ServiceError(service, made > 1 ? `${problem}, after ${made} attempts` : problem);
  }
}

function describe(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) return `no answer within ${timeoutMs / 1000} s`;
  const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return `${error instanceof Error ? error.message : String(error)}${cause}`;
}
