/**
 * Source files that would otherwise go wrong quietly: a content file whose name is not a valid id (spaces,
 * capitals, accents: Astro would slugify it into another id, or its glob would skip it), and bytes that are not
 * UTF-8 (read as U+FFFD, "�", with no warning). Both are refused before the build and by `npm run validate`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { EvidenceBuildError } from '../core/build-error.ts';
import { COLLECTIONS, CONTENT_DIR } from '../core/content-index.ts';

/** An entry's id, which is its file name and its URL: lowercase letters and digits, words joined by hyphens. */
export const ENTRY_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The id a file name most likely meant: "Smith 2020 Trial.MD" → "smith-2020-trial". */
export const idFor = (name: string): string =>
  name
    .replace(/\.[^.]*$/, '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** Every file and folder of a collection whose name is not `<id>.md` (drafts starting with "_" and dotfiles aside). */
export function checkEntryFileNames(root: string): EvidenceBuildError[] {
  return COLLECTIONS.flatMap((collection) => {
    const dir = join(root, CONTENT_DIR, collection);
    if (!existsSync(dir)) return [];
    return readdirSync(dir, { withFileTypes: true })
      .filter((e) => !e.name.startsWith('_') && !e.name.startsWith('.'))
      .flatMap((e) => {
        const file = relative(root, join(dir, e.name));
        if (e.isDirectory())
          return [
            new EvidenceBuildError(
              { file },
              'a folder inside a collection is never read, so its pages would not be published.',
              `move its files up into ${CONTENT_DIR}/${collection}/.`,
            ),
          ];
        const id = e.name.replace(/\.md$/, '');
        if (e.name.endsWith('.md') && ENTRY_ID.test(id)) return [];
        const problem = e.name.endsWith('.md')
          ? `the file name "${e.name}" is not a valid id (its name is the page's id and URL: lowercase letters, digits and hyphens only, no spaces, capitals or other characters).`
          : `"${e.name}" does not end in .md, so the build would skip it without a word.`;
        return [
          new EvidenceBuildError(
            { file },
            problem,
            `rename it to ${idFor(e.name) || 'a valid id'}.md (and list the old id in formerIds if the page was published).`,
          ),
        ];
      });
  });
}

/** The 1-based line holding the first byte that is not UTF-8, or undefined when the whole buffer is UTF-8. */
export function firstNonUtf8Line(bytes: Uint8Array): number | undefined {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i < bytes.length && bytes[i] !== 0x0a) continue;
    try {
      decoder.decode(bytes.subarray(start, i));
    } catch {
      return line;
    }
    line += 1;
    start = i + 1;
  }
  return undefined;
}

/** Folders of text the build reads, and the file endings read as text in them. */
const TEXT_SOURCES = [CONTENT_DIR, 'versions', 'references', 'surveillance'];
const TEXT_FILE = /\.(md|bib|ya?ml|json|csv|txt)$/;

/** Every content, bibliography and data file holding bytes that are not UTF-8, with the line of the first. */
export function checkEncoding(root: string): EvidenceBuildError[] {
  return TEXT_SOURCES.flatMap((folder) => {
    const dir = join(root, folder);
    if (!existsSync(dir)) return [];
    return readdirSync(dir, { withFileTypes: true, recursive: true })
      .filter((e) => e.isFile() && TEXT_FILE.test(e.name))
      .flatMap((e) => {
        const path = join(e.parentPath, e.name);
        const line = firstNonUtf8Line(readFileSync(path));
        return line === undefined
          ? []
          : [
              new EvidenceBuildError(
                { file: relative(root, path), line },
                'the file holds bytes that are not UTF-8; they would be published as "�".',
                'save the file as UTF-8 (retype the characters on that line), then rebuild.',
              ),
            ];
      });
  });
}
