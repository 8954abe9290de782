/**
 * The seal on frozen versions, checked before every build and by `npm run validate`: each versions.json has the
 * right shape and increasing dates, each snapshot it lists exists and still has the SHA-256 recorded when it was
 * released, no snapshot is unlisted, and every snapshot folder belongs to a page (by its id, or by a renamed page's
 * `formerIds`) or to a page withdrawn on purpose (versions/withdrawn.json). Every problem is reported, not just
 * the first.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EvidenceBuildError } from '../core/build-error.ts';
import { entryIds } from '../core/content-index.ts';
import type { WithdrawnPage } from '../../schemas/version.ts';
import {
  formerIdsOf,
  readManifest,
  readWithdrawn,
  sha256,
  snapshotDir,
  snapshotOwners,
  VERSIONED_COLLECTIONS,
  VERSIONS_DIR,
  WITHDRAWN_FILE,
  type VersionedCollection,
} from './snapshots.ts';

const HISTORY_FIX = 'restore it from git; history is never edited: change the current page and release a new version (npm run release).';

const asProblem = (error: unknown, file: string): EvidenceBuildError =>
  error instanceof EvidenceBuildError ? error : new EvidenceBuildError({ file }, String(error), HISTORY_FIX);

/** The problems of one snapshot folder's files: its versions.json, its listed and unlisted snapshots. */
function folderProblems(root: string, collection: VersionedCollection, folder: string): EvidenceBuildError[] {
  const dir = snapshotDir(collection, folder);
  const manifestFile = join(dir, 'versions.json');
  if (!existsSync(join(root, manifestFile))) return [new EvidenceBuildError({ file: dir }, 'this snapshot folder has no versions.json.', HISTORY_FIX)];
  let records;
  try {
    records = readManifest(root, collection, folder);
  } catch (error) {
    return [asProblem(error, manifestFile)];
  }
  const problems: EvidenceBuildError[] = [];
  for (const { number, sha256: sealed } of records) {
    const file = join(dir, `${number}.md`);
    if (!existsSync(join(root, file))) {
      problems.push(new EvidenceBuildError({ file }, `version ${number} is listed in ${manifestFile}, but its snapshot file is missing.`, HISTORY_FIX));
      continue;
    }
    const actual = sha256(readFileSync(join(root, file)));
    if (actual !== sealed)
      problems.push(
        new EvidenceBuildError(
          { file },
          `frozen version ${number} was edited after it was released: its SHA-256 is ${actual}, but ${manifestFile} records ${sealed}.`,
          HISTORY_FIX,
        ),
      );
  }
  const listed = new Set(records.map((r) => `${r.number}.md`));
  for (const name of readdirSync(join(root, dir)).filter((f) => f.endsWith('.md') && !listed.has(f)))
    problems.push(
      new EvidenceBuildError(
        { file: join(dir, name) },
        `this snapshot is not listed in ${manifestFile}, so no page shows it.`,
        'delete it if it was added by hand; snapshots are written by npm run release only.',
      ),
    );
  return problems;
}

/** A snapshot folder that no page owns and that is not withdrawn. */
function orphanProblem(collection: VersionedCollection, folder: string): EvidenceBuildError {
  return new EvidenceBuildError(
    { file: snapshotDir(collection, folder) },
    `these frozen versions belong to ${collection}/${folder}, which no longer exists, so their cited URLs would answer 404.`,
    `restore src/content/${collection}/${folder}.md; or, if the page was renamed, list "${folder}" in the new page's formerIds (its versions move with it); or, if it was withdrawn, add { "collection": "${collection}", "id": "${folder}", "withdrawn": "YYYY-MM-DD", "reason": "…" } to ${WITHDRAWN_FILE}.`,
  );
}

/** Every problem with versions/: the seal, the dates, missing and unlisted snapshots, folders no page owns. */
export function checkVersions(root: string): EvidenceBuildError[] {
  const problems: EvidenceBuildError[] = [];
  let withdrawn: WithdrawnPage[] = [];
  try {
    withdrawn = readWithdrawn(root);
  } catch (error) {
    problems.push(asProblem(error, WITHDRAWN_FILE));
  }
  for (const collection of VERSIONED_COLLECTIONS) {
    const base = join(root, VERSIONS_DIR, collection);
    const folders = existsSync(base)
      ? readdirSync(base, { withFileTypes: true })
          .filter((e) => e.isDirectory())
          .map((e) => e.name)
      : [];
    const owners = snapshotOwners(root, collection);
    const pages = entryIds(collection, root);
    const withdrawnHere = new Set(withdrawn.filter((w) => w.collection === collection).map((w) => w.id));
    for (const folder of folders.sort()) {
      problems.push(...folderProblems(root, collection, folder));
      if (!owners.has(folder) && !withdrawnHere.has(folder)) problems.push(orphanProblem(collection, folder));
    }
    for (const id of pages) {
      const held = [id, ...formerIdsOf(root, collection, id)].filter((f) => folders.includes(f));
      if (held.length > 1)
        problems.push(
          new EvidenceBuildError(
            { file: `src/content/${collection}/${id}.md` },
            `both ${held.map((f) => snapshotDir(collection, f)).join(' and ')} hold frozen versions of this page, so its version numbers would clash.`,
            'keep one folder of versions per page: a renamed page keeps releasing into the folder of its former id, so a folder under its new id was made by hand.',
          ),
        );
    }
    for (const id of withdrawnHere) {
      if (pages.has(id))
        problems.push(
          new EvidenceBuildError(
            { file: WITHDRAWN_FILE },
            `${collection}/${id} is listed as withdrawn, but src/content/${collection}/${id}.md exists.`,
            'remove the page, or remove it from the withdrawn list.',
          ),
        );
      else if (!folders.includes(id))
        problems.push(
          new EvidenceBuildError(
            { file: WITHDRAWN_FILE },
            `${collection}/${id} is listed as withdrawn, but it has no frozen versions (${snapshotDir(collection, id)}).`,
            'a page never released has nothing to keep online: remove it from the withdrawn list.',
          ),
        );
    }
  }
  return problems;
}
