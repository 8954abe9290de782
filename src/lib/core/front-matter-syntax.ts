/**
 * Content front matter read before Astro's content sync: YAML syntax errors
 * are reported with the file, the line and the usual fix, and the parsed front
 * matter is handed to the other pre-build checks.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { EvidenceBuildError } from './build-error.ts';
import { COLLECTIONS, CONTENT_DIR, entryIds, type CollectionName } from './content-index.ts';

const FIX =
  'quote a value that contains ": " or " #", or that starts with a character YAML treats specially ([ { > | * & ! % @ `), e.g. measure: "Pain (cutoff: 67%)"; indent list items and nested fields consistently.';

/**
 * Dates that do not exist on the calendar, such as 2026-02-30, written anywhere in
 * the front matter. YAML would silently turn one into a later real date.
 */
export function impossibleDates(source: string, shownPath: string): EvidenceBuildError[] {
  const end = source.startsWith('---') ? source.indexOf('\n---', 3) : -1;
  const lines = (end > 0 ? source.slice(0, end) : '').split('\n');
  return lines.flatMap((text, i) =>
    [...text.matchAll(/(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])/g)].flatMap((m) => {
      const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
      const valid = mo >= 1 && mo <= 12 && d >= 1 && d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
      return valid
        ? []
        : [
            new EvidenceBuildError(
              { file: shownPath, line: i + 1, column: (m.index ?? 0) + 1 },
              `"${m[0]}" is not a date on the calendar; YAML would silently read it as a later day.`,
              'write the date as it really was, as YYYY-MM-DD.',
            ),
          ];
    }),
  );
}

/**
 * Parses one file's front matter; throws an EvidenceBuildError on a YAML syntax error or an impossible date.
 * With `keepLines`, the body keeps the file's line numbers (the front matter becomes empty lines).
 */
export function parseFrontmatterOrThrow(source: string, shownPath: string, keepLines = false): ReturnType<typeof parseFrontmatter> {
  const dates = impossibleDates(source, shownPath);
  if (dates.length > 0) throw dates[0]!;
  try {
    return parseFrontmatter(source, { frontmatter: keepLines ? 'empty-with-lines' : 'remove' });
  } catch (error) {
    const mark = (error as { mark?: { line: number; column: number } }).mark;
    const reason = (error as { reason?: string }).reason ?? String(error);
    // js-yaml counts lines and columns from 0, over the whole file.
    const location = mark ? { file: shownPath, line: mark.line + 1, column: mark.column + 1 } : { file: shownPath };
    const fix = /\btab\b/.test(reason)
      ? `replace the tab at line ${location.line ?? '?'} with spaces: YAML indents with spaces only (align it with the line above).`
      : FIX;
    throw new EvidenceBuildError(location, `front matter is not valid YAML (${reason})`, fix);
  }
}

/** One content file's front matter, as parsed before the build. */
export interface ContentFrontmatter {
  collection: CollectionName;
  id: string;
  /** Path relative to the project root, for messages. */
  file: string;
  frontmatter: Record<string, unknown>;
  /** The Markdown body, with the front matter blanked so its lines are the file's lines. */
  body: string;
}

/** Every content file's front matter, read once, and the files whose YAML is invalid. */
export function readContentFrontmatter(root: string): { entries: ContentFrontmatter[]; problems: EvidenceBuildError[] } {
  const entries: ContentFrontmatter[] = [];
  const problems: EvidenceBuildError[] = [];
  for (const collection of COLLECTIONS) {
    for (const id of entryIds(collection, root)) {
      const file = relative(root, join(root, CONTENT_DIR, collection, `${id}.md`));
      try {
        const { frontmatter, content } = parseFrontmatterOrThrow(readFileSync(join(root, file), 'utf8'), file, true);
        entries.push({ collection, id, file, frontmatter, body: content });
      } catch (error) {
        if (error instanceof EvidenceBuildError) problems.push(error);
        else throw error;
      }
    }
  }
  return { entries, problems };
}
