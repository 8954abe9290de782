/**
 * The charts in dist/: each plotted value equals the front matter it came from
 * (read here straight from src/content/studies/*.md, not through the site's code),
 * each chart is an accessible image with its data table, and each stays small.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { Element } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, test } from 'vitest';
import { labelBoxes, labelCollisions } from '../helpers/chart-labels.ts';
import { builtPages } from '../helpers/dist.ts';
import { TOPIC } from '../../src/topic.ts';
import { offenders } from '../helpers/offenders.ts';

interface FrontMatter {
  design: string;
  nEnrolled: number;
  nInComparison?: number;
  followUpDays: number;
  mapFinding?: string;
  arms: { name: string }[];
  results: { id: string; measure: string; hoursAfterDose?: number; values?: (number | string)[]; denominators?: number[] }[];
}

const studies = new Map(
  readdirSync('src/content/studies')
    .filter((f) => f.endsWith('.md') && !f.startsWith('_'))
    .map((f) => [f.replace(/\.md$/, ''), parseFrontmatter(readFileSync(`src/content/studies/${f}`, 'utf8')).frontmatter as FrontMatter]),
);
const pages = new Map(builtPages().map((p) => [p.url, p]));
const page = (url: string) => {
  const found = pages.get(url);
  if (!found) throw new Error(`${url} was not built`);
  return found;
};
const data = (el: Element, name: string) => String(el.properties[name]);
/** The current study pages (frozen versions under /studies/<id>/v/<n>/ repeat their charts). */
const studyPages = [...pages.values()].filter((p) => /^\/studies\/[^/]+\/$/.test(p.url));
/** Every chart with its markup exactly as shipped (for size and colour checks). */
const charts = [...pages.values()].flatMap((p) => {
  const raw = p.html.match(/<svg [^>]*data-chart=[\s\S]*?<\/svg>/g) ?? [];
  return selectAll('svg[data-chart]', p.tree).map((svg, i) => ({ url: p.url, svg, tree: p.tree, raw: raw[i] ?? '' }));
});

/** Results counted per arm at a time after the dose, grouped by what they measure ("what, when"): the data a time course needs, read independently of the chart code. */
function timedCounts(fm: FrontMatter): FrontMatter['results'] {
  if (fm.arms.length < 2) return [];
  const timed = fm.results.filter((r) => r.hoursAfterDose !== undefined && r.values?.length === fm.arms.length && r.denominators?.length === fm.arms.length);
  const what = (r: { measure: string }) => r.measure.split(', ')[0];
  return timed.filter((r) => timed.filter((o) => what(o) === what(r)).length >= 2);
}
const withTimeCourse = [...studies].filter(([, fm]) => timedCounts(fm).length > 0);

describe('responder time course', () => {
  test('appears exactly on the study pages whose results give counts per arm at two or more times', () => {
    const shown = [...studies.keys()].filter((id) => select('svg[data-chart="time-course"]', page(`/studies/${id}/`).tree));
    expect(shown.sort()).toEqual(withTimeCourse.map(([id]) => id).sort());
  });

  test('every time-course chart plots each arm at each time point, as in its front matter', () => {
    expect(
      offenders(withTimeCourse, (id, fm) => {
        const plotted = selectAll('svg[data-chart="time-course"] [data-value]', page(`/studies/${id}/`).tree).map((m) => [
          data(m, 'dataResult'),
          data(m, 'dataArm'),
          Number(data(m, 'dataValue')),
          Number(data(m, 'dataDenominator')),
        ]);
        const expected = timedCounts(fm).flatMap((r) => fm.arms.map((a, i) => [r.id, a.name, r.values![i], r.denominators![i]]));
        expect(expected.length).toBeGreaterThanOrEqual(4);
        expect(plotted.sort()).toEqual(expected.sort());
      }),
    ).toEqual([]);
  });

  test("every time-course chart's data table lists the same counts", () => {
    expect(
      offenders(withTimeCourse, (id, fm) => {
        const figure = select('figure.chart:has(svg[data-chart="time-course"])', page(`/studies/${id}/`).tree)!;
        const rows = selectAll('details table tbody tr', figure).map((tr) => selectAll('td', tr).map((td) => toString(td).split(' ')[0]));
        expect(rows.map((r) => r.slice(0, fm.arms.length)).sort()).toEqual(
          timedCounts(fm)
            .map((r) => fm.arms.map((_, i) => `${r.values![i]}/${r.denominators![i]}`))
            .sort(),
        );
      }),
    ).toEqual([]);
  });
});

