/**
 * The committed snapshots old versions are built from: versions/<collection>/<folder>/<n>.md is the page's whole
 * Markdown source (front matter and body, with its data-bound facts written out) as version n said it, and
 * versions.json beside it records when each was frozen and the SHA-256 that seals it. Builds read only these
 * files, never git history, so two builds of one commit are identical. A page's folder is named after its id, or,
 * after a rename, after the former id (`formerIds`) it was released under: its versions move with it.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { VersionManifest, WithdrawnList, type VersionRecord, type WithdrawnPage } from '../../schemas/version.ts';
import { EvidenceBuildError } from '../core/build-error.ts';
import { CONTENT_DIR, entryIds } from '../core/content-index.ts';
import { loadLivingData } from '../living/living-data.ts';
import { freezeFacts } from './freeze-facts.ts';
import { currentVersion, type CurrentVersion } from './version-rule.ts';

/** Folder of the snapshots, at the project root. */
export const VERSIONS_DIR = 'versions';
/** The list of withdrawn pages, at the project root. */
export const WITHDRAWN_FILE = join(VERSIONS_DIR, 'withdrawn.json');
/** The collections whose pages have versions (claim sources are not pages). */
export const VERSIONED_COLLECTIONS = ['studies', 'questions', 'claims', 'pages'] as const;
export type VersionedCollection = (typeof VERSIONED_COLLECTIONS)[number];

/** A snapshot folder, relative to the project root. */
export const snapshotDir = (collection: VersionedCollection, folder: string): string => join(VERSIONS_DIR, collection, folder);
/** A page's source file, relative to the project root. */
export const sourceFile = (collection: VersionedCollection, id: string): string => join(CONTENT_DIR, collection, `${id}.md`);
/** SHA-256 of a snapshot's bytes, as versions.json records it. */
export const sha256 = (bytes: string | Buffer): string => createHash('sha256').update(bytes).digest('hex');

const HISTORY_FIX = 'restore it from git; history is never edited: change the current page and release a new version (npm run release).';

/** A JSON file's value, or an error naming the file and the line of the mistake. */
export function readJsonFile(root: string, file: string): unknown {
  const text = readFileSync(join(root, file), 'utf8');
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = /line (\d+) column (\d+)/.exec(message);
    const position = /position (\d+)/.exec(message);
    const before = position ? text.slice(0, Number(position[1])) : undefined;
    const line = at ? Number(at[1]) : before === undefined ? undefined : before.split('\n').length;
    const column = at ? Number(at[2]) : before === undefined ? undefined : before.length - before.lastIndexOf('\n');
    throw new EvidenceBuildError({ file, line, column }, `is not valid JSON (${message}).`, `${HISTORY_FIX} If you wrote the file by hand, fix the JSON.`);
  }
}

/** The frozen versions recorded in a snapshot folder, oldest first (none when it has no versions.json). */
export function readManifest(root: string, collection: VersionedCollection, folder: string): VersionRecord[] {
  const file = join(snapshotDir(collection, folder), 'versions.json');
  if (!existsSync(join(root, file))) return [];
  const parsed = VersionManifest.safeParse(readJsonFile(root, file));
  if (!parsed.success)
    throw new EvidenceBuildError(
      { file },
      parsed.error.issues.map((i) => `${i.path.length ? `[${i.path.join('.')}] ` : ''}${i.message}`).join(' '),
      `${HISTORY_FIX} A versions.json is written by npm run release only.`,
    );
  return parsed.data;
}

/** The Markdown source of frozen version `number`, or an error naming the missing file. */
export function readSnapshot(root: string, collection: VersionedCollection, folder: string, number: number): string {
  const file = join(snapshotDir(collection, folder), `${number}.md`);
  if (!existsSync(join(root, file)))
    throw new EvidenceBuildError(
      { file },
      `version ${number} is listed in ${join(snapshotDir(collection, folder), 'versions.json')}, but its snapshot file is missing.`,
      HISTORY_FIX,
    );
  return readFileSync(join(root, file), 'utf8');
}

/** Ids a page had before it was renamed (its `formerIds`); none when its front matter cannot be read. */
export function formerIdsOf(root: string, collection: VersionedCollection, id: string): string[] {
  try {
    const former = parseFrontmatter(readFileSync(join(root, sourceFile(collection, id)), 'utf8')).frontmatter.formerIds;
    return Array.isArray(former) ? former.filter((f): f is string => typeof f === 'string') : [];
  } catch {
    return [];
  }
}

