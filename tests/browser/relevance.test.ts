/**
 * The relevance evaluation of bench/search-queries.json (npm run bench:search)
 * must not fall below its floors: 75 reader queries typed into the built
 * search page, scored on the results it shows. Raise the floors when search
 * gets better; lower them only with a reason in the commit message.
 */
import { expect, test } from 'vitest';
import { evaluate, report, summary } from '../../bench/lib/relevance.ts';

const FLOOR = { top1: 0.7, top3: 0.82, mrr: 0.77 };

test('search relevance stays at or above its floor (top-1, top-3, MRR)', async () => {
  const { outcomes, score, console: logged, foreignRequests } = await evaluate();
  const detail = `${summary(score)}\n${report(outcomes)}`;
  expect(score.top1, detail).toBeGreaterThanOrEqual(FLOOR.top1);
  expect(score.top3, detail).toBeGreaterThanOrEqual(FLOOR.top3);
  expect(score.mrr, detail).toBeGreaterThanOrEqual(FLOOR.mrr);
  expect(logged).toEqual([]);
  expect(foreignRequests).toEqual([]);
}, 180_000);

test('natural-language questions find their answering page in the first three results', async () => {
  const questions = [
    'does ketamine help fibromyalgia long term',
    'how long does the pain relief last',
    'is ketamine safe',
    'what are the side effects of ketamine',
    'is ketamine approved for fibromyalgia',
  ];
  const { outcomes } = await evaluate((await import('../../bench/lib/relevance.ts')).loadQueries().filter((q) => questions.includes(q.query)));
  expect(outcomes).toHaveLength(questions.length);
  for (const o of outcomes) expect(o.rank, `${o.query}: ${o.shown.slice(0, 3).join(', ')}`).toBeLessThanOrEqual(3);
}, 60_000);
