/**
 * src/lib/checks/ owns the build checks: error messages, problems recorded while rendering, front-matter syntax, redirects and built-page checks.
 *
 * Astro integration that makes bad evidence input fail the build:
 * - before the build, front matter must be valid YAML, the bibliography is
 *   parsed and checked, the pages the header and footer link to must exist,
 *   every study page's file name must be a cite key, and each entry's
 *   `formerIds` become redirects from its old URLs (Astro writes a
 *   meta-refresh page for each);
 * - after it, any problem a Markdown plugin recorded (Astro logs those and
 *   exits 0), any half-built page, any site-relative link to a page or anchor
 *   that does not exist and any id used twice on a page fail the build, and the redirects go to
 *   dist/_redirects as real 301s for hosts that read the file (Cloudflare
 *   Pages, Netlify).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { loadBibliography } from '../markdown/bibliography.ts';
import { checkProvenance } from '../markdown/provenance.ts';
import { projectRoot, setProjectRoot } from '../project-root.ts';
import { EvidenceBuildError, closest, throwIfAny } from './build-error.ts';
import { takeProblems } from './build-problems.ts';
import { checkBuiltPage } from './built-page.ts';
import { checkSiteLinks, sourceOf, type BuiltFile } from './site-links.ts';
import { BIBLIOGRAPHY_FILE } from '../markdown/citation-options.ts';
import { CONTENT_DIR, entryIds } from '../content/content-index.ts';
import { readContentFrontmatter, type ContentFrontmatter } from './front-matter-syntax.ts';
import { checkFrontMatterMarkup } from './front-matter-markup.ts';
import { collectRedirects, redirectsFile } from './redirects.ts';
import { LEGACY_CITE_REDIRECTS } from '../citing/citation-file.ts';
import { checkRequiredPages } from './required-pages.ts';
import { checkEncoding, checkEntryFileNames } from './source-files.ts';
import { overduePages } from '../rules/review-due.ts';
import { checkFindingStatements } from '../rules/finding-statements.ts';
import { checkRatedStudies } from '../rules/rated-studies.ts';
import { topicProblems } from '../../schemas/topic.ts';
import { TOPIC } from '../../topic.ts';
import { READING_GRADE_LIMIT, pageWithoutPassages, readabilitySummary, scorePage, type PassageScore } from '../rules/readability.ts';
import { parseHTML } from 'linkedom';
import { checkNamedRegistrations } from '../living/registration-notes.ts';
import { loadLivingData, pendingRecords, readLivingData } from '../living/living-data.ts';
import { pagesNeedingReview } from '../living/needs-review.ts';
import { checkVersions } from '../versions/version-checks.ts';
import { isVersionPath } from '../versions/version-rule.ts';

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

export default function evidenceIntegration(): AstroIntegration {
  let redirects: Record<string, string> = {};
  return {
    name: 'evidence-checks',
    hooks: {
      'astro:config:setup': ({ config, updateConfig, logger }) => {
        const root = fileURLToPath(config.root);
        setProjectRoot(root);
        loadBibliography(BIBLIOGRAPHY_FILE, root);
        const content = readContentFrontmatter(root);
        const { redirects: found, problems } = collectRedirects(content.entries, root);
        redirects = found;
        throwIfAny([...content.problems, ...projectChecks(root, content.entries), ...problems]);
        for (const { file, due } of overduePages(content.entries, new Date().toISOString().slice(0, 10))) {
          logger.warn(
            `${file}: review overdue since ${due}; check the page against its sources and update lastReviewed (pages show "Review overdue" to readers until then).`,
          );
        }
        const living = loadLivingData(root);
        for (const { file, reasons } of pagesNeedingReview(content.entries, living)) {
          logger.warn(`${file}: needs review: ${reasons.join('; ')}. Check the page against the change and update lastReviewed.`);
        }
        const pending = pendingRecords(living);
        if (pending.length > 0) {
          logger.warn(
            `${pending.length} record(s) awaiting screening in surveillance/screening.yaml (Methods shows the count): ${pending.slice(0, 5).join(', ')}${pending.length > 5 ? ', …' : ''}.`,
          );
        }
        updateConfig({ redirects: found });
      },
      'astro:build:done': ({ dir, logger }) => {
        const problems = takeProblems();
        const root = projectRoot();
        const out = fileURLToPath(dir);
        const pageProblems: EvidenceBuildError[] = [];
        const scores: PassageScore[] = [];
        const files: BuiltFile[] = [];
        for (const file of builtFiles(out)) {
          const path = relative(out, file).split('\\').join('/');
          if (!file.endsWith('.html')) {
            files.push({ path });
            continue;
          }
          const html = readFileSync(file, 'utf8');
          files.push({ path, html });
          const page = relative(root, file);
          const document = parseHTML(html).document;
          for (const found of checkBuiltPage(document, page))
            pageProblems.push(new EvidenceBuildError({ file: found.page }, found.problem, 'fix the problem reported above for this page, then rebuild.'));
          // A frozen version is history: today's readability limit and passage rule do not apply to it.
          if (!isVersionPath(`/${relative(out, dirname(file))}/`.replace(/^\/+/, '/'))) {
            const pageScores = scorePage(document, page);
            // Only an evidence page (its article is the search body) must have passages: not a redirect or a withdrawal notice.
            const evidence = document.querySelector('article[data-pagefind-body]') !== null;
            const kind = evidence ? pageWithoutPassages(relative(out, file).split(sep).join('/'), pageScores.length) : undefined;
            if (kind) pageProblems.push(noPassages(page, kind));
            scores.push(...pageScores);
          }
        }
        throwIfAny([...problems, ...pageProblems, ...linkProblems(files, root), ...readabilityProblems(scores, logger)]);
        writeFileSync(join(out, '_redirects'), redirectsFile(redirects, { forced: process.env.NETLIFY === 'true', dynamic: LEGACY_CITE_REDIRECTS }));
        logger.info(`_redirects: ${Object.keys(redirects).length} renamed page(s) answer 301.`);
      },
    },
  };
}
