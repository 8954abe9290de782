import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import type { SummaryRow } from '../../../../src/lib/content/summary-of-findings.ts';
import { CHANGELOG_FILE, CHECKSUM_FILE, openData, PACKAGE_FILE, PACKAGE_PROFILE, packageName } from '../../../../src/lib/data/data-package.ts';
import { PACKAGE_CHANGES, PACKAGE_VERSION } from '../../../../src/lib/data/package-changes.ts';
import { datasetJsonLd, fileSize, listedFiles } from '../../../../src/lib/data/dataset-metadata.ts';
import { LICENSE_SPDX, LICENSE_URL, SITE_NAME } from '../../../../src/lib/site.ts';
import { categoryProblems, keyProblems } from '../../../../src/lib/data/table-keys.ts';
import { parseCsv, profileErrors } from '../../../helpers/data-package.ts';
import { StudySchema } from '../../../../src/schemas/study.ts';

const study = (id: string, overrides: Record<string, unknown>) => ({
  id,
  data: StudySchema.parse({
    title: 'A fixture study title',
    summary: 'A fixture study, summarised in one sentence.',
    design: 'randomized controlled trial',
    randomizationAndBlinding: 'Randomized, double-blind',
    population: 'Adults, aged 18 to 65',
    nEnrolled: 20,
    arms: [
      { name: 'Drug', n: 10, regimen: '1 mg, IV' },
      { name: 'Placebo', n: 10, regimen: 'saline' },
    ],
    followUp: '1 week',
    followUpDays: 7,
    outcomes: ['Pain, 0 to 10'],
    adverseEffects: 'None reported.',
    funding: 'Not reported.',
    riskOfBias: ['Small sample.', 'Dose printed as "4.8", perhaps a typo.'],
    lastReviewed: '2026-01-02',
    results: [
      {
        id: 'responders',
        measure: 'Responders, 1 hour',
        hoursAfterDose: 1,
        values: [6, 2],
        denominators: [10, 10],
        estimate: { p: '<0.05' },
        finding: 'More responders.',
      },
    ],
    ...overrides,
  }),
});

const studies = [
  study('alpha2020trial', {}),
  study('beta2021cohort', {
    design: 'uncontrolled cohort',
    nEnrolled: 5,
    arms: [{ name: 'Drug', regimen: 'oral' }],
    followUp: 'Not stated',
    followUpDays: null,
    lastReviewed: '2026-03-04',
    results: [{ id: 'pain', measure: 'Pain', values: ['lower, by 2 points'], finding: 'Pain fell.' }],
  }),
];
const summary: SummaryRow[] = [
  {
    questionId: 'pain-now',
    outcome: 'Pain now',
    studies: 1,
    participants: 20,
    otherStudies: 1,
    finding: 'Less pain.',
    certainty: 'low',
    statement: 'May reduce pain.',
    sources: [],
  },
];
const questions = [{ id: 'pain-now', data: { studies: ['alpha2020trial', 'beta2021cohort'], lastReviewed: '2026-02-01' } }] as unknown as Parameters<
  typeof openData
>[0]['questions'];
const claims = [
  {
    id: 'cures-everything',
    data: {
      title: 'A fixture claim that the drug cures everything',
      verdict: 'contradicted',
      verdictReason: 'The one fixture trial found no lasting effect.',
      lastReviewed: '2026-02-15',
      evidence: [
        { cite: 'alpha2020trial', stance: 'contradicts', strength: 'randomized trial' },
        { cite: 'opinion2019', stance: 'supports', strength: 'opinion' },
      ],
      studies: ['alpha2020trial'],
    },
  },
] as unknown as NonNullable<Parameters<typeof openData>[0]['claims']>;
const data = openData({ studies, questions, summary, claims });
const table = (name: string) => data.tables.find((t) => t.name === name)!;
const text = (path: string) => data.files.find((f) => f.path === path)!.content;

