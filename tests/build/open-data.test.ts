/**
 * The open data in dist/data/, checked as a reader's tools would: the descriptor against the official
 * Data Package v2 JSON Schema (Ajv), each CSV read back from its bytes against its Table Schema (types, required
 * values, categories, unique primary keys, foreign keys that resolve), by sha256, and joined to the numbers the
 * pages show. Also the licence on every page.
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, test } from 'vitest';
import { fileSize } from '../../src/lib/data/dataset-metadata.ts';
import { LICENSE_NAME, LICENSE_URL } from '../../src/lib/site.ts';
import { readPackage } from '../helpers/data-package.ts';
import { builtPages, DIST } from '../helpers/dist.ts';
import { offenders } from '../helpers/offenders.ts';

const DATA = join(DIST, 'data');
const pages = builtPages();
const page = (url: string) => pages.find((p) => p.url === url)!;
const files = readdirSync(DATA)
  .filter((f) => f !== 'index.html')
  .sort();
const read = readPackage(DATA);
const { descriptor } = read;
const csvResources = descriptor.resources.filter((r) => r.type === 'table');
const json = <T = Record<string, unknown>>(file: string) => JSON.parse(readFileSync(join(DATA, file), 'utf8')) as T[];
const text = (node: Parameters<typeof toString>[0]) => toString(node).replace(/\s+/g, ' ').trim();

describe('the data package, checked against the Data Package v2 standard', () => {
  test('the descriptor is valid against the official v2 profile, and every CSV reads against its Table Schema: types, required values, categories, unique primary keys, foreign keys that resolve', () => {
    expect(descriptor.$schema).toBe('https://datapackage.org/profiles/2.0/datapackage.json');
    expect(read.errors).toEqual([]);
    expect(read.tables.map((t) => t.name)).toEqual(csvResources.map((r) => r.name));
    expect(csvResources.length).toBeGreaterThan(5);
  });

  /** What the check finds in a copy of the package with one file edited. */
  function errorsAfter(file: string, edit: (records: string[]) => string[]): string {
    const copy = mkdtempSync(join(tmpdir(), 'open-data-'));
    cpSync(DATA, copy, { recursive: true });
    const sep = file.endsWith('.csv') ? '\r\n' : '\n';
    writeFileSync(join(copy, file), edit(readFileSync(join(copy, file), 'utf8').split(sep)).join(sep));
    return readPackage(copy).errors.join('\n');
  }

  test('the check is not empty: it rejects a dangling foreign key, a repeated primary key, a value of the wrong type, a value off its scale and a descriptor the profile forbids', () => {
    expect(errorsAfter('arms.csv', (r) => [...r.slice(0, -1), r[1]!.replace(/^[^,]+/, 'nosuchstudy2099'), ''])).toMatch(
      /arms, row \d+: \(study_id="nosuchstudy2099"\) has no row in studies \(id\)/,
    );
    expect(errorsAfter('arms.csv', (r) => [...r.slice(0, -1), r[1]!, ''])).toMatch(/arms, row \d+: primary key \(.*\) is used twice/);
    expect(errorsAfter('result-values.csv', (r) => [r[0]!, r[1]!.replace(/^([^,]+,[^,]+),\d+,/, '$1,9,'), ...r.slice(2)])).toMatch(
      /result-values, row 1: \(study_id="[^"]+", arm=9\) has no row in arms \(study_id, arm\)/,
    );
    expect(errorsAfter('studies.csv', (r) => [r[0]!, r[1]!.replace(/,(\d+),/, ',many,'), ...r.slice(2)])).toMatch(
      /studies, row 1: \w+: "many" is not of type (integer|number)/,
    );
    expect(errorsAfter('summary-of-findings.csv', (r) => [r[0]!, r[1]!.replace(/,(high|moderate|low|very low),/, ',certain,'), ...r.slice(2)])).toMatch(
      /summary-of-findings, row 1: certainty is "certain", not one of "high", "moderate", "low", "very low"/,
    );
    expect(errorsAfter('datapackage.json', (r) => r.map((line) => line.replace('"categoriesOrdered": true', '"categoriesOrdered": "yes"')))).toMatch(
      /\/resources\/\d+\/schema\/fields\/\d+.* must be boolean/,
    );
  });

  test('every fixed scale is a categorical field, ordered where its order means something', () => {
    const fieldOf = (resource: string, name: string) => descriptor.resources.find((r) => r.name === resource)!.schema.fields.find((f) => f.name === name)!;
    expect(fieldOf('summary-of-findings', 'certainty')).toMatchObject({ categories: ['high', 'moderate', 'low', 'very low'], categoriesOrdered: true });
    expect(fieldOf('studies', 'design')).toMatchObject({ categoriesOrdered: true });
    expect(fieldOf('claims', 'verdict')).toMatchObject({ categoriesOrdered: true });
    expect(fieldOf('claim-evidence', 'stance')).toMatchObject({ categories: ['supports', 'contradicts', 'context'], categoriesOrdered: false });
    expect(fieldOf('studies', 'population_scope')).toMatchObject({ categories: ['condition only', 'mixed'], categoriesOrdered: false });
    expect(fieldOf('studies', 'map_finding').categoriesOrdered).toBe(false);
  });

  test('every column of every resource has a name, a type and a description, and every table has a primary key', () => {
    for (const r of descriptor.resources) {
      for (const f of r.schema.fields)
        expect([f.name, f.type, (f.description ?? '').length > 5], `${r.name}.${f.name}`).toEqual([
          expect.stringMatching(/^[a-z_]+$/),
          expect.any(String),
          true,
        ]);
      expect(r.schema.primaryKey?.length, r.name).toBeGreaterThan(0);
    }
  });

  test('every foreign key names a resource of the package', () => {
    const names = new Set(descriptor.resources.map((r) => r.name));
    for (const r of descriptor.resources)
      for (const k of r.schema.foreignKeys ?? []) expect(names.has(k.reference.resource), `${r.name} -> ${k.reference.resource}`).toBe(true);
  });

  test('each JSON file holds the same rows as its CSV, cast to the same values', () => {
    for (const t of read.tables) expect(json(`${t.name}.json`), t.name).toEqual(t.rows);
  });

  test('CHANGELOG.md starts with the version the descriptor gives', () => {
    expect(readFileSync(join(DATA, 'CHANGELOG.md'), 'utf8')).toContain(`\n## ${descriptor.version} (`);
  });
});

