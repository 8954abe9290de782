/**
 * The bibliography checked and parsed: citation-js owns the BibTeX -> CSL-JSON
 * conversion; this module adds what it does silently wrong (duplicate keys, an
 * empty file, parse errors with no file name, missing required fields, malformed
 * identifiers), each as a build error naming the file, line and fix.
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import { EvidenceBuildError, throwIfAny } from '../build-error.ts';
import { identifierProblems } from './identifier-rules.ts';
import { entryFieldProblems, rawFields } from './bibtex-field-rules.ts';
import { markEtAl } from './names.ts';
import { declaredOmitted, scanKeys, unclosedBrace, type KeyLine } from './scan.ts';
import type { Bibliography, CslItem, Reference } from './types.ts';

export { Cite };

/** Keys become HTML ids and URL fragments; rehype-citation lower-cases them. */
const KEY_PATTERN = /^[a-z][a-z0-9-]*$/;

/** Parses BibTeX text; throws EvidenceBuildError(s) naming the file, line and fix. */
export function parseBibliography(text: string, file: string): Bibliography {
  const keyLines = scanKeys(text);
  if (keyLines.length === 0) {
    throw new EvidenceBuildError(
      { file },
      'the bibliography has no entries, so no citation could be resolved.',
      'add BibTeX entries such as `@article{smith2020trial, ...}` (see references/README.md).',
    );
  }
  throwIfAny(checkKeys(keyLines, file));

  let items: CslItem[];
  try {
    items = (new Cite(text, { generateGraph: false }).data as unknown as CslItem[]).map(markEtAl);
  } catch (error) {
    throw unclosedBraceError(text, file, keyLines) ?? parseError(error, file, keyLines);
  }

  const lineOf = new Map(keyLines.map(({ key, line }) => [key, line]));
  const references = new Map<string, Reference>();
  for (const csl of items) references.set(csl.id, { key: csl.id, line: lineOf.get(csl.id) ?? 1, csl });

  const lost = keyLines.filter(({ key }) => !references.has(key));
  throwIfAny(
    lost.map(
      ({ key, line }) =>
        new EvidenceBuildError(
          { file, line },
          `entry "${key}" could not be read by the BibTeX parser and would be dropped.`,
          'check the entry for a missing comma, brace or "=" between a field name and its value.',
        ),
    ),
  );
  const omitted = declaredOmitted(text, keyLines);
  throwIfAny([...references.values()].flatMap((ref) => checkFields(ref, file, omitted.get(ref.key) ?? [])));
  throwIfAny(writtenFieldProblems(text, keyLines, references, file, omitted));
  return { file, text, references, items };
}

function checkKeys(keyLines: KeyLine[], file: string): EvidenceBuildError[] {
  const problems: EvidenceBuildError[] = [];
  const firstLine = new Map<string, number>();
  for (const { key, line } of keyLines) {
    if (!KEY_PATTERN.test(key)) {
      problems.push(
        new EvidenceBuildError(
          { file, line },
          key ? `cite key "${key}" is not lowercase letters, digits and hyphens.` : 'an entry has no cite key.',
          'name it as author + year + first title word in lowercase, e.g. "smith2020trial", and end the key with a comma.',
        ),
      );
    }
    const earlier = firstLine.get(key);
    if (earlier !== undefined) {
      problems.push(
        new EvidenceBuildError(
          { file, line },
          `duplicate cite key "${key}" (first defined on line ${earlier}); the parser would silently keep only the last one.`,
          `give one of the two entries a different key, or delete the duplicate.`,
        ),
      );
    } else firstLine.set(key, line);
  }
  return problems;
}

const REQUIRED: Record<string, (keyof CslItem)[]> = {
  'article-journal': ['author', 'title', 'container-title', 'issued'],
  report: ['title', 'issued', 'publisher'],
  webpage: ['title', 'issued', 'URL'],
  document: ['title', 'issued', 'URL'],
};
const BIBTEX_NAME: Record<string, string> = {
  'container-title': 'journal',
  issued: 'year',
  URL: 'url',
  publisher: 'institution',
};

/** The rules of bibtex-field-rules.ts on each entry as written, naming the entry, the field and its line. */
function writtenFieldProblems(
  text: string,
  keyLines: KeyLine[],
  references: Map<string, Reference>,
  file: string,
  omitted: Map<string, string[]>,
): EvidenceBuildError[] {
  const lines = text.split('\n');
  return keyLines.flatMap(({ key, line }, i) => {
    const ref = references.get(key);
    if (!ref) return [];
    const block = lines.slice(line - 1, (keyLines[i + 1]?.line ?? lines.length + 1) - 1).join('\n');
    return entryFieldProblems(rawFields(block, line), ref.csl, line, omitted.get(key) ?? []).map(
      (p) => new EvidenceBuildError({ file, line: p.line }, `entry "${key}", field ${p.field}: ${p.problem}.`, p.fix),
    );
  });
}

function checkFields(ref: Reference, file: string, omitted: string[]): EvidenceBuildError[] {
  const identifiers = identifierProblems(ref.csl).map(
    (problem) =>
      new EvidenceBuildError(
        { file, line: ref.line },
        `entry "${ref.key}": ${problem}.`,
        'copy the identifier exactly as the record of the work shows it, or remove the field if no record shows it.',
      ),
  );
  return [...identifiers, ...requiredFields(ref, file, omitted)];
}

function requiredFields(ref: Reference, file: string, omitted: string[]): EvidenceBuildError[] {
  const required = (REQUIRED[ref.csl.type] ?? ['title', 'issued']).filter((field) => !omitted.includes((BIBTEX_NAME[field] ?? String(field)).toLowerCase()));
  const missing = required.filter((field) => ref.csl[field] === undefined || ref.csl[field] === '');
  if (missing.length === 0) return [];
  const names = missing.map((field) => BIBTEX_NAME[field] ?? field).join(', ');
  return [
    new EvidenceBuildError(
      { file, line: ref.line },
      `entry "${ref.key}" is missing required field(s): ${names}.`,
      `add ${names} to the entry, as printed on the source; if no source confirms it, declare \`omitted = {${names}}\` instead (see references/README.md).`,
    ),
  ];
}

function unclosedBraceError(text: string, file: string, keyLines: readonly KeyLine[]): EvidenceBuildError | undefined {
  const found = unclosedBrace(text, keyLines);
  return (
    found &&
    new EvidenceBuildError(
      { file, line: found.line, column: found.column },
      `malformed BibTeX in entry "${found.key}": a brace opened here is never closed, so the entry runs on into the next one.`,
      "close the brace at the end of this field's value, e.g. `title = {…},`.",
    )
  );
}

function parseError(error: unknown, file: string, keyLines: KeyLine[]): EvidenceBuildError {
  const message = error instanceof Error ? error.message : String(error);
  const position = /at line (\d+) col (\d+)/.exec(message);
  if (position) {
    const line = Number(position[1]);
    const entry = [...keyLines].reverse().find((k) => k.line <= line);
    return new EvidenceBuildError(
      { file, line, column: Number(position[2]) },
      `malformed BibTeX${entry ? ` in entry "${entry.key}"` : ''}: ${message.split('\n')[0]}`,
      'close every brace, separate fields with commas and write each field as `name = {value}`.',
    );
  }
  return new EvidenceBuildError(
    { file, line: keyLines[0]?.line },
    `the file could not be read as BibTeX (${message}).`,
    'each entry must start `@article{key,` and hold `name = {value},` fields and a closing `}`.',
  );
}