describe('open data tables', () => {
  test('give every row exactly the columns of its table', () => {
    for (const t of data.tables) for (const row of t.rows) expect(Object.keys(row).sort(), t.name).toEqual(t.fields.map((f) => f.name).sort());
  });

  test('describe every column and key only columns that exist', () => {
    for (const t of data.tables) {
      const names = t.fields.map((f) => f.name);
      for (const f of t.fields) expect(f.description.length, `${t.name}.${f.name}`).toBeGreaterThan(5);
      expect(names).toEqual(expect.arrayContaining([...t.primaryKey, ...t.foreignKeys.flatMap((k) => k.fields)]));
      for (const k of t.foreignKeys) expect(table(k.reference.resource).fields.map((f) => f.name)).toEqual(expect.arrayContaining(k.reference.fields));
    }
  });

  test('keep one value per arm with its denominator, numbers also as numbers and words only as words', () => {
    expect(table('result-values').rows).toEqual([
      { study_id: 'alpha2020trial', result_id: 'responders', arm: 1, value: '6', numeric_value: 6, denominator: 10 },
      { study_id: 'alpha2020trial', result_id: 'responders', arm: 2, value: '2', numeric_value: 2, denominator: 10 },
      { study_id: 'beta2021cohort', result_id: 'pain', arm: 1, value: 'lower, by 2 points', numeric_value: null, denominator: null },
    ]);
  });

  test('count in a summary row the participants of the studies it counts, and mark the others', () => {
    const links = table('summary-of-findings-studies').rows;
    expect(links).toEqual([
      { question_id: 'pain-now', study_id: 'alpha2020trial', counted: true, participants_counted: 20 },
      { question_id: 'pain-now', study_id: 'beta2021cohort', counted: false, participants_counted: null },
    ]);
    expect(table('summary-of-findings').rows[0]).toMatchObject({ studies: 1, participants: 20, other_studies: 1 });
  });

  test("give each claim its verdict and each work it weighs, in the claim page's order", () => {
    expect(table('claims').rows).toEqual([expect.objectContaining({ id: 'cures-everything', verdict: 'contradicted', last_reviewed: '2026-02-15' })]);
    expect(table('claim-evidence').rows.map((r) => [r.position, r.cite_key, r.stance, r.strength])).toEqual([
      [1, 'alpha2020trial', 'contradicts', 'randomized trial'],
      [2, 'opinion2019', 'supports', 'opinion'],
    ]);
    expect(table('claim-studies').rows).toEqual([{ claim_id: 'cures-everything', study_id: 'alpha2020trial' }]);
  });

  test('record a follow-up the source does not state as missing, never as 0', () => {
    expect(table('studies').rows.map((r) => r.follow_up_days)).toEqual([7, null]);
  });
});

describe('open data files', () => {
  test('are each table as CSV and JSON, then the descriptor, then the checksums', () => {
    expect(data.files.map((f) => f.path)).toEqual([
      ...data.tables.flatMap((t) => [`${t.name}.csv`, `${t.name}.json`]),
      PACKAGE_FILE,
      CHANGELOG_FILE,
      CHECKSUM_FILE,
    ]);
  });

  test('quote risk-of-bias notes with double quotes in the CSV and keep them as text in the JSON', () => {
    expect(text('risk-of-bias.csv')).toContain('alpha2020trial,2,"Dose printed as ""4.8"", perhaps a typo."\r\n');
    expect(JSON.parse(text('risk-of-bias.json'))[1]).toEqual({ study_id: 'alpha2020trial', position: 2, note: 'Dose printed as "4.8", perhaps a typo.' });
  });

  test('list a SHA-256 checksum for every other file, in the format sha256sum -c reads', () => {
    const lines = text(CHECKSUM_FILE).trimEnd().split('\n');
    expect(lines).toEqual(data.files.filter((f) => f.path !== CHECKSUM_FILE).map((f) => `${createHash('sha256').update(f.content).digest('hex')}  ${f.path}`));
  });

  test('describe the package with its licence, its site as author and every file with size and hash', () => {
    const descriptor = JSON.parse(text(PACKAGE_FILE));
    expect(descriptor.name).toBe(packageName());
    expect(descriptor.name).toMatch(/^[-a-z0-9._/]+$/);
    expect(descriptor.licenses).toEqual([expect.objectContaining({ name: LICENSE_SPDX, path: LICENSE_URL })]);
    expect(descriptor.contributors[0].title).toBe(SITE_NAME);
    for (const r of descriptor.resources) {
      const f = data.files.find((x) => x.path === r.path)!;
      expect(r).toMatchObject({ bytes: f.bytes, hash: `sha256:${f.sha256}`, mediatype: f.mediatype, encoding: 'utf-8' });
    }
  });

  test('are versioned by the newest review date of what they hold', () => {
    expect(data.dateModified).toBe('2026-03-04');
  });
});