describe('the data files', () => {
  test('SHA256SUMS.txt lists every other file with its SHA-256, and datapackage.json gives each resource its size and hash', () => {
    const sums = readFileSync(join(DATA, 'SHA256SUMS.txt'), 'utf8')
      .trimEnd()
      .split('\n')
      .map((l) => l.split('  '));
    const sha = (f: string) =>
      createHash('sha256')
        .update(readFileSync(join(DATA, f)))
        .digest('hex');
    expect(sums.map(([, f]) => f).sort()).toEqual(files.filter((f) => f !== 'SHA256SUMS.txt'));
    for (const [hash, f] of sums) expect(hash, f).toBe(sha(f!));
    for (const r of descriptor.resources) expect([r.bytes, r.hash], r.path).toEqual([statSync(join(DATA, r.path)).size, `sha256:${sha(r.path)}`]);
  });

  test('every CSV ends each record with CRLF', () => {
    for (const r of csvResources) {
      const csv = readFileSync(join(DATA, r.path), 'utf8');
      expect(csv.endsWith('\r\n'), r.path).toBe(true);
      expect(csv.replace(/"(?:[^"]|"")*"/g, '').replaceAll('\r\n', ''), r.path).not.toMatch(/[\r\n]/);
    }
  });
});

describe('the numbers on the pages join to the data', () => {
  test('each summary-of-findings row of the home page shows the studies, participants and uncounted studies of its data row, and its counted studies add up', () => {
    const rows = new Map(
      json<{ question_id: string; studies: number; participants: number; other_studies: number }>('summary-of-findings.json').map((r) => [r.question_id, r]),
    );
    const links = json<{ question_id: string; counted: boolean; participants_counted: number | null }>('summary-of-findings-studies.json');
    const shown = selectAll('tr[id^="sof-"]', page('/').tree);
    expect(shown.length).toBe(rows.size);
    for (const tr of shown) {
      const id = String(tr.properties.id).replace(/^sof-/, '');
      const row = rows.get(id);
      expect(row, `no data row for ${id}`).toBeTruthy();
      const cell = text(selectAll('td', tr)[0]!);
      expect(cell.startsWith(`${row!.studies} (${row!.participants})`), `${id}: ${cell}`).toBe(true);
      expect(cell.match(/Not counted: (\d+)/)?.[1] ?? '0', id).toBe(String(row!.other_studies));
      const counted = links.filter((l) => l.question_id === id && l.counted);
      expect([counted.length, counted.reduce((n, l) => n + l.participants_counted!, 0)], id).toEqual([row!.studies, row!.participants]);
    }
  });

  test("each cell of every study page's results table is a value, or value/denominator, of the data, and every value of the data is shown", () => {
    const values = json<{ study_id: string; result_id: string; arm: number; value: string; denominator: number | null }>('result-values.json');
    const arms = json<{ study_id: string; arm: number; name: string }>('arms.json');
    const studies = json<{ id: string }>('studies.json');
    let cells = 0;
    for (const { id } of studies) {
      const tree = page(`/studies/${id}/`).tree;
      const table = select('section.results table', tree);
      const mine = values.filter((v) => v.study_id === id);
      if (!table) {
        expect(mine, id).toEqual([]);
        continue;
      }
      const heads = selectAll('thead th', table).map(text);
      expect(heads.slice(1, -2), `${id} arms`).toEqual(arms.filter((a) => a.study_id === id).map((a) => a.name));
      for (const tr of selectAll('tbody tr', table)) {
        selectAll('td', tr)
          .slice(0, heads.length - 3)
          .forEach((td, i) => {
            const v = mine.find((x) => x.result_id === tr.properties.id && x.arm === i + 1);
            const shown = text(td);
            cells += 1;
            expect(shown, `${id}#${String(tr.properties.id)} arm ${i + 1}`).toBe(
              v ? (v.denominator === null ? v.value : `${v.value}/${v.denominator}`) : 'not reported',
            );
          });
      }
    }
    expect(cells).toBeGreaterThanOrEqual(values.length);
    expect(
      values.every((v) => select(`[id="${v.result_id}"]`, page(`/studies/${v.study_id}/`).tree)),
      'a value whose row is not on its page',
    ).toBe(true);
  });
});