describe('icon arrays', () => {
  /** Single-arm results with one whole count and one denominator: what an icon array shows. */
  const expected = [...studies].flatMap(([id, fm]) =>
    fm.arms.length === 1
      ? fm.results.filter((r) => r.values?.length === 1 && typeof r.values[0] === 'number' && r.denominators?.length === 1).map((r) => `${id} ${r.id}`)
      : [],
  );

  test('appear exactly for the single-arm results that give a count and a denominator', () => {
    const shown = studyPages.flatMap((p) =>
      selectAll('svg[data-chart="icon-array"]', p.tree).map((svg) => `${p.url.split('/')[2]} ${data(svg, 'dataResult')}`),
    );
    expect(shown.sort()).toEqual(expected.sort());
  });

  test('every icon-array chart fills as many icons as the front matter counts', () => {
    expect(
      offenders(
        charts.filter((c) => data(c.svg, 'dataChart') === 'icon-array').map((c) => [`${c.url} ${data(c.svg, 'dataResult')}`, c] as const),
        (_, { url, svg }) => {
          const fm = studies.get(url.split('/')[2]!)!;
          const result = fm.results.find((r) => r.id === data(svg, 'dataResult'))!;
          expect(selectAll('g[data-filled="yes"] > circle', svg)).toHaveLength(result.values![0] as number);
          expect(selectAll('g[data-filled] > circle', svg)).toHaveLength(result.denominators![0]!);
          expect([Number(data(svg, 'dataValue')), Number(data(svg, 'dataDenominator'))]).toEqual([result.values![0], result.denominators![0]]);
        },
      ),
    ).toEqual([]);
  });
});

describe('arms side by side (absolute effects in both frames)', () => {
  /** Results counting people in every arm of a study with two or more arms. */
  const expected = [...studies].flatMap(([id, fm]) =>
    fm.arms.length < 2
      ? []
      : fm.results
          .filter((r) => r.denominators?.length === fm.arms.length && r.values?.every((v) => typeof v === 'number' && Number.isInteger(v)))
          .map((r) => ({ id, fm, r })),
  );

  test('appear exactly for the results that count people in every arm of a controlled comparison', () => {
    const shown = studyPages.flatMap((p) =>
      selectAll('svg[data-chart="paired-icon-array"]', p.tree).map((svg) => `${p.url.split('/')[2]} ${data(svg, 'dataResult')}`),
    );
    expect(shown.sort()).toEqual(expected.map(({ id, r }) => `${id} ${r.id}`).sort());
  });

  test('every paired icon-array chart: each arm fills as many icons as it counted, beside the other arms, and the caption says both frames', () => {
    expect(
      offenders(
        expected.map((e) => [`${e.id} ${e.r.id}`, e] as const),
        (_, { id, fm, r }) => {
          const figure = select(`figure#chart-${r.id}`, page(`/studies/${id}/`).tree)!;
          const svg = select('svg[data-chart="paired-icon-array"]', figure)!;
          const caption = toString(select('figcaption', figure)!);
          const what = r.measure.split(', ')[0]!;
          fm.arms.forEach((arm, i) => {
            const count = r.values![i] as number;
            const total = r.denominators![i]!;
            expect(selectAll(`g[data-arm="${arm.name}"][data-filled="yes"] > circle`, svg), arm.name).toHaveLength(count);
            expect(selectAll(`g[data-arm="${arm.name}"][data-filled] > circle`, svg), arm.name).toHaveLength(total);
            expect(caption).toContain(`${arm.name}: ${count} of ${total} had ${what.charAt(0).toLowerCase()}${what.slice(1)}; ${total - count} did not.`);
          });
        },
      ),
    ).toEqual([]);
  });
});

