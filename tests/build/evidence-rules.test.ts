/**
 * The evidence rules, checked on the built pages against the front matter,
 * recomputed here without the code that rendered them: GRADE arithmetic and the
 * "Why this certainty" box, the summary table's counts, where claims come from,
 * and the corrections record.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, test } from 'vitest';
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import { builtPages, type BuiltPage } from '../helpers/dist.ts';
import { TOPIC } from '../../src/topic.ts';
import { offenders } from '../helpers/offenders.ts';
import { REPORT_ERROR_URL, reportErrorHref } from '../../src/lib/site.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- raw front matter, read apart from the schemas on purpose; typing it would restate them.
type Data = Record<string, any>;
const frontmatter = (collection: string): [string, Data][] =>
  readdirSync(`src/content/${collection}`)
    .filter((f) => f.endsWith('.md') && !f.startsWith('_'))
    .map((f) => [f.replace(/\.md$/, ''), parseFrontmatter(readFileSync(`src/content/${collection}/${f}`, 'utf8')).frontmatter as Data]);

const pages = builtPages();
const page = (url: string): BuiltPage => {
  const found = pages.find((p) => p.url === url);
  if (!found) throw new Error(`${url} was not built`);
  return found;
};
const text = (p: BuiltPage, selector: string) =>
  toString(select(selector, p.tree) ?? { type: 'root', children: [] })
    .replace(/\s+/g, ' ')
    .trim();

const questions = frontmatter('questions');
const studies = new Map(frontmatter('studies'));
const SCALE = ['high', 'moderate', 'low', 'very low'];
const STEP: Record<string, number> = { 'not applicable': 0, 'not serious': 0, serious: 1, 'very serious': 2 };
const DOMAINS = ['riskOfBias', 'inconsistency', 'indirectness', 'imprecision', 'publicationBias'];

describe('certainty follows from the GRADE judgements', () => {
  const effect = questions.filter(([, q]) => (q.kind ?? 'effect') === 'effect');
  const descriptive = questions.filter(([, q]) => q.kind === 'descriptive');

  test('every question is of one kind, and the site has effect questions to rate', () => {
    expect(effect.length).toBeGreaterThan(0);
    expect(effect.length + descriptive.length).toBe(questions.length);
  });

  test('every effect question states the certainty its judgements give, and shows each judgement', () => {
    expect(
      offenders(effect, (id, q) => {
        const down = DOMAINS.reduce((n, d) => n + STEP[q.grade[d].level]!, 0);
        const start = q.grade.start === 'randomized' ? 0 : 2;
        const computed = SCALE[Math.min(3, Math.max(0, start + down - (q.grade.upgrade?.levels ?? 0)))];
        expect(q.certainty).toBe(computed);
        const built = page(`/questions/${id}/`);
        expect(text(built, '.badge')).toBe(`Certainty of evidence: ${computed}`);
        const shown = selectAll('.grade > div', built.tree).map((d) => toString(d).replace(/\s+/g, ' '));
        for (const d of DOMAINS) expect(shown.some((line) => line.includes(`: ${q.grade[d].level}`) && line.includes(q.grade[d].reason))).toBe(true);
      }),
    ).toEqual([]);
  });

  test('every effect question keeps the GRADE domain rules: inconsistency only between studies, no upgrade of randomized evidence', () => {
    expect(
      offenders(effect, (_id, q) => {
        const studies = (q.grade as { studies: string[] }).studies;
        expect(studies.length).toBeGreaterThan(0);
        expect(q.grade.inconsistency.level === 'not applicable').toBe(studies.length === 1);
        if (q.grade.upgrade) expect([q.grade.start, q.grade.riskOfBias.level]).toEqual(['observational', 'not serious']);
      }),
    ).toEqual([]);
  });

  test('every descriptive question carries no GRADE rating and says what it reports instead', () => {
    expect(
      offenders(descriptive, (id, q) => {
        const built = page(`/questions/${id}/`);
        expect(text(built, '.badge')).toBe('Descriptive question: no GRADE rating');
        expect(text(built, '.facts')).toContain(q.basis);
        expect(q.certainty).toBeUndefined();
      }),
    ).toEqual([]);
  });
});

describe('the home page bottom line states findings in the wording their certainty allows', () => {
  /** GRADE's suggested wording for statements of findings, written out here apart from the site's own table. */
  const NEEDS: Record<string, RegExp | null> = {
    high: null,
    moderate: /probably|likely|may|uncertain|not shown|unknown/i,
    low: /may|might|very uncertain|not shown|unknown/i,
    'very low': /very uncertain/i,
  };
  const certainty = new Map(questions.map(([id, q]) => [id, q.certainty as string | undefined]));
  const points = selectAll('#the-bottom-line + ul > li', page('/').tree);

  test('the bottom line has points, and each links to the short answer of a question that exists', () => {
    expect(points.length).toBeGreaterThan(0);
    for (const li of points) {
      const ids = selectAll('a[href$="/#short-answer"]', li).map((a) => /^\/questions\/([^/]+)\/#short-answer$/.exec(String(a.properties['href']))?.[1]);
      expect(ids.length, toString(li)).toBeGreaterThan(0);
      for (const id of ids) {
        expect(certainty.has(id!), `${id} is a question`).toBe(true);
        expect(select('#short-answer', page(`/questions/${id}/`).tree)).not.toBeNull();
      }
    }
  });

  test('each point hedges as much as the certainty of every finding it links to requires', () => {
    for (const li of points) {
      const words = toString(li);
      for (const a of selectAll('a[href$="/#short-answer"]', li)) {
        const level = certainty.get(/^\/questions\/([^/]+)\//.exec(String(a.properties['href']))![1]!);
        const needs = level ? NEEDS[level] : null;
        if (needs) expect(words, `${level} certainty`).toMatch(needs);
      }
    }
  });
});