describe('the data page', () => {
  const data = page('/data/');

  test('lists every file with a working link and its real size', () => {
    const items = selectAll('main li', data.tree).filter((li) => select('a[href^="/data/"]', li));
    expect(items.map((li) => String(select('a', li)!.properties.href))).toEqual(expect.arrayContaining(files.map((f) => `/data/${f}`)));
    for (const f of files) {
      const li = items.find((x) => select(`a[href="/data/${f}"]`, x))!;
      expect(text(li), f).toContain(fileSize(statSync(join(DATA, f)).size));
    }
  });

  test('states the licence and how to cite, and has Dataset JSON-LD with a download per file', () => {
    expect(select(`main a[rel~="license"][href="${LICENSE_URL}"]`, data.tree)).toBeTruthy();
    expect(text(select('#how-to-cite + p', data.tree)!)).toContain('/data/');
    const ld = JSON.parse(toString(select('script[type="application/ld+json"]', data.tree)!)) as Record<string, unknown> & {
      distribution: { contentUrl: string; encodingFormat: string }[];
      creator: { '@type': string };
    };
    expect(ld).toMatchObject({
      '@type': 'Dataset',
      license: LICENSE_URL,
      creator: { '@type': 'Organization' },
      dateModified: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    });
    expect(ld.distribution.map((d) => new URL(d.contentUrl).pathname).sort()).toEqual(files.map((f) => `/data/${f}`).sort());
  });
});

describe('the licence of text and data', () => {
  test('every page names it in the head and the footer', () => {
    expect(
      offenders(
        pages.map((p) => [p.url, p] as const),
        (_, p) => {
          expect(select(`head link[rel="license"][href="${LICENSE_URL}"]`, p.tree), 'no <link rel="license">').toBeTruthy();
          const link = select(`footer a[href="${LICENSE_URL}"]`, p.tree);
          expect(link && text(link)).toBe(LICENSE_NAME);
          expect(select('footer a[href="/data/"]', p.tree), 'no link to the data page').toBeTruthy();
        },
      ),
    ).toEqual([]);
  });

  test('every MedicalWebPage in JSON-LD carries it', () => {
    const webPages = pages
      .flatMap((p) =>
        selectAll('script[type="application/ld+json"]', p.tree).flatMap((s) => (JSON.parse(toString(s))['@graph'] ?? []) as Record<string, unknown>[]),
      )
      .filter((n) => n['@type'] === 'MedicalWebPage');
    expect(webPages.length).toBeGreaterThan(10);
    for (const n of webPages) expect(n.license, String(n.url)).toBe(LICENSE_URL);
  });
});
