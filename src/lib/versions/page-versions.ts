/**
 * What each content page shows about its versions, for the current page (/studies/x/) and for each frozen one
 * (/studies/x/v/2/), built from the snapshots (src/lib/versions/snapshots.ts) and the `*Versions` collections.
 */
import type { CollectionEntry } from 'astro:content';
import type { Change } from '../../schemas/change.ts';
import type { CitableFinding, CitablePage } from '../citing/page-citation.ts';
import { pageFindings } from '../citing/page-findings.ts';
import { entryPath, versionPath } from '../core/urls.ts';
import { entries } from '../content/collections.ts';
import { projectRoot } from '../core/project-root.ts';
import { pageVersionState, readManifest, readWithdrawn, snapshotOwners, type VersionedCollection } from './snapshots.ts';
import { versionBanner, type CurrentVersion, type VersionBanner } from './version-rule.ts';
import { withdrawal, withdrawalNotice, withdrawnIn, type Withdrawal, type WithdrawalNotice } from './withdrawn.ts';
import type { WithdrawnPage } from '../../schemas/version.ts';

/** The collection holding the frozen versions of each versioned collection. */
export const VERSION_COLLECTIONS = { studies: 'studyVersions', questions: 'questionVersions', claims: 'claimVersions', pages: 'pageVersions' } as const;
type VersionCollection<C extends VersionedCollection> = (typeof VERSION_COLLECTIONS)[C];

/** What a page needs to know about its version. */
export interface VersionView {
  /** Number of the version this page shows. */
  number: number;
  /** True on a frozen copy (/…/v/n/): not indexed for search, canonical to the current page. */
  frozen: boolean;
  /** Path of the version shown when it is frozen (/…/v/n/); undefined for current text not yet released. */
  frozenPath?: string | undefined;
  /** Path of the current page. */
  path: string;
  /** The page's rel=canonical: the current page, or, for a withdrawn page's version, the version itself. */
  canonicalPath: string;
  /** The current page's version. */
  latest: CurrentVersion;
  /** The current page as a citation sees it (its title, summary and date checked). */
  latestPage: CitablePage;
  /** Every frozen version, newest first, with its path and the date it was frozen. */
  versions: { number: number; path: string; released: string }[];
  /** On a frozen copy older than the current page: what the banner says. */
  banner?: VersionBanner | undefined;
  /** On a version of a withdrawn page: when and why it was withdrawn (no newer-version banner, no latest citation, noindex). */
  withdrawal?: Withdrawal | undefined;
}

interface PageData {
  title: string;
  lastReviewed: string;
  changes: Change[];
}

const DESCRIPTION_FIELD = { studies: 'summary', questions: 'answer', claims: 'verdictReason', pages: 'description' } as const;

/** The sentence a page is summarised by: a study's summary, a question's answer, a claim's reason, a page's description. */
export const pageDescription = (collection: VersionedCollection, data: Record<string, unknown>): string => String(data[DESCRIPTION_FIELD[collection]]);

function view(
  collection: VersionedCollection,
  id: string,
  current: PageData & Record<string, unknown>,
  shown?: { number: number; changes: Change[] },
): VersionView {
  const path = entryPath(collection, id);
  const state = pageVersionState(projectRoot(), collection, id);
  const number = shown?.number ?? state.number;
  const isFrozen = shown !== undefined || state.released;
  return {
    number,
    frozen: shown !== undefined,
    frozenPath: isFrozen ? versionPath(path, number) : undefined,
    path,
    canonicalPath: path,
    latest: { number: state.number, released: state.released },
    latestPage: {
      title: current.title,
      path,
      lastReviewed: current.lastReviewed,
      description: pageDescription(collection, current),
      version: { number: state.number },
    },
    versions: state.versions.map((v) => ({ number: v.number, path: versionPath(path, v.number), released: v.released })).reverse(),
    banner: shown && versionBanner(path, shown, { number: state.number, changes: current.changes }),
  };
}

/** The version view of a current page. */
export const currentVersionView = (collection: VersionedCollection, entry: { id: string; data: PageData }): VersionView =>
  view(collection, entry.id, entry.data as PageData & Record<string, unknown>);

