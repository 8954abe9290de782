/**
 * Golden tests of this site's own facts: the few corrections from the
 * 2026-11-28 fact-check that a rule cannot hold. They name today's content on
 * purpose and are kept here, in one place; a fork replaces or deletes this file.
 */
import { readFileSync } from 'node:fs';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { parse } from 'yaml';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, test } from 'vitest';
import { builtPages } from '../helpers/dist.ts';

const pages = builtPages();

describe('golden facts (fact-check of 2026-11-28)', () => {
  test('the second Noppers count is timed as the abstract gives it, t = 180 min, 3 hours from the start of the infusion', () => {
    const { frontmatter } = parseFrontmatter(readFileSync('src/content/studies/noppers2011absence.md', 'utf8'));
    const result = (frontmatter.results as { id: string; measure: string; hoursAfterDose: number }[]).find((r) => r.id === 'responders-180-min')!;
    expect(result.hoursAfterDose).toBe(3);
    expect(result.measure).toContain('t = 180 min');
    // Change logs describe the old wording on purpose, so they are left out, on every page of their lists.
    for (const page of pages.filter((p) => !/^\/(changes|corrections)\//.test(p.url))) {
      const text = toString(select('main', page.tree) ?? page.tree).replace(toString(select('#versions', page.tree) ?? { type: 'root', children: [] }), '');
      expect(text, page.url).not.toMatch(/180 minutes after|three hours after the infusion/);
    }
  });

  test('the home page does not say short-term relief is shown', () => {
    const home = toString(select('main', pages.find((p) => p.url === '/')!.tree)!);
    expect(home).not.toContain('Short-term relief, yes');
    expect(home).toContain('possibly, briefly');
  });

  test('no claim is attributed to the 2016 op-ed', () => {
    for (const page of pages.filter((p) => p.url.startsWith('/claims/') && p.url !== '/claims/')) {
      expect(toString(select('.claim-source', page.tree)!), page.url).not.toContain('National Pain Report');
    }
  });

  test('the central trial shows its counts: 8 of 12 against 3 of 12 at 15 minutes, and a time course of 4 points per arm', () => {
    const noppers = pages.find((p) => p.url === '/studies/noppers2011absence/')!;
    expect(
      selectAll('td', select('tr#responders-15-min', noppers.tree)!)
        .slice(0, 3)
        .map((td) => toString(td)),
    ).toEqual(['8/12', '3/12', 'P<0.05']);
    expect(selectAll('svg[data-chart="time-course"] [data-value]', noppers.tree)).toHaveLength(8);
  });

  test('the test-dose study shows 13 of 34 positive tests as icons', () => {
    const svg = select(
      'svg[data-chart="icon-array"][data-result="ketamine-test-positive"]',
      pages.find((p) => p.url === '/studies/cohen2006intravenous/')!.tree,
    )!;
    expect(selectAll('g[data-filled="yes"] > circle', svg)).toHaveLength(13);
    expect(selectAll('g[data-filled] > circle', svg)).toHaveLength(34);
  });
});

describe('golden facts (fact-check of 2026-12-07)', () => {
  const text = (url: string) => toString(select('main', pages.find((p) => p.url === url)!.tree)!);

  test('more diagnosed patients is partly supported, from both UK trend studies', () => {
    const { frontmatter } = parseFrontmatter(readFileSync('src/content/claims/more-patients-with-fibromyalgia.md', 'utf8'));
    expect(frontmatter.verdict).toBe('partly supported');
    expect(text('/claims/more-patients-with-fibromyalgia/')).toMatch(/32\.3 to 27\.1 per 100,000 a year by 2007, then rose to 38\.2 by 2013/);
  });

  test('the McMaster thesis is reported with its short-term results, not only its null one', () => {
    expect(text('/questions/systematic-reviews/')).toMatch(/first 30 minutes \(1\.32 points lower/);
  });

  test('the reset claim limits "only case reports" to fibromyalgia', () => {
    const reset = text('/claims/large-dose-resets-pain/');
    expect(reset).not.toMatch(/\. The only support is from uncontrolled case reports/);
    expect(reset).toContain('In fibromyalgia, the only support is from uncontrolled case reports');
  });
});

describe('golden facts (fact-check of 2026-12-07)', () => {
  test('a study page prints the numbers of an estimate exactly as its front matter writes them', () => {
    const page = pages.find((p) => p.url === '/studies/corriger2022ketamine/')!;
    const row = toString(select('tr[id="pain-12-months"]', page.tree)!);
    expect(row).toContain('P<0.001 against baseline; effect size 0.61 (95% CI 0.40 to 0.80)');
    const jcdr = pages.find((p) => p.url === '/studies/jcdr2023evaluating/')!;
    expect(toString(select('tr[id="pain-1-month"]', jcdr.tree)!)).toContain('1.40');
  });

  test('E1: four drugs are approved for fibromyalgia in the United States, sublingual cyclobenzaprine among them', () => {
    const guidelines = toString(pages.find((p) => p.url === '/questions/guidelines/')!.tree);
    expect(guidelines).toContain('has approved four drugs for fibromyalgia: pregabalin, duloxetine, milnacipran and sublingual cyclobenzaprine');
    const claim = toString(pages.find((p) => p.url === '/claims/only-effective-fibromyalgia-therapy/')!.tree);
    expect(claim).not.toMatch(/three drugs are approved/i);
  });

  test('E2: the short-term question no longer says the one registered trial without results tested another outcome', () => {
    const page = toString(pages.find((p) => p.url === '/questions/pain-relief-during-infusion/')!.tree);
    expect(page).not.toContain('the one registered trial we found without results');
    expect(page).toContain('NCT04938713');
    expect(page).toContain('NCT06184958');
  });
});

describe('the living-evidence sentences of this site (their counts come from surveillance/)', () => {
  const registrations = (parse(readFileSync('surveillance/registrations.yaml', 'utf8')) ?? []) as {
    nct: string;
    status: string;
    plannedEnd?: string;
    resultsPosted: boolean;
    checked: string;
  }[];
  const approvals = (parse(readFileSync('surveillance/approvals.yaml', 'utf8')) ?? []) as { drug: string; forCondition: boolean }[];
  const page = (url: string) => pages.find((p) => p.url === url)!;

  test('the trials page counts the trials past their planned end in words', () => {
    const pastDue = registrations.filter(
      (r) => !r.resultsPosted && !['TERMINATED', 'WITHDRAWN', 'SUSPENDED'].includes(r.status) && r.plannedEnd && r.plannedEnd.padEnd(10, '9') < r.checked,
    );
    const words = ['No', 'One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten'];
    expect(toString(page('/questions/ongoing-trials/').tree)).toContain(`${words[pastDue.length]} are past their planned end with no results posted: `);
  });

  test('the guidelines page counts the drugs approved for the condition in words', () => {
    const words = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
    const forCondition = approvals.filter((a) => a.forCondition);
    expect(toString(page('/questions/guidelines/').tree)).toContain(`has approved ${words[forCondition.length]} drugs for`);
  });
});
