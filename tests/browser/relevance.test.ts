/**
 * The relevance evaluation of bench/search-queries.json (npm run bench:search)
 * must not fall below its floors: 208 reader queries (75 written after the
 * pages' phrasings; then five passes written without reading them: 40, 15
 * long questions, 30, 24 and 24) typed into the built search page, scored on the
 * results it shows. Raise the floors when search gets better; lower them only
 * with a reason in the commit message.
 */
import { beforeAll, expect, test } from 'vitest';
import { evaluate, report, score, summary } from '../../bench/lib/relevance.ts';

/** 2026-12-07, the 115 queries of the first two passes: top-1 0.80, top-3 0.92, MRR 0.87 (0.76, 0.86, 0.82 before this session's changes). */
const FLOOR = { top1: 0.77, top3: 0.89, mrr: 0.85 };
/** The first two passes (no `set`, and the first held-out set); the later passes are scored in the report and by kind, not in FLOOR. */
const FIRST_PASSES = [undefined, 'held-out-2026-12-07'];
/** Every query, all passes: MRR 0.85 on 2026-12-07 (0.75 before this session's changes). */
const ALL_FLOOR = 0.83;
/** No kind of query (question, fragment, misspelling, identifier, name, site, long question) below this MRR: 0.71 to 1.00 on 2026-12-07. */
const KIND_FLOOR = 0.7;
/** Questions about the site itself (who runs it, how studies are chosen, the data): all answered first on 2026-12-07. */
const SITE_FLOOR = 0.9;

/** Natural-language questions whose answering page must be in the first three results. */
const QUESTIONS = [
  'does ketamine help fibromyalgia long term',
  'how long does the pain relief last',
  'is ketamine safe',
  'what are the side effects of ketamine',
  'is ketamine approved for fibromyalgia',
];

let run: Awaited<ReturnType<typeof evaluate>>;
/** One evaluation of every query; both tests read its outcomes. */
beforeAll(async () => {
  run = await evaluate();
}, 420_000);

test('search relevance stays at or above its floor (top-1, top-3, MRR)', () => {
  const { console: logged, foreignRequests } = run;
  const outcomes = run.outcomes.filter((o) => FIRST_PASSES.includes(o.set));
  expect(outcomes.length).toBe(115);
  const first = score(outcomes);
  const detail = `${summary(first)}\n${report(outcomes)}`;
  expect(first.top1, detail).toBeGreaterThanOrEqual(FLOOR.top1);
  expect(first.top3, detail).toBeGreaterThanOrEqual(FLOOR.top3);
  expect(first.mrr, detail).toBeGreaterThanOrEqual(FLOOR.mrr);
  expect(logged).toEqual([]);
  expect(foreignRequests).toEqual([]);
});

test('questions about the site itself find the page that answers them', () => {
  const site = run.outcomes.filter((o) => o.kind === 'site');
  expect(site.length, 'bench/search-queries.json has no query of kind "site"').toBeGreaterThan(0);
  expect(score(site).mrr, report(site)).toBeGreaterThanOrEqual(SITE_FLOOR);
});

test('every pass together stays at or above its floor, and no kind of query falls below its own', () => {
  expect(score(run.outcomes).mrr, report(run.outcomes)).toBeGreaterThanOrEqual(ALL_FLOOR);
  const kinds = [...new Set(run.outcomes.map((o) => o.kind))];
  expect(kinds).toContain('long-question');
  expect(kinds).toContain('misspelling');
  const below = kinds
    .map((kind) => ({ kind, mrr: score(run.outcomes.filter((o) => o.kind === kind)).mrr }))
    .filter(({ mrr }) => mrr < KIND_FLOOR)
    .map(({ kind, mrr }) => `${kind}: MRR ${mrr.toFixed(2)}`);
  expect(below, report(run.outcomes)).toEqual([]);
});

test('natural-language questions find their answering page in the first three results', () => {
  const asked = run.outcomes.filter((o) => QUESTIONS.includes(o.query));
  expect(asked.map((o) => o.query).sort()).toEqual([...QUESTIONS].sort());
  const missed = asked.filter((o) => o.rank === undefined || o.rank > 3).map((o) => `${o.query}: ${o.shown.slice(0, 3).join(', ')}`);
  expect(missed).toEqual([]);
});
