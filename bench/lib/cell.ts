/** One cell of the matrix: a corpus of N pages and M references, built in each variant. */
import { join } from 'node:path';
import { generateCorpus } from './corpus.ts';
import { firstQuery } from './first-query.ts';
import { measure } from './measure.ts';
import { siteSizes } from './page-sizes.ts';
import type { Row } from './report.ts';
import { createProject, removeProject, ROOT, VARIANTS, type VariantName } from './variants.ts';

const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
const PAGEFIND = join(ROOT, 'node_modules/pagefind/lib/runner/bin.cjs');

export interface CellOptions {
  /** Leave the temporary projects on disk. */
  keep?: boolean;
  /** Progress lines (stderr in the CLI). */
  log?: (line: string) => void;
}

/** Seconds Starlight reports for its own Pagefind step ("Finished building search index in 1.23s."). */
export function starlightPagefindSeconds(output: string): number | undefined {
  const match = /Finished building search index in ([\d.]+)(ms|s)/.exec(output);
  if (!match) return undefined;
  return Number(match[1]) / (match[2] === 'ms' ? 1000 : 1);
}

const lastLines = (text: string) => text.trim().split('\n').slice(-15).join('\n');

/** Builds one variant of an already generated corpus and measures it. */
async function runVariant(variant: VariantName, dir: string, row: Row, log: (line: string) => void): Promise<Row> {
  const build = await measure(process.execPath, [ASTRO, 'build', '--force'], dir);
  if (build.status !== 0) {
    log(lastLines(build.output));
    return { ...row, error: `astro build exited ${build.status}` };
  }
  let astroSeconds = build.seconds;
  let pagefindSeconds: number | undefined;
  let peakBytes = build.peakBytes;
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
  }
  const dist = join(dir, 'dist');
  const sizes = siteSizes(dist);
  const query = await firstQuery(
    dist,
    variant === 'starlight'
      ? { ui: false, path: '/' }
      : { ui: true, path: '/search/', resultSelector: '[data-search-results] li.result', countPattern: /(\d+) results? for/ },
  );
  return { ...row, astroSeconds, pagefindSeconds, totalSeconds: build.seconds + (VARIANTS[variant].pagefindInBuild ? 0 : pagefindSeconds!), peakBytes, sizes, query };
}

/** Generates the corpus once and builds it in every variant, one after another. */
export async function runCell(pages: number, references: number, variants: readonly VariantName[], options: CellOptions = {}): Promise<Row[]> {
  const log = options.log ?? (() => {});
  const corpus = generateCorpus(pages, references);
  const rows: Row[] = [];
  for (const variant of variants) {
    const dir = createProject(variant, corpus);
    const row: Row = { pages: corpus.pages, references: corpus.references, variant };
    log(`N=${pages} M=${references} ${variant}: building in ${dir}`);
    try {
      const done = await runVariant(variant, dir, row, log);
      log(`N=${pages} M=${references} ${variant}: ${done.error ?? `${done.totalSeconds!.toFixed(1)} s`}`);
      rows.push(done);
    } catch (error) {
      rows.push({ ...row, error: error instanceof Error ? error.message.split('\n')[0]! : String(error) });
    } finally {
      if (!options.keep) removeProject(dir);
    }
  }
  return rows;
}
