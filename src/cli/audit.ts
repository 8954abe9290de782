/**
 * `npm run audit`: Lighthouse scores for one page of each type, served from
 * dist/ on a loopback port, in Debian's Chromium (CHROME_PATH). Writes a JSON
 * report and fails if accessibility, best practices or SEO is below 100 on any
 * page. Performance is recorded, not asserted. Build first (`npm run build`).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import lighthouse from 'lighthouse';
import { assertChromium, CHROMIUM, CHROMIUM_FLAGS } from './lib/chromium.ts';
import { ENTRY_COLLECTIONS, firstEntryPath } from './lib/dist-pages.ts';
import { serveDirectory } from './lib/static-server.ts';

/** The pages every site has: the search page, a list page, the reference library and the change log. */
const FIXED_PAGES = { home: '/', search: '/search/', about: '/about/', index: '/studies/', references: '/references/', changes: '/changes/' } as const;

const PAGE_TYPE = { studies: 'study', questions: 'question', claims: 'claim' } as const;

/**
 * One page of each type in `dist`: the fixed pages and the first study, question and claim found there.
 * A collection with no page is left out and named in `missing`, so a new site's audit says why it has fewer pages.
 */
export function auditedPages(dist: string): { pages: Record<string, string>; missing: string[] } {
  const pages: Record<string, string> = { home: FIXED_PAGES.home };
  const missing: string[] = [];
  for (const collection of ENTRY_COLLECTIONS) {
    const path = firstEntryPath(dist, collection);
    const type = PAGE_TYPE[collection];
    if (path) pages[type] = path;
    else missing.push(`${dist}/${collection}/ has no entry page, so no ${type} page is audited`);
  }
  const { home: _home, ...rest } = FIXED_PAGES;
  return { pages: { ...pages, ...rest }, missing };
}

export const ASSERTED_CATEGORIES = ['accessibility', 'best-practices', 'seo'] as const;
const CATEGORIES = ['performance', ...ASSERTED_CATEGORIES];

export interface PageScores {
  type: string;
  path: string;
  /** Category id -> score 0–100. */
  scores: Record<string, number>;
  /** Audits that lost points in an asserted category, for the failure message. */
  failedAudits: string[];
}

export const DEFAULT_REPORT = 'tmp/lighthouse-report.json';

async function startChromium(): Promise<{ port: number; process: ChildProcess; profile: string }> {
  assertChromium();
  const profile = mkdtempSync(join(tmpdir(), 'lighthouse-profile-'));
  const child = spawn(CHROMIUM, [...CHROMIUM_FLAGS, '--headless=new', '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    let seen = '';
    child.stderr!.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(seen);
      if (match) resolve(Number(match[1]));
    });
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`Chromium at ${CHROMIUM} exited (${code}) before listening:\n${seen}`)));
  });
  return { port, process: child, profile };
}

/** Runs Lighthouse (desktop settings, no throttling) on each page under `origin`. */
export async function auditPages(origin: string, pages: Record<string, string>): Promise<PageScores[]> {
  const chrome = await startChromium();
  try {
    const results: PageScores[] = [];
    for (const [type, path] of Object.entries(pages)) {
      const run = await lighthouse(`${origin}${path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: (process.env.LH_LOG as 'info') ?? 'error',
        onlyCategories: CATEGORIES,
        formFactor: 'desktop',
        screenEmulation: { disabled: true },
        throttlingMethod: 'provided',
      });
      if (!run) throw new Error(`Lighthouse returned no result for ${path}`);
      const { categories, audits } = run.lhr;
      const scores = Object.fromEntries(CATEGORIES.map((id) => [id, Math.round((categories[id]?.score ?? 0) * 100)]));
      const failedAudits = ASSERTED_CATEGORIES.flatMap((id) =>
        (categories[id]?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1)
          .map((ref) => `${id}: ${ref.id} (${audits[ref.id]?.title})`),
      );
      results.push({ type, path, scores, failedAudits });
    }
    return results;
  } finally {
    chrome.process.kill();
    await new Promise((resolve) => chrome.process.once('exit', resolve));
    rmSync(chrome.profile, { recursive: true, force: true });
  }
}

/** Pages whose asserted categories are below 100, described for a person. */
export function belowFull(results: PageScores[]): string[] {
  return results.flatMap((r) =>
    ASSERTED_CATEGORIES.filter((id) => r.scores[id] !== 100).map(
      (id) => `${r.path} ${id} ${r.scores[id]}: ${r.failedAudits.filter((a) => a.startsWith(id)).join('; ')}`,
    ),
  );
}

export async function writeAuditReport(dist: string, report: string): Promise<PageScores[]> {
  const { pages, missing } = auditedPages(dist);
  for (const line of missing) console.log(`Note: ${line}.`);
  const server = await serveDirectory(dist);
  try {
    const results = await auditPages(server.origin, pages);
    mkdirSync(dirname(report), { recursive: true });
    writeFileSync(report, `${JSON.stringify({ lighthouse: 13, pages: results }, null, 2)}\n`);
    return results;
  } finally {
    await server.close();
  }
}

if (import.meta.main) {
  const report = process.argv[2] ?? DEFAULT_REPORT;
  const results = await writeAuditReport('dist', report);
  for (const r of results) console.log(`${r.type.padEnd(10)} ${r.path.padEnd(40)} ${CATEGORIES.map((c) => `${c} ${r.scores[c]}`).join('  ')}`);
  console.log(`Report: ${report}`);
  const failures = belowFull(results);
  if (failures.length) {
    console.error(`Below 100:\n${failures.join('\n')}`);
    process.exit(1);
  }
}
