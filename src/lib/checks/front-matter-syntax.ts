/**
 * Content front matter read before Astro's content sync: YAML syntax errors
 * are reported with the file, the line and the usual fix, and the parsed front
 * matter is handed to the other pre-build checks.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { EvidenceBuildError } from './build-error.ts';
import { COLLECTIONS, CONTENT_DIR, entryIds, type CollectionName } from '../content/content-index.ts';

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

/** One content file's front matter, as parsed before the build. */
export interface ContentFrontmatter {
  collection: CollectionName;
  id: string;
  /** Path relative to the project root, for messages. */
  file: string;
  frontmatter: Record<string, unknown>;
}

/** Every content file's front matter, read once, and the files whose YAML is invalid. */
export function readContentFrontmatter(root: string): { entries: ContentFrontmatter[]; problems: EvidenceBuildError[] } {
  const entries: ContentFrontmatter[] = [];
  const problems: EvidenceBuildError[] = [];
  for (const collection of COLLECTIONS) {
    for (const id of entryIds(collection, root)) {
      const file = relative(root, join(root, CONTENT_DIR, collection, `${id}.md`));
      try {
        entries.push({ collection, id, file, frontmatter: parseFrontmatterOrThrow(readFileSync(join(root, file), 'utf8'), file).frontmatter });
      } catch (error) {
        if (error instanceof EvidenceBuildError) problems.push(error);
        else throw error;
      }
    }
  }
  return { entries, problems };
}