describe('the summary-of-findings table counts what its caption describes', () => {
  const controlled = new Set(['randomized controlled trial', 'randomized crossover trial', 'placebo-controlled challenge study']);
  const rows = questions.filter(([, q]) => q.summaryOfFindings).sort(([, a], [, b]) => a.order - b.order);

  test('the caption says what the table compares and whom it counts (from the topic configuration)', () => {
    expect(text(page('/'), '.sof')).toContain(TOPIC.summaryCaption);
    expect(text(page('/'), '.sof')).toContain(`count only controlled studies in ${TOPIC.condition.people}`);
    expect(rows.length).toBeGreaterThan(0);
  });

  test('every row counts only the controlled studies of the condition alone that it lists', () => {
    expect(
      offenders(rows, (id, q) => {
        const listed = q.studies.map((s: string) => studies.get(s)!);
        const counted = listed.filter((s: Data) => controlled.has(s.design) && (s.populationScope ?? 'condition only') === 'condition only');
        const participants = counted.reduce((n: number, s: Data) => n + (s.nInComparison ?? s.nEnrolled), 0);
        const cell = toString(selectAll('td', select(`#sof-${id}`, page('/').tree)!)[0]!);
        expect(cell.startsWith(`${counted.length} (${participants})`), cell).toBe(true);
        const others = listed.length - counted.length;
        if (others > 0) expect(cell).toContain(`Not counted: ${others}`);
        else expect(cell).not.toContain('Not counted');
      }),
    ).toEqual([]);
  });
});

