/** One cell of the matrix: a corpus of N pages and M references, built in each variant. */
import { join } from 'node:path';
import { generateCorpus } from './corpus.ts';
import { countFiles } from './file-count.ts';
import { firstQuery } from './first-query.ts';
import { measure } from './measure.ts';
import { siteSizes } from './page-sizes.ts';
import type { Row } from './report.ts';
import { writeSearchVocabulary } from '../../src/cli/search-vocabulary.ts';
import { createProject, removeProject, ROOT, VARIANTS, type VariantName } from './variants.ts';

const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
const PAGEFIND = join(ROOT, 'node_modules/pagefind/lib/runner/bin.cjs');

export interface CellOptions {
  /** Leave the temporary projects on disk. */
  keep?: boolean;
  /** Progress lines (stderr in the CLI). */
  log?: (line: string) => void;
  /** Builds per variant, interleaved (ours, floor, ours, floor, ...); the row keeps the median. Default 1. */
  repeat?: number;
}

/** Seconds Starlight reports for its own Pagefind step ("Finished building search index in 1.23s."). */
export function starlightPagefindSeconds(output: string): number | undefined {
  const match = /Finished building search index in ([\d.]+)(ms|s)/.exec(output);
  if (!match) return undefined;
  return Number(match[1]) / (match[2] === 'ms' ? 1000 : 1);
}

const lastLines = (text: string) => text.trim().split('\n').slice(-15).join('\n');

/** Builds one variant of an already generated corpus and measures it. */
async function runVariant(variant: VariantName, dir: string, row: Row, log: (line: string) => void, timingOnly = false): Promise<Row> {
  const build = await measure(process.execPath, [ASTRO, 'build', '--force'], dir);
  if (build.status !== 0) {
    log(lastLines(build.output));
    return { ...row, error: `astro build exited ${build.status}` };
  }
  let astroSeconds = build.seconds;
  let pagefindSeconds: number | undefined;
  let peakBytes = build.peakBytes;
  let cpuSeconds = build.cpuSeconds;
  if (VARIANTS[variant].pagefindInBuild) {
    pagefindSeconds = starlightPagefindSeconds(build.output);
    if (pagefindSeconds !== undefined) astroSeconds -= pagefindSeconds;
  } else {
    const index = await measure(process.execPath, [PAGEFIND, '--site', 'dist'], dir);
    if (index.status !== 0) {
      log(lastLines(index.output));
      return { ...row, error: `pagefind exited ${index.status}` };
    }
    pagefindSeconds = index.seconds;
    peakBytes = Math.max(peakBytes, index.peakBytes);
    cpuSeconds += index.cpuSeconds;
    // The "did you mean" vocabulary, as `npm run build` writes it (not timed: the site's search page needs it, the build time does not include it).
    writeSearchVocabulary(join(dir, 'dist'));
  }
  const timings = {
    ...row,
    astroSeconds,
    pagefindSeconds,
    totalSeconds: build.seconds + (VARIANTS[variant].pagefindInBuild ? 0 : pagefindSeconds!),
    peakBytes,
    cpuSeconds,
  };
  if (timingOnly) return timings;
  const dist = join(dir, 'dist');
  const sizes = siteSizes(dist);
  const files = countFiles(dist);
  const query = await firstQuery(
    dist,
    variant === 'starlight'
      ? { ui: false, path: '/' }
      : { ui: true, path: '/search/', resultSelector: '[data-search-results] li.result', countPattern: /(\d+) results? for/ },
  );
  return { ...timings, sizes, files, query };
}

/**
 * The run whose total time is the median, with every run's total beside it.
 * Sizes and the first query come from the first run (they do not change).
 */
export function medianRow(runs: readonly Row[]): Row {
  const failed = runs.find((r) => r.error);
  if (failed) return failed;
  const byTotal = [...runs].sort((a, b) => a.totalSeconds! - b.totalSeconds!);
  const median = byTotal[Math.floor((byTotal.length - 1) / 2)]!;
  const { astroSeconds, pagefindSeconds, totalSeconds, peakBytes, cpuSeconds } = median;
  return {
    ...runs[0]!,
    astroSeconds,
    pagefindSeconds,
    totalSeconds,
    peakBytes,
    cpuSeconds,
    ...(runs.length > 1 ? { totalRuns: runs.map((r) => r.totalSeconds!) } : {}),
  };
}

/**
 * Generates the corpus once and builds it in every variant, one after another;
 * with `repeat`, the variants take turns so that a busy spell on a shared
 * machine falls on all of them, and each row keeps its median run.
 */
export async function runCell(pages: number, references: number, variants: readonly VariantName[], options: CellOptions = {}): Promise<Row[]> {
  const log = options.log ?? (() => {});
  const repeat = Math.max(1, options.repeat ?? 1);
  const corpus = generateCorpus(pages, references);
  const dirs = new Map<VariantName, string>();
  const runs = new Map<VariantName, Row[]>(variants.map((v) => [v, []]));
  try {
    for (let round = 1; round <= repeat; round++) {
      for (const variant of variants) {
        const row: Row = { pages: corpus.pages, references: corpus.references, variant };
        const done = runs.get(variant)!;
        if (done.some((r) => r.error)) continue;
        let dir = dirs.get(variant);
        if (!dir) dirs.set(variant, (dir = createProject(variant, corpus)));
        const label = `N=${pages} M=${references} ${variant}${repeat > 1 ? ` (run ${round} of ${repeat})` : ''}`;
        log(`${label}: building in ${dir}`);
        try {
          const result = await runVariant(variant, dir, row, log, round > 1);
          log(`${label}: ${result.error ?? `${result.totalSeconds!.toFixed(1)} s (cpu ${result.cpuSeconds!.toFixed(1)} s)`}`);
          done.push(result);
        } catch (error) {
          done.push({ ...row, error: error instanceof Error ? error.message.split('\n')[0]! : String(error) });
        }
        if (round === repeat && !options.keep) {
          removeProject(dir);
          dirs.delete(variant);
        }
      }
    }
  } finally {
    if (!options.keep) for (const dir of dirs.values()) removeProject(dir);
  }
  return variants.map((v) => medianRow(runs.get(v)!));
}
