/**
 * The relevance evaluation of bench/search-queries.json (npm run bench:search)
 * must not fall below its floors: 130 reader queries (75 written after the
 * pages' phrasings; 40, then 15 long questions, held out: written without
 * reading them) typed into the built search page, scored on the results it shows. Raise the floors when search
 * gets better; lower them only with a reason in the commit message.
 */
import { beforeAll, expect, test } from 'vitest';
import { evaluate, report, score, summary } from '../../bench/lib/relevance.ts';

/** 2026-12-07, the 115 queries of the first two passes: top-1 0.76, top-3 0.86, MRR 0.82; first held-out pass alone: MRR 0.80. */
const FLOOR = { top1: 0.72, top3: 0.84, mrr: 0.8 };
/** The pass of 15 long questions written later; scored with the others in the report, not in FLOOR. */
const LATER_PASS = 'held-out-2026-12-07b';
/** Long patient-style questions (all passes): MRR 0.60 on 2026-12-07 (0.48 before long questions could ask a phrasing with words of their own). */
const LONG_QUESTION_FLOOR = 0.57;
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
}, 180_000);

test('search relevance stays at or above its floor (top-1, top-3, MRR)', () => {
  const { console: logged, foreignRequests } = run;
  const outcomes = run.outcomes.filter((o) => o.set !== LATER_PASS);
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

test('long patient-style questions stay at or above their floor', () => {
  const long = run.outcomes.filter((o) => o.kind === 'long-question');
  expect(long.length, 'bench/search-queries.json has no query of kind "long-question"').toBeGreaterThan(0);
  expect(score(long).mrr, report(long)).toBeGreaterThanOrEqual(LONG_QUESTION_FLOOR);
});

test('natural-language questions find their answering page in the first three results', () => {
  const asked = run.outcomes.filter((o) => QUESTIONS.includes(o.query));
  expect(asked.map((o) => o.query).sort()).toEqual([...QUESTIONS].sort());
  const missed = asked.filter((o) => o.rank === undefined || o.rank > 3).map((o) => `${o.query}: ${o.shown.slice(0, 3).join(', ')}`);
  expect(missed).toEqual([]);
});
