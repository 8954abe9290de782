/**
 * Where each identifier in the bibliography was seen, read beside the
 * bibliography and checked against it.
 *
 * Every DOI, PubMed and PubMed Central number, and every trial registry number
 * that src/lib/core/bibliography/identifier-rules.ts finds in an entry, needs a record in
 * references/provenance.yaml naming the page it was seen on and the date. An
 * identifier with no record fails the build, and so does a record for an entry
 * or a field the bibliography does not have (a stale record after an edit).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { isMap, isScalar, LineCounter, parseDocument, type Node } from 'yaml';
import { EvidenceBuildError, EvidenceBuildErrors, throwIfAny } from '../core/build-error.ts';
import { ProvenanceSchema, type Provenance, type ProvenanceField } from '../../schemas/provenance.ts';
import { loadBibliography } from '../core/bibliography/load.ts';
import type { Bibliography } from '../core/bibliography/types.ts';
import { IDENTIFIER_RULES, registryNumbers } from '../core/bibliography/identifier-rules.ts';
import { BIBLIOGRAPHY_FILE, PROVENANCE_FILE } from '../core/settings.ts';

/** One identifier of one bibliography entry. */
export interface BibIdentifier {
  /** Cite key of the entry. */
  key: string;
  /** Field name as provenance.yaml writes it: doi, pmid, pmcid, or the registry (nct, isrctn). */
  field: ProvenanceField;
  /** The identifier itself. */
  value: string;
  /** Line of the entry in the BibTeX file. */
  line: number;
}

/** Every identifier the bibliography carries, in file order. */
export function bibliographyIdentifiers(bibliography: Bibliography): BibIdentifier[] {
  return [...bibliography.references.values()].flatMap(({ key, line, csl }) => [
    ...IDENTIFIER_RULES.filter((rule) => csl[rule.field] !== undefined).map((rule) => ({ key, line, field: rule.bibtex, value: String(csl[rule.field]) })),
    ...registryNumbers(csl).map((value) => ({ key, line, field: (value.startsWith('NCT') ? 'nct' : 'isrctn') as ProvenanceField, value })),
  ]);
}

/** The parsed records, with the line of each entry (`key`) and each record (`key.field`) for messages. */
export interface ProvenanceFile {
  file: string;
  records: Provenance;
  lines: Map<string, number>;
}

const FORMAT = 'write `<cite key>:` and under it `<field>: { seen: <https URL of the record>, on: YYYY-MM-DD }`';

/** Parses provenance YAML text; throws EvidenceBuildError(s) naming the file and line. */
export function parseProvenance(text: string, file: string): ProvenanceFile {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter });
  const lineOf = (node: Node | null | undefined) => (node?.range ? counter.linePos(node.range[0]).line : undefined);
  if (doc.errors.length) {
    const error = doc.errors[0]!;
    throw new EvidenceBuildError(
      { file, line: error.linePos?.[0].line, column: error.linePos?.[0].col },
      `not valid YAML: ${error.message.split('\n')[0]}`,
      FORMAT,
    );
  }
  const lines = new Map<string, number>();
  if (isMap(doc.contents))
    for (const entry of doc.contents.items) {
      if (!isScalar(entry.key)) continue;
      const key = String(entry.key.value);
      lines.set(key, lineOf(entry.key) ?? 1);
      if (isMap(entry.value))
        for (const record of entry.value.items) if (isScalar(record.key)) lines.set(`${key}.${String(record.key.value)}`, lineOf(record.key) ?? 1);
    }
  const result = ProvenanceSchema.safeParse(doc.toJS() ?? {});
  if (result.success) return { file, records: result.data, lines };
  const issues: { path: PropertyKey[]; message: string }[] = result.error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys' ? issue.keys.map((name) => ({ path: [...issue.path, name], message: 'not an identifier field' })) : [issue],
  );
  const problems = issues.map((issue) => {
    const [key, field] = issue.path.map(String);
    const where = field !== undefined ? `${key}.${field}` : key;
    return new EvidenceBuildError(
      { file, line: (where && (lines.get(where) ?? lines.get(key!))) || undefined },
      `${where ? `"${issue.path.map(String).join('.')}": ` : ''}${issue.message}.`,
      `${FORMAT} (fields: doi, pmid, pmcid, nct, isrctn).`,
    );
  });
  throwIfAny(problems);
  throw new EvidenceBuildError({ file }, 'the records could not be read.', FORMAT);
}

/** Identifiers without a record, and records that name an entry or field the bibliography does not have. */
export function provenanceProblems(bibliography: Bibliography, provenance: ProvenanceFile): EvidenceBuildError[] {
  const identifiers = bibliographyIdentifiers(bibliography);
  const missing = identifiers
    .filter(({ key, field }) => provenance.records[key]?.[field] === undefined)
    .map(
      ({ key, field, value, line }) =>
        new EvidenceBuildError(
          { file: bibliography.file, line },
          `entry "${key}": ${field} "${value}" has no record in ${provenance.file} of where it was seen.`,
          `add \`${key}:\` / \`  ${field}: { seen: <URL of the record that shows it>, on: YYYY-MM-DD }\` to ${provenance.file}, or remove the ${field} if no record shows it.`,
        ),
    );
  const present = new Set(identifiers.map(({ key, field }) => `${key}.${field}`));
  const stale = Object.entries(provenance.records).flatMap(([key, fields]) => {
    if (!bibliography.references.has(key))
      return [
        new EvidenceBuildError(
          { file: provenance.file, line: provenance.lines.get(key) },
          `records for entry "${key}", which is not in ${bibliography.file}.`,
          `correct the cite key, or delete the records if the entry was removed.`,
        ),
      ];
    return Object.keys(fields)
      .filter((field) => !present.has(`${key}.${field}`))
      .map(
        (field) =>
          new EvidenceBuildError(
            { file: provenance.file, line: provenance.lines.get(`${key}.${field}`) },
            `a record for the ${field} of entry "${key}", which has no ${field} in ${bibliography.file}.`,
            `delete the record, or add the ${field} to the entry if a record shows it.`,
          ),
      );
  });
  return [...missing, ...stale];
}

/** Reads references/provenance.yaml under `root` (a missing file holds no records) and checks it against the bibliography. */
export function checkProvenance(root: string, bibliographyPath = BIBLIOGRAPHY_FILE, provenancePath = PROVENANCE_FILE): EvidenceBuildError[] {
  const absolute = resolve(root, provenancePath);
  const text = existsSync(absolute) ? readFileSync(absolute, 'utf8') : '';
  try {
    return provenanceProblems(loadBibliography(bibliographyPath, root), parseProvenance(text, provenancePath));
  } catch (error) {
    if (error instanceof EvidenceBuildError) return [error];
    if (error instanceof EvidenceBuildErrors) return error.problems;
    throw error;
  }
}