describe('data page metadata', () => {
  test('sizes read as bytes, kB or MB', () => {
    expect([fileSize(812), fileSize(4210), fileSize(2_500_000)]).toEqual(['812 bytes', '4.2 kB', '2.5 MB']);
  });

  test('lists every file with its format and size', () => {
    const listed = listedFiles(data);
    expect(listed.map((f) => f.href)).toEqual(data.files.map((f) => `/data/${f.path}`));
    expect(listed[0]!.about).toMatch(/^CSV, /);
    expect(listed.every((f) => f.description.length > 0)).toBe(true);
  });

  test('gives a Dataset with the licence, the site as creator and one download per file', () => {
    const ld = datasetJsonLd(data);
    expect(ld).toMatchObject({ '@type': 'Dataset', license: LICENSE_URL, creator: { '@type': 'Organization', name: SITE_NAME }, dateModified: '2026-03-04' });
    expect((ld.distribution as { contentUrl: string }[]).map((d) => new URL(d.contentUrl).pathname)).toEqual(data.files.map((f) => `/data/${f.path}`));
  });
});

describe('open data keys and scales', () => {
  test('fail the build on a value for an arm that does not exist, naming the study file, the table, the row, the key and the fix', () => {
    const [alpha, beta] = studies as [(typeof studies)[number], (typeof studies)[number]];
    // As a fork that skipped the study rules would have it: three values for two arms, and a result id used twice.
    const broken = { ...alpha, data: { ...alpha.data, results: [{ ...alpha.data.results[0]!, values: [8, 3, 99] }, alpha.data.results[0]!] } };
    const error = (() => {
      try {
        openData({ studies: [broken, beta], questions, summary });
      } catch (e) {
        return (e as Error).message;
      }
      return 'no error';
    })();
    expect(error).toContain(
      'src/content/studies/alpha2020trial.md: results, row 2: primary key (study_id="alpha2020trial", result_id="responders") is used twice; give each result of the study an id of its own',
    );
    expect(error).toContain(
      'src/content/studies/alpha2020trial.md: result-values, row 3: (study_id="alpha2020trial", arm=3) has no row in arms (study_id, arm); give one value per arm, in the order of the study\'s arms (null where the study reports none)',
    );
  });

  test('fail the build on a value outside its fixed scale, naming the question file', () => {
    const offScale = [{ ...summary[0]!, certainty: 'certain' }] as unknown as SummaryRow[];
    expect(() => openData({ studies, questions, summary: offScale })).toThrow(
      'src/content/questions/pain-now.md: summary-of-findings, row 1: certainty is "certain", not one of "high", "moderate", "low", "very low"',
    );
  });

  test('accept an empty value in an optional categorical column, and no empty value in a required one', () => {
    const t = { ...table('studies'), rows: [{ ...table('studies').rows[0]!, map_finding: null, design: null }] };
    expect(categoryProblems([t])).toEqual([expect.stringMatching(/: design is null, not one of /)]);
  });

  test('fail the build on a claim that names a study that does not exist, naming the claim file', () => {
    const broken = [{ ...claims[0]!, data: { ...claims[0]!.data, studies: ['gamma2099missing'] } }];
    expect(() => openData({ studies, questions, summary, claims: broken })).toThrow(
      'src/content/claims/cures-everything.md: claim-studies, row 1: (study_id="gamma2099missing") has no row in studies (id); name a study page that exists under src/content/studies/',
    );
  });

  test('hold for well-formed data', () => {
    expect(keyProblems(data.tables)).toEqual([]);
    expect(categoryProblems(data.tables)).toEqual([]);
  });
});

