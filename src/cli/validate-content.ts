/**
 * `npm run validate -- <file.md> ...`: checks content files in a second,
 * without a full build. Front matter against its collection's schema, then the
 * body through the real Markdown pipeline (citation keys, placement). With no
 * arguments it checks every file under src/content/. A file's collection is
 * the folder it sits in (…/src/content/<collection>/), so fixtures work too.
 * With no arguments it also makes the build's project-wide checks (projectChecks
 * in src/lib/checks/evidence-integration.ts): the topic configuration, the pages
 * the header and footer link to, study file names as cite keys, where each
 * bibliography identifier was seen (references/provenance.yaml), statements of
 * findings and study summaries against their certainty, risk of bias against how
 * the rated studies were read, raw HTML and unsafe URLs in front matter (for named
 * files, checked file by file), the living-evidence data under surveillance/, and
 * former ids that collide with pages, and the frozen versions under versions/ (seal, dates, missing
 * snapshots, folders no page owns; src/lib/versions/version-checks.ts).
 */
import { readFileSync } from 'node:fs';
import { basename, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { z } from 'astro/zod';
import { reportOf } from '../lib/core/build-error.ts';
import { takeProblems } from '../lib/core/build-problems.ts';
import { BIBLIOGRAPHY_FILE, markdownProcessor } from '../lib/markdown/citation-options.ts';
import { loadBibliography } from '../lib/core/bibliography/load.ts';
import { parseFrontmatterOrThrow, readContentFrontmatter } from '../lib/core/front-matter-syntax.ts';
import { frontMatterMarkupProblems } from '../lib/checks/front-matter-markup.ts';
import { ENTRY_ID, firstNonUtf8Line, idFor } from '../lib/checks/source-files.ts';
import { projectChecks } from '../lib/checks/project-checks.ts';
import { collectRedirects } from '../lib/checks/redirects.ts';
import { COLLECTIONS, CONTENT_DIR, entryIds } from '../lib/core/content-index.ts';
import { ClaimSchema } from '../schemas/claim.ts';
import { ClaimSourceSchema } from '../schemas/claim-source.ts';
import { PageSchema } from '../schemas/page.ts';
import { QuestionSchema } from '../schemas/question.ts';
import { StudySchema } from '../schemas/study.ts';

const SCHEMAS: Record<(typeof COLLECTIONS)[number], z.ZodType> = {
  studies: StudySchema,
  questions: QuestionSchema,
  claims: ClaimSchema,
  pages: PageSchema,
  sources: ClaimSourceSchema,
};

const files = process.argv.slice(2).length
  ? process.argv.slice(2).map((f) => resolve(f))
  : COLLECTIONS.flatMap((c) => [...entryIds(c)].map((id) => resolve(CONTENT_DIR, c, `${id}.md`)));

const renderer = await markdownProcessor().createRenderer({ syntaxHighlight: false });
let failures = 0;

// The bibliography is checked once, first: every body is rendered against it, so a broken
// entry would otherwise be reported again under each content file's name.
let bibliographyOk = true;
try {
  loadBibliography(BIBLIOGRAPHY_FILE, process.cwd());
} catch (error) {
  bibliographyOk = false;
  console.log(`✗ ${BIBLIOGRAPHY_FILE}\n  ${reportOf(error)}\n  (bodies are not rendered until the bibliography reads; front matter is still checked)`);
}

/**
 * Renders one body. Astro's renderer prints every failure with console.error (its stack,
 * prefixed "Failed to parse Markdown file") before rethrowing it; the error is reported
 * here, once, under the file's name, so that print is held back.
 */
async function render(content: string, file: string, frontmatter: Record<string, unknown>): Promise<void> {
  const print = console.error;
  console.error = () => {};
  try {
    await renderer.render(content, { fileURL: pathToFileURL(file), frontmatter });
  } finally {
    console.error = print;
  }
}
for (const file of files) {
  const shown = relative(process.cwd(), file);
  // eslint-disable-next-line no-restricted-syntax -- a folder of src/content in a file path, not a URL
  const collection = COLLECTIONS.find((c) => file.includes(`/${CONTENT_DIR}/${c}/`));
  const problems: string[] = [];
  let parsed: ReturnType<typeof parseFrontmatterOrThrow>;
  const source = readFileSync(file, 'utf8');
  try {
    parsed = parseFrontmatterOrThrow(source, shown);
  } catch (error) {
    failures += 1;
    console.log(`✗ ${shown}\n  ${reportOf(error)}`);
    continue;
  }
  const { frontmatter, content } = parsed;
  if (!collection) problems.push(`not inside a collection folder (${COLLECTIONS.join(', ')})`);
  else {
    try {
      const result = SCHEMAS[collection].safeParse(frontmatter);
      if (!result.success) for (const issue of result.error.issues) problems.push(`front matter ${issue.path.join('.')}: ${issue.message}`);
    } catch (error) {
      // Cite keys are checked against the bibliography; when it does not read, that is reported once, above.
      if (bibliographyOk) problems.push(reportOf(error));
    }
  }
  if (process.argv.slice(2).length) {
    problems.push(...frontMatterMarkupProblems(frontmatter, source, shown).map(reportOf));
    const line = firstNonUtf8Line(readFileSync(file));
    if (line !== undefined) problems.push(`${shown}:${line}: the file holds bytes that are not UTF-8; save it as UTF-8.`);
    if (!ENTRY_ID.test(basename(file, '.md')))
      problems.push(`the file name is not a valid id (lowercase letters, digits and hyphens); rename it to ${idFor(basename(file))}.md.`);
  }
  if (bibliographyOk) {
    try {
      await render(content, file, frontmatter);
    } catch (error) {
      problems.push(withoutAstroPrefix(reportOf(error)));
    }
  }
  takeProblems();
  failures += problems.length ? 1 : 0;
  console.log(problems.length ? `✗ ${shown}\n  ${problems.join('\n  ')}` : `✓ ${shown}`);
}
console.log(`\n${files.length - failures} of ${files.length} files valid`);
if (process.argv.slice(2).length === 0) {
  const root = process.cwd();
  const { entries } = readContentFrontmatter(root);
  let project: ReturnType<typeof projectChecks> | undefined;
  try {
    project = [...projectChecks(root, entries), ...collectRedirects(entries, root).problems];
  } catch (error) {
    if (bibliographyOk) throw error;
  }
  for (const problem of project ?? []) console.log(`✗ ${reportOf(problem)}`);
  console.log(
    project === undefined
      ? 'project-wide checks skipped: they need the bibliography, which does not read (see above).'
      : project.length
        ? `${project.length} project-wide problem(s): file names, encoding, topic, linked pages, study file names, identifier provenance, finding statements, rated studies, front-matter markup, living-evidence data, frozen versions (versions/) and former ids`
        : 'project-wide checks passed: file names, encoding, topic, linked pages, study file names, identifier provenance, finding statements, rated studies, front-matter markup, living-evidence data, frozen versions (versions/) and former ids',
  );
  failures += project?.length ?? 0;
}
process.exit(failures || !bibliographyOk ? 1 : 0);

/** A message without the "Failed to parse Markdown file "…":" line Astro puts before it: the file is named already. */
function withoutAstroPrefix(message: string): string {
  return message.replace(/^Failed to parse Markdown file "[^"]*":\n/, '');
}
