/**
 * The one bibliography: read, checked and parsed once per build.
 *
 * citation-js owns the BibTeX -> CSL-JSON conversion; this module adds what it
 * does silently wrong (duplicate keys, empty or missing files, parse errors with
 * no file name) and memoises the parsed result so every page shares it.
 */
import { readFileSync, statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import { EvidenceBuildError, throwIfAny } from '../checks/build-error.ts';
import { identifierProblems } from './identifier-rules.ts';
import { entryFieldProblems, rawFields } from './bibtex-field-rules.ts';
import { BIBLIOGRAPHY_FILE } from './settings.ts';
import { projectRoot } from '../project-root.ts';
import { markEtAl } from './names.ts';

export { Cite };

/** A CSL-JSON item as citation-js produces it (only the fields we read are typed). */
export interface CslItem {
  id: string;
  type: string;
  title?: string;
  author?: { family?: string; given?: string; literal?: string; 'dropping-particle'?: string; 'non-dropping-particle'?: string }[];
  issued?: { 'date-parts'?: (number | string)[][] };
  'container-title'?: string;
  'container-title-short'?: string;
  volume?: string;
  issue?: string;
  page?: string;
  DOI?: string;
  PMID?: string;
  PMCID?: string;
  URL?: string;
  [field: string]: unknown;
}

export interface Reference {
  /** Cite key, as written after `@` in Markdown. */
  key: string;
  /** Line of the entry's `@type{key,` in the BibTeX file. */
  line: number;
  /** The entry converted to CSL-JSON by citation-js. */
  csl: CslItem;
}

export interface Bibliography {
  /** Path relative to the project root, for messages. */
  file: string;
  /** Raw BibTeX text (what exports and rehype-citation read). */
  text: string;
  /** Entries by cite key, in file order. */
  references: Map<string, Reference>;
  /** CSL-JSON items in file order. */
  items: CslItem[];
}

const ENTRY_START = /^\s*@([a-zA-Z]+)\s*[{(]\s*([^,\s]*)\s*,?/;
const NON_ENTRIES = new Set(['comment', 'string', 'preamble']);
/** Keys become HTML ids and URL fragments; rehype-citation lower-cases them. */
const KEY_PATTERN = /^[a-z][a-z0-9-]*$/;

interface KeyLine {
  key: string;
  line: number;
}

/** Cite keys with the line each entry starts on, straight from the text. */
export function scanKeys(text: string): KeyLine[] {
  const found: KeyLine[] = [];
  text.split('\n').forEach((content, index) => {
    const match = ENTRY_START.exec(content);
    if (match && !NON_ENTRIES.has(match[1]!.toLowerCase())) found.push({ key: match[2]!, line: index + 1 });
  });
  return found;
}

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

/**
 * Fields an entry deliberately leaves out because no source confirmed them,
 * declared as `omitted = {title, pmid}` in the entry (bibtex name per field).
 */
function declaredOmitted(text: string, keyLines: KeyLine[]): Map<string, string[]> {
  const lines = text.split('\n');
  const declared = new Map<string, string[]>();
  keyLines.forEach(({ key, line }, i) => {
    const block = lines.slice(line - 1, (keyLines[i + 1]?.line ?? lines.length + 1) - 1).join('\n');
    const match = /\bomitted\s*=\s*[{"]([^}"]*)[}"]/i.exec(block);
    if (match)
      declared.set(
        key,
        match[1]!
          .split(/[\s,]+/)
          .filter(Boolean)
          .map((f) => f.toLowerCase()),
      );
  });
  return declared;
}

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

/** Braces opened minus braces closed in a line of BibTeX (`\\{` and `\\}` are escaped characters, not braces). */
function braceBalance(line: string): number {
  const bare = line.replace(/\\[{}]/g, '');
  return (bare.match(/\{/g)?.length ?? 0) - (bare.match(/\}/g)?.length ?? 0);
}

/**
 * The entry whose braces do not close, found before the parser reads on into the
 * next entry and reports that one: the first entry whose lines, up to the next
 * entry, leave a brace open, at the first field line that opens more than it closes.
 */
export function unclosedBrace(text: string, keyLines: readonly KeyLine[]): { key: string; line: number; column: number } | undefined {
  const lines = text.split('\n');
  for (const [i, { key, line }] of keyLines.entries()) {
    const end = keyLines[i + 1]?.line ?? lines.length + 1;
    const span = lines.slice(line - 1, end - 1);
    if (span.reduce((n, l) => n + braceBalance(l), 0) <= 0) continue;
    const field = Math.max(
      0,
      span.findIndex((l, j) => j > 0 && braceBalance(l) > 0),
    );
    return { key, line: line + field, column: span[field]!.indexOf('{') + 1 };
  }
  return undefined;
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

interface Cached {
  bibliography: Bibliography;
  /** File identity when it was read: size, inode and modification time (ns). */
  stamp: string;
  /** When the file was read (ms since epoch). */
  readAt: number;
}

const cache = new Map<string, Cached>();

/** Size, inode and mtime of a file, or undefined when it cannot be stat'ed. */
function fileStamp(absolute: string): { stamp: string; mtimeMs: number } | undefined {
  try {
    const s = statSync(absolute, { bigint: true });
    return { stamp: `${s.size}:${s.ino}:${s.mtimeNs}`, mtimeMs: Number(s.mtimeMs) };
  } catch {
    return undefined;
  }
}

/**
 * File timestamps are coarse (a few ms), so a file changed within this window
 * of the previous read is read again and compared by content.
 */
const TIMESTAMP_SLACK_MS = 2000;

/**
 * Loads and parses a bibliography once per process. `path` is relative to
 * `root` (the project root); messages name it relative to the root.
 *
 * Every plugin calls this for every page, so an unchanged file is recognised
 * by its size, inode and modification time, without reading it: at 1,000
 * entries, re-reading the file on each call was a measurable share of the build.
 */
export function loadBibliography(path: string, root: string = projectRoot()): Bibliography {
  const absolute = resolve(root, path);
  const shown = relative(root, absolute) || path;
  const stamp = fileStamp(absolute);
  const cached = cache.get(absolute);
  if (cached && stamp && cached.stamp === stamp.stamp && cached.readAt - stamp.mtimeMs > TIMESTAMP_SLACK_MS) return cached.bibliography;
  let text: string;
  try {
    text = readFileSync(absolute, 'utf8');
  } catch {
    throw new EvidenceBuildError(
      { file: shown },
      'the bibliography file does not exist or cannot be read.',
      'create it (the site reads exactly one BibTeX file, references/library.bib) or fix the path in src/lib/markdown/citation-options.ts.',
    );
  }
  const readAt = Date.now();
  if (cached && cached.bibliography.text === text) {
    cache.set(absolute, { ...cached, stamp: stamp?.stamp ?? '', readAt });
    return cached.bibliography;
  }
  const bibliography = parseBibliography(text, shown);
  cache.set(absolute, { bibliography, stamp: stamp?.stamp ?? '', readAt });
  return bibliography;
}

/** The site's bibliography: BIBLIOGRAPHY_FILE under the project root (src/lib/project-root.ts). */
export function projectBibliography(): Bibliography {
  return loadBibliography(BIBLIOGRAPHY_FILE, projectRoot());
}
