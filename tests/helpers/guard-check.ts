/**
 * The build's guards, run in this process on a project folder instead of in an
 * Astro build: what each stage of `astro build` checks, in the same order and with
 * the same functions, stopping at the first stage that finds a problem, as the build does.
 * - pre-build (the evidence-checks integration's `astro:config:setup`): the bibliography,
 *   front-matter syntax, the project-wide checks and former ids;
 * - content sync: every entry's front matter against its collection's schema
 *   (src/content.config.ts uses the same schemas);
 * - render: the bodies through the real Markdown processor (citation-options.ts),
 *   with the problems its plugins record.
 * What happens after rendering (built-page checks, readability, site links) needs
 * built pages, and is proven by the real builds in tests/build/guards.test.ts.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { reportOf } from '../../src/lib/core/build-error.ts';
import { takeProblems } from '../../src/lib/core/build-problems.ts';
import { projectChecks } from '../../src/lib/checks/project-checks.ts';
import { parseFrontmatterOrThrow, readContentFrontmatter } from '../../src/lib/core/front-matter-syntax.ts';
import { collectRedirects } from '../../src/lib/checks/redirects.ts';
import type { CollectionName } from '../../src/lib/core/content-index.ts';
import { loadBibliography } from '../../src/lib/core/bibliography/load.ts';
import { BIBLIOGRAPHY_FILE, markdownProcessor } from '../../src/lib/markdown/citation-options.ts';
import { projectRoot, setProjectRoot } from '../../src/lib/core/project-root.ts';
import { ClaimSchema } from '../../src/schemas/claim.ts';
import { ClaimSourceSchema } from '../../src/schemas/claim-source.ts';
import { PageSchema } from '../../src/schemas/page.ts';
import { QuestionSchema } from '../../src/schemas/question.ts';
import { StudySchema } from '../../src/schemas/study.ts';

const SCHEMAS: Record<CollectionName, z.ZodType> = {
  studies: StudySchema,
  questions: QuestionSchema,
  claims: ClaimSchema,
  pages: PageSchema,
  sources: ClaimSourceSchema,
};

export type Stage = 'pre-build' | 'content sync' | 'render';

export interface GuardResult {
  /** The stage that failed, or undefined when every stage passed. */
  stage: Stage | undefined;
  /** Every problem the failing stage reported, one report each (file, line where known, problem, fix). */
  problems: string[];
}

let renderer: Awaited<ReturnType<ReturnType<typeof markdownProcessor>['createRenderer']>> | undefined;

/**
 * Runs the build's guards on the project at `root`. `render` limits the render stage to these
 * content files (paths relative to `root`, e.g. the files a fixture replaces); by default every body is rendered.
 */
export async function checkProject(root: string, { render }: { render?: readonly string[] } = {}): Promise<GuardResult> {
  // Markdown plugins name files relative to the working directory, as in a build run in the project.
  const [previousRoot, previousCwd] = [projectRoot(), process.cwd()];
  setProjectRoot(root);
  process.chdir(root);
  try {
    return await stages(root, render);
  } finally {
    process.chdir(previousCwd);
    setProjectRoot(previousRoot);
  }
}

async function stages(root: string, render: readonly string[] | undefined): Promise<GuardResult> {
  const preBuild: string[] = [];
  const caught = (check: () => void) => {
    try {
      check();
    } catch (error) {
      preBuild.push(reportOf(error));
    }
  };
  caught(() => loadBibliography(BIBLIOGRAPHY_FILE, root));
  const content = readContentFrontmatter(root);
  preBuild.push(...content.problems.map(reportOf));
  if (preBuild.length === 0)
    caught(() => preBuild.push(...[...projectChecks(root, content.entries), ...collectRedirects(content.entries, root).problems].map(reportOf)));
  if (preBuild.length > 0) return { stage: 'pre-build', problems: preBuild };

  const sync = content.entries.flatMap(({ collection, file, frontmatter }) => {
    try {
      const result = SCHEMAS[collection].safeParse(frontmatter);
      return result.success ? [] : result.error.issues.map((issue) => `${file}: ${issue.path.join('.')}: ${issue.message}`);
    } catch (error) {
      return [`${file}: ${reportOf(error)}`];
    }
  });
  if (sync.length > 0) return { stage: 'content sync', problems: sync };

  renderer ??= await markdownProcessor().createRenderer({ syntaxHighlight: false });
  const rendered: string[] = [];
  takeProblems();
  for (const { file, frontmatter } of content.entries) {
    if (render && !render.includes(file)) continue;
    // Astro renders the text after the front matter, as parseFrontmatter's 'remove' mode gives it.
    const { content: body } = parseFrontmatterOrThrow(readFileSync(join(root, file), 'utf8'), file);
    const print = console.error;
    console.error = () => {};
    try {
      await renderer.render(body, { fileURL: pathToFileURL(join(root, file)), frontmatter });
    } catch (error) {
      rendered.push(reportOf(error));
    } finally {
      console.error = print;
    }
  }
  rendered.push(...takeProblems().map(reportOf));
  return { stage: rendered.length > 0 ? 'render' : undefined, problems: rendered };
}

/** Fixtures under tests/fixtures/build, with the files each lays over the project. */
export const GUARD_FIXTURES = 'tests/fixtures/build';

/**
 * The fixtures that real builds run (tests/build/guards.test.ts), one for each stage of Astro's build where
 * an error could be swallowed. The `build:done` fixture fails only on built pages, so only a build proves it.
 */
export const BUILT_FIXTURES = {
  'pre-build': 'yaml-tab-in-study',
  'content sync': 'dangling-study-reference',
  render: 'unknown-cite-key',
  'build:done': 'hard-to-read',
} as const;

export const AFTER_RENDER_FIXTURES: readonly string[] = [BUILT_FIXTURES['build:done']];
