/**
 * Front matter carries no raw HTML and no link but https:, http: or a place on
 * the site (the rule in src/lib/core/safe-markup.ts), in every string of
 * every content file and every frozen version, at any depth: titles, quotes,
 * a claim source's `url`, list items. Checked before the build and by `npm run validate`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { stringProblems } from '../core/safe-markup.ts';
import { EvidenceBuildError } from '../core/build-error.ts';
import type { ContentFrontmatter } from '../core/front-matter-syntax.ts';

/** Where frozen versions live (versions/<collection>/<id>/<n>.md). */
const VERSIONS_DIR = 'versions';

/** Every string in a parsed front matter with the key it sits under. */
function strings(value: unknown, key = ''): { key: string; text: string }[] {
  if (typeof value === 'string') return [{ key, text: value }];
  if (Array.isArray(value)) return value.flatMap((v) => strings(v, key));
  if (value && typeof value === 'object' && !(value instanceof Date)) return Object.entries(value).flatMap(([k, v]) => strings(v, k));
  return [];
}

/** The 1-based line of the front matter that holds `text` (or its first words), else the line of `key`. */
function lineOf(source: string, key: string, text: string): number | undefined {
  const lines = source.split('\n');
  const end = lines.indexOf('---', 1);
  const head = lines.slice(0, end > 0 ? end : lines.length);
  const probe = text.trim().slice(0, 30);
  let at = probe ? head.findIndex((l) => l.includes(probe)) : -1;
  if (at < 0 && key) at = head.findIndex((l) => new RegExp(`^\\s*-?\\s*${key}\\s*:`).test(l));
  return at < 0 ? undefined : at + 1;
}

/** Problems in one file's front matter. `source` is the file's text; `file` its path for messages. */
export function frontMatterMarkupProblems(frontmatter: Record<string, unknown>, source: string, file: string): EvidenceBuildError[] {
  return strings(frontmatter).flatMap(({ key, text }) =>
    stringProblems(text, /(?:url|href)$/i.test(key)).map(
      ({ problem, fix }) =>
        new EvidenceBuildError({ file, line: lineOf(source, key, text) }, `front matter "${key}": ${problem} is not allowed in content.`, fix),
    ),
  );
}

function versionFiles(root: string): string[] {
  try {
    return readdirSync(join(root, VERSIONS_DIR), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && e.name.endsWith('.md'))
      .map((e) => join(e.parentPath, e.name))
      .sort();
  } catch {
    return [];
  }
}

/** Raw HTML and refused URLs in the front matter of the content entries and of every frozen version. */
export function checkFrontMatterMarkup(root: string, entries: readonly ContentFrontmatter[]): EvidenceBuildError[] {
  const current = entries.flatMap((e) => frontMatterMarkupProblems(e.frontmatter, readFileSync(join(root, e.file), 'utf8'), e.file));
  const frozen = versionFiles(root).flatMap((path) => {
    const source = readFileSync(path, 'utf8');
    let frontmatter: Record<string, unknown>;
    try {
      frontmatter = parseFrontmatter(source, { frontmatter: 'remove' }).frontmatter;
    } catch {
      return []; // a YAML error in a snapshot is the schema's to report
    }
    return frontMatterMarkupProblems(frontmatter, source, relative(root, path));
  });
  return [...current, ...frozen];
}