describe('claims name the publication where they were made', () => {
  const sources = new Map(frontmatter('sources'));
  const claims = frontmatter('claims');

  test('every claim shows its source entry and quotes at most 25 of its words', () => {
    expect(
      offenders(claims, (id, claim) => {
        const source = sources.get(claim.source);
        expect(source, `claim ${id} names no source entry`).toBeTruthy();
        const built = page(`/claims/${id}/`);
        expect(text(built, '.claim-source')).toContain(`“${source!.title}”`);
        expect(text(built, '.claim-quote')).toBe(claim.quote);
        expect(claim.quote.trim().split(/\s+/).length).toBeLessThanOrEqual(25);
        const graph = JSON.parse(toString(select('script[type="application/ld+json"]', built.tree)!))['@graph'] as Data[];
        const review = graph.find((n) => n['@type'] === 'ClaimReview')!;
        expect(review.itemReviewed.appearance).toMatchObject({ '@type': 'CreativeWork', name: source!.title, genre: source!.kind });
      }),
    ).toEqual([]);
  });
});

describe('claim verdicts follow from their tagged sources', () => {
  const RANK: Record<string, number> = {
    'systematic review': 6,
    'randomized trial': 6,
    guideline: 5,
    'controlled study': 4,
    'observational study': 3,
    'narrative review': 2,
    'case report': 1,
    'registry record': 0,
    'regulatory record': 0,
    opinion: 0,
  };

  test('every claim: verdict, stances and the page agree', () => {
    expect(
      offenders(frontmatter('claims'), (id, claim) => {
        const tagged = claim.evidence as { cite: string; stance: string; strength: string }[];
        const best = (stance: string) => Math.max(-1, ...tagged.filter((t) => t.stance === stance).map((t) => RANK[t.strength]!));
        const n = (stance: string) => tagged.filter((t) => t.stance === stance).length;
        const holds: Record<string, boolean> = {
          supported: n('supports') > 0 && best('contradicts') <= best('supports'),
          'partly supported': n('supports') > 0 && n('contradicts') + n('context') > 0,
          misleading: n('supports') > 0 && n('contradicts') > 0,
          unsupported: best('supports') < RANK['observational study']!,
          contradicted: best('contradicts') >= RANK.guideline! && best('contradicts') > best('supports'),
        };
        expect(holds[claim.verdict], `${claim.verdict} with ${JSON.stringify(tagged)}`).toBe(true);
        const built = page(`/claims/${id}/`);
        for (const t of tagged) {
          const group = select(`.stances [data-stance="${t.stance}"]`, built.tree);
          expect(group && select(`a[href="#bib-${t.cite}"]`, group), `${t.cite} not listed as ${t.stance}`).toBeTruthy();
          expect(select(`[id="bib-${t.cite}"]`, built.tree), `${t.cite} not in the reference list`).toBeTruthy();
        }
      }),
    ).toEqual([]);
  });
});

describe('corrections are a record of their own', () => {
  const all = ['studies', 'questions', 'claims', 'pages'].flatMap((c) => frontmatter(c).flatMap(([, d]) => (d.changes ?? []) as Data[]));

  test('every correction in a page log is listed on /corrections/, and nothing else is', () => {
    const expected = all.filter((c) => c.type === 'correction').length;
    expect(all.length).toBeGreaterThan(0);
    expect(selectAll('.change-list > li', page('/corrections/').tree)).toHaveLength(expected);
    for (const li of selectAll('.change-list > li', page('/changes/').tree)) expect(li.properties.dataChangeType).toBeTruthy();
  });

  test('every page footer links to the corrections', () => {
    for (const p of pages.filter((p) => select('footer', p.tree))) expect(select('footer a[href="/corrections/"]', p.tree), p.url).toBeTruthy();
  });
});