describe('every chart downloads as SVG and CSV, with the credit to give', () => {
  const offered = [...studyPages, page('/studies/')].flatMap((p) =>
    selectAll('figure.chart', p.tree).map((figure) => [`${p.url} ${String(figure.properties.id)}`, p, figure] as const),
  );
  /** Minimal CSV reader (RFC 4180 quoting), independent of the site's writer. */
  const readCsv = (text: string) =>
    text
      .trimEnd()
      .split('\r\n')
      .map((line) => [...line.matchAll(/(?:^|,)(?:"((?:[^"]|"")*)"|([^,]*))/g)].map((m) => (m[1] !== undefined ? m[1].replaceAll('""', '"') : m[2]!)));

  test('current study pages and the studies index offer their charts, frozen versions do not', () => {
    expect(offered.length).toBe(charts.filter((c) => /^\/studies\/([^/]+\/)?$/.test(c.url)).length);
    for (const [label, , figure] of offered) expect(select('.chart-files', figure), label).toBeTruthy();
    for (const p of [...pages.values()].filter((p) => p.url.includes('/v/'))) expect(selectAll('figure.chart .chart-files', p.tree), p.url).toHaveLength(0);
  });

  test('every chart offered for download: the SVG file is the chart and the CSV file is its data table', () => {
    expect(
      offenders(offered, (_, p, figure) => {
        const [svgLink, csvLink] = selectAll('.chart-files a[download]', figure).map((a) => String(a.properties.href));
        const svg = readFileSync(`dist${svgLink}`, 'utf8');
        expect(svg).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
        expect(svg).toContain(`id="${String(figure.properties.id)}-title"`);
        const table = select('table', figure)!;
        const expected = [
          selectAll('thead th', table).map((th) => toString(th)),
          ...selectAll('tbody tr', table).map((tr) => selectAll('th, td', tr).map((c) => toString(c))),
        ];
        expect(readCsv(readFileSync(`dist${csvLink}`, 'utf8'))).toEqual(expected);
        const credit = toString(select('.chart-files', figure)!);
        expect(credit).toContain('credit');
        expect(credit).toContain(TOPIC.siteName);
        // A study's charts credit the study, by the label the evidence map's table gives it.
        if (p.url !== '/studies/') expect(credit).toContain(toString(select(`figure.chart table a[href="${p.url}"]`, page('/studies/').tree)!));
      }),
    ).toEqual([]);
  });
});

describe('evidence map', () => {
  const tree = page('/studies/').tree;
  const svg = select('svg[data-chart="evidence-map"]', tree);

  test('places every study by its design, follow-up, participants and finding', () => {
    expect(svg, 'no evidence map on /studies/').toBeTruthy();
    const plotted = selectAll('[data-study]', svg!).map((m) => ({
      id: data(m, 'dataStudy'),
      design: data(m, 'dataDesign'),
      followUpDays: data(m, 'dataFollowUpDays') === 'not stated' ? null : Number(data(m, 'dataFollowUpDays')),
      participants: Number(data(m, 'dataParticipants')),
      finding: data(m, 'dataFinding'),
    }));
    const expected = [...studies].map(([id, fm]) => ({
      id,
      design: fm.design,
      followUpDays: fm.followUpDays,
      participants: fm.nInComparison ?? fm.nEnrolled,
      finding: fm.mapFinding ?? 'not yet classified',
    }));
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    expect(plotted.sort(byId)).toEqual(expected.sort(byId));
  });

  test('every study has a mapFinding', () => {
    expect([...studies].filter(([, fm]) => !fm.mapFinding).map(([id]) => id)).toEqual([]);
  });

  test('labels every study, and no two label boxes intersect', () => {
    const labels = labelBoxes(svg!);
    expect(labels.map((l) => l.study).sort()).toEqual([...studies.keys()].sort());
    expect(labelCollisions(labels)).toEqual([]);
  });

  test('its data table links every study page', () => {
    const links = selectAll('figure.chart details table a', tree).map((a) => String(a.properties.href));
    expect(links.sort()).toEqual([...studies.keys()].map((id) => `/studies/${id}/`).sort());
  });
});

describe.each(charts.map((c) => [`${c.url} ${data(c.svg, 'dataChart')} ${String(c.svg.properties.ariaLabelledBy)}`, c] as const))(
  'chart %s',
  (_, { svg, tree, raw }) => {
    test('is an image labelled by its <title> and described by its <desc>', () => {
      expect(svg.properties.role).toBe('img');
      const title = select(`title[id="${String(svg.properties.ariaLabelledBy)}"]`, svg);
      const desc = select(`desc[id="${String(svg.properties.ariaDescribedBy)}"]`, svg);
      expect(toString(title!).length).toBeGreaterThan(10);
      expect(toString(desc!).length).toBeGreaterThan(40);
    });

    test('has its data as a table right after it, and no script', () => {
      const figure = selectAll('figure.chart', tree).find((f) => selectAll('svg', f).includes(svg))!;
      expect(select('details > summary', figure)).toBeTruthy();
      expect(selectAll('details table tbody tr', figure).length).toBeGreaterThan(0);
      expect(select('script', figure)).toBeUndefined();
    });

    test('colours come from CSS custom properties, not fixed colours', () => {
      expect(raw).not.toMatch(/(fill|stroke)="#[0-9a-f]{3,8}"/i);
      expect(raw).toMatch(/var\(--chart-\d\)/);
    });

    test('is under 6 KB gzipped', () => {
      expect(raw.length).toBeGreaterThan(500);
      expect(gzipSync(raw).length).toBeLessThan(6 * 1024);
    });
  },
);
