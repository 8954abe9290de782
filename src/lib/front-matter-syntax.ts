/**
 * YAML syntax errors in content front matter, reported before Astro's content
 * sync, so the message names the file, the line and the usual fix.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { EvidenceBuildError } from './build-error.ts';
import { COLLECTIONS, CONTENT_DIR, entryIds } from './content-index.ts';

const FIX =
  'quote a value that contains ": " or " #", or that starts with a character YAML treats specially ([ { > | * & ! % @ `), e.g. measure: "Pain (cutoff: 67%)"; indent list items and nested fields consistently.';

/** Parses one file's front matter; throws an EvidenceBuildError on a YAML syntax error. */
export function parseFrontmatterOrThrow(source: string, shownPath: string): ReturnType<typeof parseFrontmatter> {
  try {
    return parseFrontmatter(source);
  } catch (error) {
    const mark = (error as { mark?: { line: number; column: number } }).mark;
    const reason = (error as { reason?: string }).reason ?? String(error);
    // js-yaml counts lines and columns from 0, over the whole file.
    const location = mark ? { file: shownPath, line: mark.line + 1, column: mark.column + 1 } : { file: shownPath };
    throw new EvidenceBuildError(location, `front matter is not valid YAML (${reason})`, FIX);
  }
}

/** Every content file whose front matter is not valid YAML. */
export function checkFrontMatterSyntax(root: string): EvidenceBuildError[] {
  const problems: EvidenceBuildError[] = [];
  for (const collection of COLLECTIONS) {
    for (const id of entryIds(collection, root)) {
      const file = join(root, CONTENT_DIR, collection, `${id}.md`);
      try {
        parseFrontmatterOrThrow(readFileSync(file, 'utf8'), relative(root, file));
      } catch (error) {
        if (error instanceof EvidenceBuildError) problems.push(error);
        else throw error;
      }
    }
  }
  return problems;
}
