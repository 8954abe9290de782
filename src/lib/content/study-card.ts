/**
 * One line about a study we summarise (design, participants, follow-up), for citation previews,
 * read from the study's front matter as the study schema validates it. Undefined when the cited
 * work has no study page.
 *
 * A frozen page (versions/<collection>/<id>/<n>.md) is history, and so are its previews: the card
 * shows the study as frozen on or before the day that version was released, and links to that
 * version of the study page. When the study had no frozen version yet on that day, the frozen page
 * shows no card rather than today's facts.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { ArchivedStudySchema } from '../../schemas/study.ts';
import { VersionManifest, type VersionRecord } from '../../schemas/version.ts';
import { CONTENT_DIR, entryIds } from '../core/content-index.ts';
import { projectRoot } from '../core/project-root.ts';
import { entryPath, versionPath } from '../core/urls.ts';
import { studyFactsLine, type StudyFactsInput } from './study-facts.ts';

export interface StudyCard {
  /** Path of the study page (of its frozen version, on a frozen page). */
  path: string;
  /** e.g. "Randomized controlled trial · 24 participants · follow-up: 8 weeks" (see studyFactsLine). */
  line: string;
}

/** A frozen page's source: versions/<collection>/<folder>/<number>.md under the project root. */
const FROZEN_SOURCE = /^versions\/([a-z]+)\/([^/]+)\/(\d+)\.md$/;

/** The frozen versions recorded in versions/<collection>/<folder>/versions.json; none when it is missing or not valid (the version checks report that). */
function manifest(root: string, collection: string, folder: string): VersionRecord[] {
  const file = join(root, 'versions', collection, folder, 'versions.json');
  if (!existsSync(file)) return [];
  try {
    const parsed = VersionManifest.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

const read = new Map<string, { mtimeMs: number; facts: StudyFactsInput | undefined }>();

/**
 * A study file's facts as the study schema reads them, or undefined when its front matter is not valid.
 * The page that cites the study is not at fault: the study's own file is reported, with its line, by
 * the build's checks, so a citing page shows no card rather than failing under the wrong file name.
 * Read again whenever the file changed.
 */
function studyFacts(file: string): StudyFactsInput | undefined {
  const mtimeMs = statSync(file).mtimeMs;
  const known = read.get(file);
  if (known && known.mtimeMs === mtimeMs) return known.facts;
  let facts: StudyFactsInput | undefined;
  try {
    const parsed = ArchivedStudySchema.safeParse(parseFrontmatter(readFileSync(file, 'utf8')).frontmatter);
    facts = parsed.success ? { design: parsed.data.design, nEnrolled: parsed.data.nEnrolled, followUpDays: parsed.data.followUpDays } : undefined;
  } catch {
    facts = undefined;
  }
  read.set(file, { mtimeMs, facts });
  return facts;
}

/** The study card for cite key `key` on the page whose Markdown source is `pageFile` (absolute, or relative to `root`). */
export function studyCard(key: string, root: string = projectRoot(), pageFile?: string): StudyCard | undefined {
  if (!entryIds('studies', root).has(key)) return undefined;
  const frozen = pageFile === undefined ? null : FROZEN_SOURCE.exec(relative(root, resolve(root, pageFile)).split('\\').join('/'));
  if (!frozen) {
    const facts = studyFacts(join(root, CONTENT_DIR, 'studies', `${key}.md`));
    return facts && { path: entryPath('studies', key), line: studyFactsLine(facts) };
  }
  const [, collection, folder, number] = frozen as unknown as [string, string, string, string];
  const released = manifest(root, collection, folder).find((r) => r.number === Number(number))?.released;
  const study = released === undefined ? undefined : manifest(root, 'studies', key).findLast((r) => r.released <= released);
  if (!study) return undefined;
  const facts = studyFacts(join(root, 'versions', 'studies', key, `${study.number}.md`));
  return facts && { path: versionPath(entryPath('studies', key), study.number), line: studyFactsLine(facts) };
}
