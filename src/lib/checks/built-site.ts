/**
 * The checks that read the built site (dist/) after the build: each page's own checks (half-built pages,
 * literal citations), site-relative links and anchors, ids used twice, and the reading grade of the
 * plain-language passages of current pages (a frozen version is history, so today's limits skip it).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { parseHTML } from 'linkedom';
import { EvidenceBuildError } from '../core/build-error.ts';
import { isVersionPath } from '../core/urls.ts';
import { READING_GRADE_LIMIT, pageWithoutPassages, readabilitySummary, scorePage, type PassageScore } from '../rules/readability.ts';
import { checkBuiltPage } from './built-page.ts';
import { checkSiteLinks, linksOf, sourceOf, type BuiltFile } from './site-links.ts';

function builtFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

/** Broken site-relative links and anchors, and ids used twice on a page, named by the page's source file. */
function linkProblems(files: BuiltFile[], root: string): EvidenceBuildError[] {
  return checkSiteLinks(files).map(
    (p) => new EvidenceBuildError({ file: sourceOf(p.url, p.page, (f) => existsSync(join(root, f))) }, `${p.problem} (on ${p.url})`, p.fix),
  );
}

/** Prints the reading grades of the plain-language passages and returns one problem per passage above the limit. */
function readabilityProblems(scores: PassageScore[], logger: { info(message: string): void }): EvidenceBuildError[] {
  logger.info(readabilitySummary(scores));
  return scores
    .filter((s) => s.grade > READING_GRADE_LIMIT)
    .map(
      (s) =>
        new EvidenceBuildError(
          { file: s.page },
          `a plain-language passage reads at grade ${s.grade}, above the limit of ${READING_GRADE_LIMIT}: "${s.text}"`,
          'use shorter sentences and everyday words (see "Readability" in Methods), then rebuild.',
        ),
    );
}

/** A content page on which the readability gate found nothing to score, so it would pass without checking. */
function noPassages(page: string, kind: string): EvidenceBuildError {
  return new EvidenceBuildError(
    { file: page },
    `this ${kind} has no plain-language passage (no element marked data-plain-language), so the readability gate would check nothing on it.`,
    'keep the data-plain-language mark on the passages its component renders (short answer, summary, verdict reason) and, on the home page, keep the link from each bottom-line point to the short answer it restates.',
  );
}

/** Every problem of the built site in `out` (pages named relative to `root`); the readability summary goes to `logger`. */
export function builtSiteProblems(out: string, root: string, logger: { info(message: string): void }): EvidenceBuildError[] {
  const pageProblems: EvidenceBuildError[] = [];
  const scores: PassageScore[] = [];
  const files: BuiltFile[] = [];
  for (const file of builtFiles(out)) {
    const path = relative(out, file).split('\\').join('/');
    if (!file.endsWith('.html')) {
      files.push({ path });
      continue;
    }
    const page = relative(root, file);
    const document = parseHTML(readFileSync(file, 'utf8')).document;
    files.push({ path, links: linksOf(document) });
    for (const found of checkBuiltPage(document, page))
      pageProblems.push(new EvidenceBuildError({ file: found.page }, found.problem, 'fix the problem reported above for this page, then rebuild.'));
    // A frozen version is history: today's readability limit and passage rule do not apply to it.
    // eslint-disable-next-line no-restricted-syntax -- the URL of a built file under dist/, not an entry's URL
    if (!isVersionPath(`/${relative(out, dirname(file))}/`.replace(/^\/+/, '/'))) {
      const pageScores = scorePage(document, page);
      // Only an evidence page (its article is the search body) must have passages: not a redirect or a withdrawal notice.
      const evidence = document.querySelector('article[data-pagefind-body]') !== null;
      const kind = evidence ? pageWithoutPassages(relative(out, file).split(sep).join('/'), pageScores.length) : undefined;
      if (kind) pageProblems.push(noPassages(page, kind));
      scores.push(...pageScores);
    }
  }
  return [...pageProblems, ...linkProblems(files, root), ...readabilityProblems(scores, logger)];
}
