/**
 * The history of the data package's structure (its tables, columns, types, keys and scales), newest first, as
 * data: the descriptor's `version` is the newest entry's, and CHANGELOG.md under /data/ is rendered from it.
 * The rows themselves change whenever a page is reviewed; that is `dateModified`, not a new version.
 *
 * Add an entry whenever a table, a column, a type, a key or a scale changes, with a version that follows
 * Semantic Versioning: major when a reader's code could break (a column removed, renamed or retyped, a
 * descriptor property gone), minor when something is added, patch for wording only.
 */
interface PackageChange {
  version: string;
  /** The day the change was made (YYYY-MM-DD). */
  date: string;
  changes: readonly string[];
}

export const PACKAGE_CHANGES: readonly PackageChange[] = [
  {
    version: '2.0.0',
    date: '2026-12-07',
    changes: [
      'The descriptor follows Data Package v2: `$schema` is https://datapackage.org/profiles/2.0/datapackage.json, each CSV resource has `type: "table"` instead of `profile: "tabular-data-resource"`, the JSON resources have no `profile`, and the contributor has `roles: ["creator"]` instead of `role: "author"`.',
      'Fixed scales are categorical fields (Table Schema v2 `categories`): `studies.design` (ordered, strongest to weakest for questions of benefit), `studies.population_scope`, `studies.map_finding` and `summary-of-findings.certainty` (ordered, high to very low).',
      'New tables for the reviewed claims: `claims` (with `verdict`, ordered from supported to contradicted), `claim-evidence` (each work weighed, with its `stance` and `strength`) and `claim-studies`.',
      'The package has a `version`, and this changelog is published with it.',
    ],
  },
  {
    version: '1.1.0',
    date: '2026-12-07',
    changes: [
      '`results` gained `estimate_measure`, `estimate`, `ci_low`, `ci_high`, `ci_level` and `p_value`; `comparison` is now rendered from them.',
      '`result-values.value` may be empty, where the study reports no value for an arm.',
    ],
  },
  {
    version: '1.0.0',
    date: '2026-11-28',
    changes: [
      'First published, as a Frictionless Data Package v1: `studies`, `arms`, `outcomes-measured`, `results`, `result-values`, `risk-of-bias`, `summary-of-findings` and `summary-of-findings-studies`, each as CSV and JSON. Versions 1.0.0 and 1.1.0 were numbered afterwards, from the project history.',
    ],
  },
];

/** The package's version: the newest change's. */
export const PACKAGE_VERSION = PACKAGE_CHANGES[0]!.version;

/** CHANGELOG.md: every change, newest first. */
export const changelog = (title: string): string =>
  [
    '# Changelog of the data package',
    '',
    `Changes to the structure of the open data of ${title} (tables, columns, types, keys and scales), newest first. The rows change whenever a page is reviewed; see the version date on the data page.`,
    ...PACKAGE_CHANGES.flatMap((c) => ['', `## ${c.version} (${c.date})`, '', ...c.changes.map((line) => `- ${line}`)]),
    '',
  ].join('\n');