/** A frozen version with the page it belongs to. */
export interface FrozenVersion<C extends VersionedCollection> {
  /** Id of the page in its collection. */
  id: string;
  /** The old text, rendered like any entry. */
  entry: CollectionEntry<VersionCollection<C>>;
  view: VersionView;
}

/** The view of version `number` of a withdrawn page, whose newest version is `last`: its own canonical, the withdrawal instead of a banner. */
function withdrawnView(collection: VersionedCollection, w: WithdrawnPage, number: number, last: PageData & Record<string, unknown>): VersionView {
  const path = entryPath(collection, w.id);
  const versions = readManifest(projectRoot(), collection, w.id);
  const latest = versions.at(-1)!.number;
  const frozenPath = versionPath(path, number);
  return {
    number,
    frozen: true,
    frozenPath,
    path,
    canonicalPath: frozenPath,
    latest: { number: latest, released: true },
    latestPage: { title: last.title, path, lastReviewed: last.lastReviewed, description: pageDescription(collection, last), version: { number: latest } },
    versions: versions.map((v) => ({ number: v.number, path: versionPath(path, v.number), released: v.released })).reverse(),
    withdrawal: withdrawal(w),
  };
}

const frozenData = (entry: { data: unknown }) => entry.data as PageData & Record<string, unknown>;

/** Every frozen version of a collection's pages that still exist (a renamed page's under its new id) or were withdrawn. */
export async function frozenVersions<C extends VersionedCollection>(collection: C): Promise<FrozenVersion<C>[]> {
  const current = new Map((await entries(collection)).map((e) => [e.id, e.data as unknown as PageData & Record<string, unknown>]));
  const owners = snapshotOwners(projectRoot(), collection);
  const withdrawn = withdrawnIn(projectRoot(), collection);
  const frozen = (await entries(VERSION_COLLECTIONS[collection])) as CollectionEntry<VersionCollection<C>>[];
  const byId = new Map(frozen.map((e) => [e.id, e]));
  return frozen.flatMap((entry) => {
    const [, folder, n] = /^(.+)\/(\d+)$/.exec(entry.id) ?? [];
    if (folder === undefined) return [];
    const w = withdrawn.get(folder);
    if (w) {
      const last = byId.get(`${folder}/${readManifest(projectRoot(), collection, folder).at(-1)!.number}`)!;
      return [{ id: folder, entry, view: withdrawnView(collection, w, Number(n), frozenData(last)) }];
    }
    const id = owners.get(folder);
    const page = id === undefined ? undefined : current.get(id);
    if (!page || id === undefined) return [];
    return [{ id, entry, view: view(collection, id, page, { number: Number(n), changes: frozenData(entry).changes }) }];
  });
}

/** The notice at the current URL of every withdrawn page, titled as its last version was. */
export async function withdrawalNotices(): Promise<WithdrawalNotice[]> {
  const root = projectRoot();
  return Promise.all(
    readWithdrawn(root).map(async (w) => {
      const last = `${w.id}/${readManifest(root, w.collection, w.id).at(-1)!.number}`;
      const entry = (await entries(VERSION_COLLECTIONS[w.collection])).find((e) => e.id === last)!;
      return withdrawalNotice(root, w, frozenData(entry).title);
    }),
  );
}

/** Route params and props for a collection's frozen versions: { id, n } -> /<collection>/<id>/v/<n>/. */
export async function frozenVersionPaths<C extends VersionedCollection>(collection: C) {
  return (await frozenVersions(collection)).map((v) => ({ params: { id: v.id, n: String(v.view.number) }, props: { version: v } }));
}

/** Every frozen version of every page as a citable page with its findings, for the citation sets. */
export async function frozenCitablePages(): Promise<(CitablePage & { findings: CitableFinding[] })[]> {
  const all = await Promise.all((Object.keys(VERSION_COLLECTIONS) as VersionedCollection[]).map((c) => frozenVersions(c)));
  return (Object.keys(VERSION_COLLECTIONS) as VersionedCollection[]).flatMap((collection, i) =>
    all[i]!.map(({ id, entry, view: v }) => {
      const data = entry.data as unknown as PageData & Record<string, unknown>;
      return {
        title: data.title,
        path: v.path,
        lastReviewed: data.lastReviewed,
        description: pageDescription(collection, data),
        version: { number: v.number, path: v.frozenPath },
        findings: pageFindings(collection, id, data),
      };
    }),
  );
}