describe('the descriptor, as Data Package v2', () => {
  const descriptor = JSON.parse(text(PACKAGE_FILE));

  test('is valid against the official v2 profile (https://datapackage.org/profiles/2.0/datapackage.json)', () => {
    expect(descriptor.$schema).toBe(PACKAGE_PROFILE);
    expect(profileErrors(descriptor)).toEqual([]);
  });

  test('the profile check is not empty: it rejects a scale whose order is not a boolean and a resource without a name', () => {
    const badOrder = structuredClone(descriptor);
    badOrder.resources[0].schema.fields.find((f: { categories?: unknown }) => f.categories).categoriesOrdered = 'yes';
    expect(profileErrors(badOrder).join('\n')).toMatch(/^\/resources\/0\/schema\/fields\/\d+\/categoriesOrdered must be boolean/m);
    const noName = structuredClone(descriptor);
    delete noName.resources[1].name;
    expect(profileErrors(noName).join('\n')).toContain("must have required property 'name'");
  });

  test('marks each CSV as a table and writes fixed scales as categories, ordered where the scale is', () => {
    const csv = descriptor.resources.filter((r: { path: string }) => r.path.endsWith('.csv'));
    expect(csv.map((r: { type?: string }) => r.type)).toEqual(data.tables.map(() => 'table'));
    expect(descriptor.resources.some((r: { profile?: string }) => 'profile' in r)).toBe(false);
    const certainty = descriptor.resources
      .find((r: { name: string }) => r.name === 'summary-of-findings')
      .schema.fields.find((f: { name: string }) => f.name === 'certainty');
    expect(certainty).toMatchObject({ type: 'string', categories: ['high', 'moderate', 'low', 'very low'], categoriesOrdered: true });
    const verdict = descriptor.resources.find((r: { name: string }) => r.name === 'claims').schema.fields.find((f: { name: string }) => f.name === 'verdict');
    expect(verdict).toMatchObject({ categories: ['supported', 'partly supported', 'misleading', 'unsupported', 'contradicted'], categoriesOrdered: true });
  });

  test('has the version of the newest change, and CHANGELOG.md lists every change newest first', () => {
    expect(descriptor.version).toBe(PACKAGE_VERSION);
    const semver = (v: string) => v.split('.').map(Number) as [number, number, number];
    const later = (a: string, b: string) => {
      const [x, y] = [semver(a), semver(b)];
      return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
    };
    for (const [newer, older] of PACKAGE_CHANGES.slice(0, -1).map((c, i) => [c, PACKAGE_CHANGES[i + 1]!] as const)) {
      expect(later(newer.version, older.version), `${newer.version} after ${older.version}`).toBeGreaterThan(0);
      expect(newer.date >= older.date, newer.version).toBe(true);
    }
    const log = text(CHANGELOG_FILE);
    const at = PACKAGE_CHANGES.map((c) => log.indexOf(`\n## ${c.version} (${c.date})\n`));
    expect(at.every((i) => i > 0)).toBe(true);
    expect(at).toEqual([...at].sort((x, y) => x - y));
  });
});

describe('the CSV reader of the tests', () => {
  test('reads quoted commas, doubled quotes and line breaks inside quotes, and CRLF between records', () => {
    expect(parseCsv('a,b\r\n"x, y","say ""hi""\nthere"\r\n,3\r\n')).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"\nthere'],
      ['', '3'],
    ]);
  });
});
