/**
 * Field rules citation-js does not enforce, read from the BibTeX text itself
 * (so a year citation-js filled in from the month, or a command it left as
 * text, is still seen): `year` is required and is a number, not after this
 * year; `month` is 1–12 or a BibTeX month macro (jan … dec); no LaTeX command
 * is left over once citation-js has decoded the entry (`\AA` printed as
 * "\AA"); no field carries raw HTML or a URL that is not https: or http:.
 */
import type { CslItem } from './types.ts';
import { futureYearProblem } from '../no-future-dates.ts';
import { stringProblems } from '../safe-markup.ts';

const MONTH_MACROS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** BibTeX field names of the CSL fields citation-js fills, for messages and line numbers. */
const BIBTEX_FIELD: Record<string, string[]> = {
  'container-title': ['journal', 'journaltitle', 'booktitle'],
  'container-title-short': ['shortjournal'],
  issue: ['number'],
  page: ['pages'],
  publisher: ['publisher', 'institution', 'school'],
  URL: ['url'],
  issued: ['year', 'date'],
  genre: ['type'],
};

export interface RawField {
  /** Field name, lower case. */
  name: string;
  /** The value as written, without its outer braces or quotes. */
  value: string;
  /** Whether the value was a bare word (a macro such as `oct`) or number. */
  bare: boolean;
  /** 1-based line in the file. */
  line: number;
}

/** The fields of one entry as written, from the lines of its block (`start` is the line of `@type{key,`). */
export function rawFields(block: string, start: number): RawField[] {
  const fields: RawField[] = [];
  block.split('\n').forEach((text, i) => {
    const match = /^\s*([A-Za-z][\w-]*)\s*=\s*(.*?)\s*,?\s*$/.exec(text);
    if (!match) return;
    const written = match[2]!;
    const bare = !/^[{"]/.test(written);
    const value = bare ? written : written.replace(/^[{"]/, '').replace(/[}"]$/, '');
    fields.push({ name: match[1]!.toLowerCase(), value: value.trim(), bare, line: start + i });
  });
  return fields;
}

export interface FieldProblem {
  field: string;
  line: number;
  problem: string;
  fix: string;
}

/** Every string in a CSL item, with the top-level field it sits in. */
function cslStrings(item: CslItem): { field: string; text: string }[] {
  const walk = (value: unknown): string[] =>
    typeof value === 'string'
      ? [value]
      : Array.isArray(value)
        ? value.flatMap(walk)
        : value && typeof value === 'object'
          ? Object.values(value).flatMap(walk)
          : [];
  return Object.entries(item)
    .filter(([field]) => field !== 'id' && !field.startsWith('_'))
    .flatMap(([field, value]) => walk(value).map((text) => ({ field, text })));
}

/** Problems in one entry: `fields` as written, `csl` as citation-js read it, `line` where the entry starts. */
export function entryFieldProblems(fields: RawField[], csl: CslItem, line: number, omitted: readonly string[] = []): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const named = (name: string) => fields.find((f) => f.name === name);
  const lineOfCsl = (field: string) => (BIBTEX_FIELD[field] ?? [field.toLowerCase()]).map(named).find(Boolean)?.line ?? line;

  const year = named('year');
  if (!year) {
    if (!omitted.includes('year'))
      problems.push({
        field: 'year',
        line,
        problem: 'has no year, so citation-js would date it from another field or leave the reference without a year',
        fix: 'add `year = {YYYY}` as printed on the work.',
      });
  } else if (!/^\d{4}$/.test(year.value)) {
    problems.push({
      field: 'year',
      line: year.line,
      problem: `has year "${year.value}", which is not a four-digit number`,
      fix: 'write the year alone, e.g. `year = {2011}`.',
    });
  } else {
    const future = futureYearProblem(Number(year.value));
    if (future) problems.push({ field: 'year', line: year.line, problem: `has ${future}`, fix: 'correct the year.' });
  }

  const month = named('month');
  if (month) {
    const macro = month.bare && MONTH_MACROS.includes(month.value.toLowerCase());
    const number = /^\d{1,2}$/.test(month.value) && Number(month.value) >= 1 && Number(month.value) <= 12;
    if (!macro && !number)
      problems.push({
        field: 'month',
        line: month.line,
        problem: `has month "${month.value}", which is neither a number from 1 to 12 nor a month macro`,
        fix: 'write the month as a bare macro (`month = oct`) or a number (`month = {10}`).',
      });
  }

  for (const { field, text } of cslStrings(csl)) {
    const command = /\\([A-Za-z]+|.)/.exec(text);
    const name = (BIBTEX_FIELD[field] ?? [field])[0]!;
    if (command)
      problems.push({
        field: name,
        line: lineOfCsl(field),
        problem: `keeps the LaTeX command "${command[0]}" after decoding ("${text.length > 60 ? `${text.slice(0, 57)}…` : text}"), which pages would print as it is`,
        fix: 'write the character itself in UTF-8 (e.g. Å instead of {\\AA}), or a command citation-js decodes such as {\\"o}.',
      });
    for (const found of stringProblems(text, field === 'URL'))
      problems.push({ field: name, line: lineOfCsl(field), problem: `has ${found.problem}, which is not allowed in the bibliography`, fix: found.fix });
  }
  return problems;
}
