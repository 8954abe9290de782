/**
 * The checks that run before the build (and in `npm run validate`): each a named function from the folder
 * that owns its rule, gathered here so the integration calls one list. Warnings are returned as text for
 * the integration's logger: reviews overdue, pages a surveillance change touches, records awaiting screening.
 */
import { loadBibliography } from '../core/bibliography/load.ts';
import { EvidenceBuildError, closest } from '../core/build-error.ts';
import { CONTENT_DIR, entryIds } from '../core/content-index.ts';
import type { ContentFrontmatter } from '../core/front-matter-syntax.ts';
import { BIBLIOGRAPHY_FILE } from '../core/settings.ts';
import { checkProvenance } from '../markdown/provenance.ts';
import { checkFrontMatterMarkup } from './front-matter-markup.ts';
import { checkRequiredPages } from './required-pages.ts';
import { checkEncoding, checkEntryFileNames } from './source-files.ts';
import { pagesNeedingReview } from './needs-review.ts';
import { overduePages } from '../rules/review-due.ts';
import { checkFindingStatements } from '../rules/finding-statements.ts';
import { checkRatedStudies } from '../rules/rated-studies.ts';
import { topicProblems } from '../../schemas/topic.ts';
import { TOPIC } from '../../topic.ts';
import { checkNamedRegistrations } from '../living/registration-notes.ts';
import { loadLivingData, pendingRecords, readLivingData } from '../living/living-data.ts';
import { checkVersions } from '../versions/version-checks.ts';

/**
 * The checks that look across the whole project rather than one file, run before the build and by
 * `npm run validate`: content file names that are not ids, files that are not UTF-8, the topic configuration, the pages the layout links to, study file names,
 * where each bibliography identifier was seen (references/provenance.yaml), statements of findings and
 * study summaries against their certainty, risk of bias against how the rated studies were read, raw
 * HTML and unsafe URLs in front matter, the living-evidence data, and the frozen versions under versions/
 * (src/lib/versions/version-checks.ts; redirects are checked where they are collected).
 */
export function projectChecks(root: string, entries: readonly ContentFrontmatter[]): EvidenceBuildError[] {
  const living = readLivingData(root);
  return [
    ...checkEntryFileNames(root),
    ...checkEncoding(root),
    ...topicProblems(TOPIC),
    ...checkRequiredPages(root),
    ...checkStudyKeys(root),
    ...checkProvenance(root),
    ...checkFindingStatements(entries),
    ...checkRatedStudies(entries),
    ...checkFrontMatterMarkup(root, entries),
    ...living.problems,
    ...checkNamedRegistrations(entries, living.data),
    ...checkVersions(root),
  ];
}

export function checkStudyKeys(root: string): EvidenceBuildError[] {
  const keys = new Set(loadBibliography(BIBLIOGRAPHY_FILE, root).references.keys());
  return [...entryIds('studies', root)]
    .filter((id) => !keys.has(id))
    .map((id) => {
      const guess = closest(id, keys);
      return new EvidenceBuildError(
        { file: `${CONTENT_DIR}/studies/${id}.md` },
        `study page "${id}" is not named after a cite key in ${BIBLIOGRAPHY_FILE}.`,
        guess
          ? `rename the file to ${guess}.md, or add an entry "${id}" to the bibliography.`
          : `add an entry "${id}" to the bibliography, or rename the file to the study's cite key.`,
      );
    });
}

/** What the build warns about without failing: overdue reviews, pages a surveillance change touches, records awaiting screening. */
export function projectWarnings(root: string, entries: readonly ContentFrontmatter[], today: string): string[] {
  const living = loadLivingData(root);
  const pending = pendingRecords(living);
  return [
    ...overduePages(entries, today).map(
      ({ file, due }) =>
        `${file}: review overdue since ${due}; check the page against its sources and update lastReviewed (pages show "Review overdue" to readers until then).`,
    ),
    ...pagesNeedingReview(entries, living).map(
      ({ file, reasons }) => `${file}: needs review: ${reasons.join('; ')}. Check the page against the change and update lastReviewed.`,
    ),
    ...(pending.length > 0
      ? [
          `${pending.length} record(s) awaiting screening in surveillance/screening.yaml (Methods shows the count): ${pending.slice(0, 5).join(', ')}${pending.length > 5 ? ', …' : ''}.`,
        ]
      : []),
  ];
}
