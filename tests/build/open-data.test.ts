/**
 * The open data in dist/data/, checked by an implementation of the Frictionless
 * specs that is not ours (datapackage, the Frictionless Data JavaScript library:
 * the descriptor against its bundled Data Package profiles; each CSV against its
 * Table Schema, with types, primary keys and foreign keys), by sha256, and joined
 * to the numbers the pages show. Also the licence on every page.
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Package } from 'datapackage';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { beforeAll, describe, expect, test } from 'vitest';
import { fileSize } from '../../src/lib/data/dataset-metadata.ts';
import { LICENSE_NAME, LICENSE_URL } from '../../src/lib/site.ts';
import { builtPages, DIST } from '../helpers/dist.ts';
import { offenders } from '../helpers/offenders.ts';

const DATA = join(DIST, 'data');
const pages = builtPages();
const page = (url: string) => pages.find((p) => p.url === url)!;
const files = readdirSync(DATA)
  .filter((f) => f !== 'index.html')
  .sort();
interface Descriptor {
  resources: {
    name: string;
    path: string;
    profile: string;
    bytes: number;
    hash: string;
    schema: { fields: { name: string; type: string; description?: string }[]; foreignKeys?: { fields: string[]; reference: { resource: string } }[] };
  }[];
}
const descriptor = JSON.parse(readFileSync(join(DATA, 'datapackage.json'), 'utf8')) as Descriptor;
const csvResources = descriptor.resources.filter((r) => r.profile === 'tabular-data-resource');
const json = <T = Record<string, unknown>>(file: string) => JSON.parse(readFileSync(join(DATA, file), 'utf8')) as T[];
const text = (node: Parameters<typeof toString>[0]) => toString(node).replace(/\s+/g, ' ').trim();

/**
 * A package's CSV resources read by the library and cast to their types (so also checked for required values and
 * unique primary keys), then each foreign key checked on its own: tableschema replaces a column by the row it
 * references once its first foreign key resolves, so a second key sharing that column (result-values has two
 * on study_id) would fail to resolve. Any error is returned as text.
 */
async function readAll(dir: string): Promise<{ rows: Map<string, Record<string, unknown>[]>; errors: string[] }> {
  const original = JSON.parse(readFileSync(join(dir, 'datapackage.json'), 'utf8')) as Descriptor;
  const pkg = await Package.load(join(dir, 'datapackage.json'), { basePath: dir });
  const rows = new Map<string, Record<string, unknown>[]>();
  const errors = pkg.errors.map((e) => e.message);
  for (const r of pkg.resources.filter((x) => x.tabular)) {
    try {
      rows.set(r.name, await r.read({ keyed: true }));
    } catch (error) {
      errors.push(`${r.name}: ${(error as Error).message}`);
    }
  }
  for (const [i, resource] of original.resources.entries()) {
    if (resource.profile !== 'tabular-data-resource') continue;
    for (const key of resource.schema.foreignKeys ?? []) {
      const one = structuredClone(original);
      one.resources[i]!.schema.foreignKeys = [key];
      const r = (await Package.load(one, { basePath: dir })).getResource(resource.name)!;
      await r.read({ relations: true }).catch((error: Error) => errors.push(`${resource.name}: ${error.message}`));
    }
  }
  return { rows, errors };
}

let read: Awaited<ReturnType<typeof readAll>>;
beforeAll(async () => {
  read = await readAll(DATA);
});

describe('the data package, checked by the Frictionless Data library', () => {
  test('the descriptor is a valid Data Package (v1 profile) and every CSV reads against its Table Schema: types, required values, unique primary keys, foreign keys that resolve', async () => {
    const pkg = await Package.load(join(DATA, 'datapackage.json'), { basePath: DATA });
    expect(pkg.errors.map((e) => e.message)).toEqual([]);
    expect(pkg.valid).toBe(true);
    expect(pkg.profile.name).toBe('data-package');
    expect(read.errors).toEqual([]);
    expect([...read.rows.keys()]).toEqual(csvResources.map((r) => r.name));
  });

  /** The errors the library finds in a copy of the package with one CSV edited. */
  async function errorsAfter(file: string, edit: (records: string[]) => string[]): Promise<string> {
    const copy = mkdtempSync(join(tmpdir(), 'open-data-'));
    cpSync(DATA, copy, { recursive: true });
    writeFileSync(join(copy, file), edit(readFileSync(join(copy, file), 'utf8').split('\r\n')).join('\r\n'));
    return (await readAll(copy)).errors.join('\n');
  }

  test('the check is not empty: the library rejects a dangling foreign key, a repeated primary key and a value of the wrong type', async () => {
    expect(await errorsAfter('arms.csv', (r) => [...r.slice(0, -1), r[1]!.replace(/^[^,]+/, 'nosuchstudy2099'), ''])).toContain(
      'arms: Foreign key "study_id" violation',
    );
    expect(await errorsAfter('arms.csv', (r) => [...r.slice(0, -1), r[1]!, ''])).toMatch(/arms: Row \d+ has an unique constraint violation/);
    expect(await errorsAfter('result-values.csv', (r) => [r[0]!, r[1]!.replace(/^([^,]+,[^,]+),\d+,/, '$1,9,'), ...r.slice(2)])).toContain(
      'result-values: Foreign key "study_id,arm" violation',
    );
    expect(await errorsAfter('studies.csv', (r) => [r[0]!, r[1]!.replace(/,(\d+),/, ',many,'), ...r.slice(2)])).toMatch(/studies: .*type/);
  });

  test('every column of every resource has a name, a type and a description, and every CSV header names the schema fields in order', () => {
    for (const r of descriptor.resources) {
      for (const f of r.schema.fields)
        expect([f.name, f.type, (f.description ?? '').length > 5], `${r.name}.${f.name}`).toEqual([
          expect.stringMatching(/^[a-z_]+$/),
          expect.any(String),
          true,
        ]);
      if (r.profile === 'tabular-data-resource')
        expect(readFileSync(join(DATA, r.path), 'utf8').split('\r\n')[0], r.name).toBe(r.schema.fields.map((f) => f.name).join(','));
    }
  });

  test('every foreign key names a resource of the package (the library skips unknown ones silently)', () => {
    const names = new Set(descriptor.resources.map((r) => r.name));
    for (const r of descriptor.resources)
      for (const k of r.schema.foreignKeys ?? []) expect(names.has(k.reference.resource), `${r.name} -> ${k.reference.resource}`).toBe(true);
  });

  test('each JSON file holds the same rows as its CSV, cast to the same values', () => {
    const plain = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : v);
    for (const r of csvResources) {
      const fromCsv = read.rows.get(r.name)!.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, plain(v)])));
      expect(json(`${r.name}.json`), r.name).toEqual(fromCsv);
    }
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