describe('currency', () => {
  const evidence = pages.filter((p) => select('[data-pagefind-body] .reviewed', p.tree));

  test('every evidence page shows its next review 12 months after its last check, hidden "overdue" flag included', () => {
    expect(
      offenders(
        evidence.map((p) => [p.url, p] as const),
        (_, built) => {
          const last = String(select('.reviewed time', built.tree)!.properties.dateTime);
          const due = String(select('[data-review-due]', built.tree)!.properties.dataReviewDue);
          const [y, m, d] = last.split('-').map(Number) as [number, number, number];
          const expected = m === 2 && d === 29 ? `${y + 1}-02-28` : `${y + 1}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
          expect(due).toBe(expected);
          expect(select('[data-review-overdue]', built.tree)!.properties.hidden).toBe(true);
        },
      ),
    ).toEqual([]);
  });

  test('every footer links to the funding statement and to a way to report an error', () => {
    for (const p of pages.filter((p) => select('footer', p.tree))) {
      expect(select('footer a[href="/about/#funding-and-conflicts-of-interest"]', p.tree), p.url).toBeTruthy();
      expect(
        select(`footer a[href="${reportErrorHref()}"]`, p.tree),
        `${p.url}: no footer link to ${reportErrorHref()} (REPORT_ERROR_URL in src/lib/site.ts)`,
      ).toBeTruthy();
    }
    expect(select('#funding-and-conflicts-of-interest', page('/about/').tree)).toBeTruthy();
    // About's section is where the footer points while no REPORT_ERROR_URL is set.
    if (!REPORT_ERROR_URL) expect(select('#how-to-report-an-error', page('/about/').tree)).toBeTruthy();
  });
});

describe('plain-language passages read at grade 12 or below', () => {
  const passages = pages.flatMap((p) =>
    [...selectAll('[data-plain-language]', p.tree), ...(p.url === '/' ? selectAll('#the-bottom-line + ul > li', p.tree) : [])].map(
      (el) => [p.url, toString(el)] as const,
    ),
  );

  test('the passages a patient reads first are marked on every kind of page', () => {
    for (const kind of ['studies', 'questions', 'claims']) {
      for (const [id] of frontmatter(kind))
        expect(
          passages.some(([u]) => u === `/${kind}/${id}/`),
          `/${kind}/${id}/`,
        ).toBe(true);
    }
    expect(
      passages.some(([u]) => u === '/'),
      '/',
    ).toBe(true);
  });

  test('every passage reads at grade 12 or below', () => {
    expect(
      offenders(passages, (_, raw) => {
        const text = raw.replace(/\s*[[(]\d+(?:[,–-]\s*\d+)*[\])]/g, '').replace(/^\s*Short answer:\s*/, '');
        const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
        const sentence = Math.max(1, text.split(/[.!?]+(?=\s|$)/).filter((s) => /[\p{L}\p{N}]/u.test(s)).length);
        const grade = fleschKincaid({ sentence, word: words.length, syllable: words.reduce((n, w) => n + syllable(w), 0) });
        expect(grade).toBeLessThanOrEqual(12);
      }),
    ).toEqual([]);
  });
});

describe('the review × study matrix follows the reviews recorded on the page', () => {
  type Review = { cite: string; included?: string[]; excludedDesigns?: string[] };
  const withReviews = questions.filter(([, q]) => q.reviews) as [string, { reviews: Review[] }][];

  test('a matrix appears exactly on the questions that record reviews, with one row per review', () => {
    for (const [id, q] of questions) {
      const rows = selectAll('.review-matrix tbody tr', page(`/questions/${id}/`).tree);
      expect(rows, id).toHaveLength(q.reviews?.length ?? 0);
    }
  });

  test('for every question with reviews, "Included" marks exactly the studies each review is recorded to include', () => {
    expect(
      offenders(withReviews, (id, q) => {
        const built = page(`/questions/${id}/`);
        for (const review of q.reviews) {
          const row = select(`tr[data-review="${review.cite}"]`, built.tree)!;
          const marked = selectAll('td.cell-included', row)
            .map((td) => String(td.properties.dataStudy))
            .sort();
          expect(marked).toEqual([...(review.included ?? [])].sort());
        }
      }),
    ).toEqual([]);
  });

  test('for every question with reviews, a study is "Not eligible" exactly when its design is one the review ruled out and nothing stronger is known', () => {
    expect(
      offenders(withReviews, (id, q) => {
        const built = page(`/questions/${id}/`);
        for (const review of q.reviews) {
          const row = select(`tr[data-review="${review.cite}"]`, built.tree)!;
          for (const td of selectAll('td', row)) {
            const study = String(td.properties.dataStudy);
            const ruledOut = (review.excludedDesigns ?? []).includes(studies.get(study)!.design) && !(review.included ?? []).includes(study);
            const later = td.properties.className?.toString().includes('cell-after-search');
            if (!later) expect(String(td.properties.className).includes('cell-not-eligible'), `${review.cite} × ${study}`).toBe(ruledOut);
          }
        }
      }),
    ).toEqual([]);
  });
});

describe('the home page bottom line is scored by its marks', () => {
  test('every point that links to a short answer is a plain-language passage, and nothing else in the body is', () => {
    const body = select('[data-evidence-body]', page('/').tree)!;
    const linking = selectAll('li', body).filter((li) => select('a[href*="#short-answer"]', li));
    expect(linking.length).toBeGreaterThan(0);
    expect(selectAll('[data-plain-language]', body)).toEqual(linking);
  });
});

describe('plain-language passages link glossary terms', () => {
  const glossary = selectAll('h2[id]', page('/glossary/').tree)
    .filter(
      (h) => select('[data-evidence-body]', page('/glossary/').tree) && !['references', 'versions-heading', 'cite-heading'].includes(String(h.properties.id)),
    )
    .map((h) => ({
      id: String(h.properties.id),
      term: toString(h)
        .replace(/\s*\(.*\)\s*/, '')
        .trim(),
    }));
  // Passages the components render link every term they use; statements of a finding inside a Markdown
  // body (marked by rehype-plain-language) follow the body's rule below: a term is linked at its first use.
  const marked = pages.flatMap((p) => {
    const inBody = new Set(selectAll('[data-evidence-body] [data-plain-language]', p.tree));
    return selectAll('[data-plain-language]', p.tree)
      .filter((el) => !inBody.has(el))
      .map((el) => [p.url, el] as const);
  });

  test('the glossary has terms and some passages use them', () => {
    expect(glossary.length).toBeGreaterThan(0);
    expect(marked.some(([, el]) => select('a.term', el))).toBe(true);
  });

  test('every marked passage links the glossary terms it uses', () => {
    expect(
      offenders(
        marked.map(([url, el]) => [url, toString(el).slice(0, 60), el] as const),
        (_, __, el) => {
          const text = toString(el);
          for (const { id, term } of glossary) {
            if (new RegExp(`(?<![\\p{L}\\p{N}-])${term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}-])`, 'iu').test(text)) {
              expect(select(`a.term[href="/glossary/#${id}"]`, el), `${term} not linked`).toBeTruthy();
            }
          }
        },
      ),
    ).toEqual([]);
  });

  const bodies = pages
    .filter((p) => p.url !== '/glossary/' && select('[data-evidence-body]', p.tree))
    .map((p) => [p.url, select('[data-evidence-body]', p.tree)!] as const);

  test("in every body, a glossary term used in the body's paragraphs is linked once, at its first use", () => {
    expect(
      offenders(bodies, (_, body) => {
        const prose = selectAll(':scope > p, :scope > ul > li, :scope > ol > li', body)
          .map((el) => toString(el))
          .join(' ');
        for (const { id, term } of glossary) {
          const used = new RegExp(`(?<![\\p{L}\\p{N}-])${term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}-])`, 'iu').test(prose);
          const links = selectAll(`a.term[href="/glossary/#${id}"]`, body);
          if (used) expect(links.length, `${term} not linked`).toBe(1);
          else expect(links.length, `${term} linked but not used in prose`).toBeLessThanOrEqual(1);
        }
      }),
    ).toEqual([]);
  });
});
