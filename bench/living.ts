/**
 * `npm run bench:living`: what the living-evidence features cost a build, in process. It renders the
 * site's own Markdown bodies, repeated to 1,000 pages, through the real pipeline twice, with and
 * without the three living-evidence plugins (remark-directive, the data-bound facts, the notices beside
 * references), interleaved over several rounds, and times drawing the PRISMA flow (once per build).
 * It prints milliseconds and the share of a 1,000-page build (the README's measured build time); it
 * asserts nothing. Target: under 3 % of the build.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { unified as astroUnified } from '@astrojs/markdown-remark';
import remarkDirective from 'remark-directive';
import { citationPipeline } from '../src/lib/markdown/citation-options.ts';
import remarkEvidenceFacts from '../src/lib/markdown/remark-evidence-facts.ts';
import rehypeReferenceNotices from '../src/lib/markdown/rehype-reference-notices.ts';
import { takeProblems } from '../src/lib/core/build-problems.ts';
import { loadLivingData } from '../src/lib/living/living-data.ts';
import { prismaFlow } from '../src/lib/living/prisma.ts';
import { prismaChart } from '../src/lib/charts/render-prisma.ts';

const { values } = parseArgs({
  options: { pages: { type: 'string', default: '1000' }, rounds: { type: 'string', default: '3' }, build: { type: 'string', default: '45.4' } },
});
const PAGES = Number(values.pages);
const BUILD_SECONDS = Number(values.build);
const LIVING = new Set<unknown>([remarkDirective, remarkEvidenceFacts, rehypeReferenceNotices]);
const pluginOf = (p: unknown) => (Array.isArray(p) ? p[0] : p);

const files = ['studies', 'questions', 'claims', 'pages'].flatMap((c) => readdirSync(join('src/content', c)).map((f) => join('src/content', c, f)));
const bodies = files.map((f) => ({ path: f, body: readFileSync(f, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '') }));
const pages = Array.from({ length: PAGES }, (_, i) => bodies[i % bodies.length]!);

async function time(withLiving: boolean): Promise<number> {
  const pipeline = citationPipeline(process.cwd());
  const keep = (plugins: unknown[]) => plugins.filter((p) => withLiving || !LIVING.has(pluginOf(p)));
  const processor = astroUnified({
    remarkPlugins: keep(pipeline.remarkPlugins) as never,
    rehypePlugins: keep(pipeline.rehypePlugins) as never,
    smartypants: true,
  });
  const renderer = await processor.createRenderer({ syntaxHighlight: false });
  const started = performance.now();
  for (const { path, body } of pages) {
    // Without the directive parser, a directive is plain text; the rest of the page renders as usual.
    await renderer.render(body, { fileURL: pathToFileURL(join(process.cwd(), path)) }).catch(() => undefined);
  }
  takeProblems();
  return performance.now() - started;
}

const runs: { with: number; without: number }[] = [];
await time(true);
for (let round = 0; round < Number(values.rounds); round++) runs.push({ without: await time(false), with: await time(true) });
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const withMs = median(runs.map((r) => r.with));
const withoutMs = median(runs.map((r) => r.without));
const prismaStart = performance.now();
prismaChart(prismaFlow(loadLivingData()));
const prismaMs = performance.now() - prismaStart;
const added = withMs - withoutMs + prismaMs;
console.log(
  `Markdown pipeline, ${PAGES} pages (median of ${runs.length} interleaved rounds): ${(withoutMs / 1000).toFixed(2)} s without the living-evidence plugins, ${(withMs / 1000).toFixed(2)} s with them`,
);
console.log(`PRISMA flow drawn once: ${prismaMs.toFixed(1)} ms`);
console.log(
  `Added: ${(added / 1000).toFixed(2)} s, ${((100 * added) / (BUILD_SECONDS * 1000)).toFixed(1)} % of a ${BUILD_SECONDS} s build of ${PAGES} pages (target under 3 %)`,
);
