/**
 * The committed snapshots old versions are built from: versions/<collection>/<id>/<n>.md is the page's whole
 * Markdown source (front matter and body) as version n said it, and versions.json beside it records when each
 * was frozen. Builds read only these files, never git history, so two builds of one commit are identical.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { VersionManifest, type VersionRecord } from '../../schemas/version.ts';
import { CONTENT_DIR } from '../content/content-index.ts';
import { currentVersion, type CurrentVersion } from './version-rule.ts';

/** Folder of the snapshots, at the project root. */
export const VERSIONS_DIR = 'versions';
/** The collections whose pages have versions (claim sources are not pages). */
export const VERSIONED_COLLECTIONS = ['studies', 'questions', 'claims', 'pages'] as const;
export type VersionedCollection = (typeof VERSIONED_COLLECTIONS)[number];

/** A page's folder of snapshots, relative to the project root. */
export const snapshotDir = (collection: VersionedCollection, id: string): string => join(VERSIONS_DIR, collection, id);
/** A page's source file, relative to the project root. */
export const sourceFile = (collection: VersionedCollection, id: string): string => join(CONTENT_DIR, collection, `${id}.md`);

/** A page's frozen versions, oldest first (none when it was never released). */
export function readManifest(root: string, collection: VersionedCollection, id: string): VersionRecord[] {
  const file = join(root, snapshotDir(collection, id), 'versions.json');
  if (!existsSync(file)) return [];
  const parsed = VersionManifest.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success)
    throw new Error(`${file}: ${parsed.error.issues.map((i) => i.message).join(' ')} Fix the file or run \`npm run release\` again from a clean copy.`);
  return parsed.data;
}

/** The Markdown source of frozen version `number`. */
export const readSnapshot = (root: string, collection: VersionedCollection, id: string, number: number): string =>
  readFileSync(join(root, snapshotDir(collection, id), `${number}.md`), 'utf8');

/** Which version a page's current source is, and its frozen versions. */
export function pageVersionState(root: string, collection: VersionedCollection, id: string): CurrentVersion & { versions: VersionRecord[] } {
  const versions = readManifest(root, collection, id);
  const last = versions.at(-1);
  const latest = last && { number: last.number, source: readSnapshot(root, collection, id, last.number) };
  return { ...currentVersion(latest, readFileSync(join(root, sourceFile(collection, id)), 'utf8')), versions };
}

/** Ids of a collection's pages, from src/content/<collection>/*.md (files starting with "_" are drafts). */
export function pageIds(root: string, collection: VersionedCollection): string[] {
  const dir = join(root, CONTENT_DIR, collection);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md') && !f.startsWith('_'))
    .map((f) => f.slice(0, -3))
    .sort();
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
    pageIds(root, collection).flatMap((id) => {
      const state = pageVersionState(root, collection, id);
      return state.released ? [] : [{ collection, id, number: state.number }];
    }),
  );
}

/** Freezes every changed page as its next version, dated `date` (YYYY-MM-DD); returns what it wrote. */
export function release(root: string, date: string): PlannedSnapshot[] {
  const plan = releasePlan(root);
  for (const { collection, id, number } of plan) {
    const dir = join(root, snapshotDir(collection, id));
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `${number}.md`), readFileSync(join(root, sourceFile(collection, id))));
    const versions = [...readManifest(root, collection, id), { number, released: date }];
    writeFileSync(join(dir, 'versions.json'), JSON.stringify(versions, null, 2) + '\n');
  }
  return plan;
}