/** The folder under versions/<collection>/ that holds a page's snapshots: its own id's, else the newest former id's that exists. */
export function snapshotFolder(root: string, collection: VersionedCollection, id: string): string {
  const candidates = [id, ...formerIdsOf(root, collection, id).reverse()];
  return candidates.find((f) => existsSync(join(root, snapshotDir(collection, f), 'versions.json'))) ?? id;
}

/** Snapshot folders of a collection, each with the page that owns it (its id, or a renamed page listing it in formerIds). */
export function snapshotOwners(root: string, collection: VersionedCollection): Map<string, string> {
  return new Map([...entryIds(collection, root)].map((id) => [snapshotFolder(root, collection, id), id]));
}

/** The pages withdrawn on purpose (versions/withdrawn.json); none when the file does not exist. */
export function readWithdrawn(root: string): WithdrawnPage[] {
  if (!existsSync(join(root, WITHDRAWN_FILE))) return [];
  const parsed = WithdrawnList.safeParse(readJsonFile(root, WITHDRAWN_FILE));
  if (!parsed.success)
    throw new EvidenceBuildError(
      { file: WITHDRAWN_FILE },
      parsed.error.issues.map((i) => `[${i.path.join('.')}] ${i.message}`).join(' '),
      'list each withdrawn page as { "collection", "id", "withdrawn": "YYYY-MM-DD", "reason" } (src/schemas/version.ts).',
    );
  return parsed.data;
}

/** A page's source as a snapshot would freeze it: its data-bound facts written out as they read today. */
export const frozenText = (root: string, source: string): string => freezeFacts(source, () => loadLivingData(root));

/** Which version a page's current source is, and its frozen versions. */
export function pageVersionState(root: string, collection: VersionedCollection, id: string): CurrentVersion & { versions: VersionRecord[]; folder: string } {
  const folder = snapshotFolder(root, collection, id);
  const versions = readManifest(root, collection, folder);
  const last = versions.at(-1);
  const latest = last && { number: last.number, source: readSnapshot(root, collection, folder, last.number) };
  const source = readFileSync(join(root, sourceFile(collection, id)), 'utf8');
  return { ...currentVersion(latest, latest ? frozenText(root, source) : source), versions, folder };
}

/** A snapshot `npm run release` would write. */
export interface PlannedSnapshot {
  collection: VersionedCollection;
  id: string;
  /** The new version's number. */
  number: number;
}

/** Every page whose source changed since its last snapshot (or was never frozen), with its new number. */
export function releasePlan(root: string): PlannedSnapshot[] {
  return VERSIONED_COLLECTIONS.flatMap((collection) =>
    [...entryIds(collection, root)].flatMap((id) => {
      const state = pageVersionState(root, collection, id);
      return state.released ? [] : [{ collection, id, number: state.number }];
    }),
  );
}

/** Freezes every changed page as its next version, dated `date` (YYYY-MM-DD), facts written out and sealed; returns what it wrote. */
export function release(root: string, date: string): PlannedSnapshot[] {
  const plan = releasePlan(root);
  for (const { collection, id } of plan) {
    const folder = snapshotFolder(root, collection, id);
    const last = readManifest(root, collection, folder).at(-1);
    if (last && date < last.released)
      throw new EvidenceBuildError(
        { file: join(snapshotDir(collection, folder), 'versions.json') },
        `version ${last.number} was released on ${last.released}, after the release date ${date}; nothing was written.`,
        'release with --date on or after the last release date (release dates must increase with the version number).',
      );
  }
  for (const { collection, id, number } of plan) {
    const folder = snapshotFolder(root, collection, id);
    const previous = readManifest(root, collection, folder);
    const text = frozenText(root, readFileSync(join(root, sourceFile(collection, id)), 'utf8'));
    const dir = join(root, snapshotDir(collection, folder));
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `${number}.md`), text);
    const versions = [...previous, { number, released: date, sha256: sha256(text) }];
    writeFileSync(join(dir, 'versions.json'), JSON.stringify(versions, null, 2) + '\n');
  }
  return plan;
}
