/** Formats benchmark rows as one Markdown table, the ratios between variants and the targets. */
import { resolve } from 'node:path';
import { PAGE_TYPES, type PageSize, type SiteSizes } from './page-sizes.ts';
import type { FirstQuery } from './first-query.ts';
import { fileCaps, FREE_PLAN_FILES, projectFiles, type FileCount } from './file-count.ts';
import type { VariantName } from './variants.ts';

export interface Row {
  pages: number;
  references: number;
  variant: VariantName;
  /** Why the build failed, when it did (the other fields are then absent). */
  error?: string;
  astroSeconds?: number;
  pagefindSeconds?: number;
  totalSeconds?: number;
  /** With --repeat: the total seconds of every run, in order (the row's timings are the median run's). */
  totalRuns?: number[];
  peakBytes?: number;
  /** User + system CPU seconds of the builds (Astro + Pagefind); absent in rows saved before it was measured. */
  cpuSeconds?: number;
  sizes?: SiteSizes;
  /** Files in dist/ after Pagefind, by kind (what Cloudflare Pages counts against its 20,000). */
  files?: FileCount;
  query?: FirstQuery;
}

const kb = (n: number) => (n / 1000).toFixed(1);
const s = (n: number | undefined) => (n === undefined ? '–' : n.toFixed(1));
const sizeCell = (p: PageSize | undefined) =>
  p ? `${kb(p.html.gzip)}+${kb(p.css.gzip)}+${kb(p.js.gzip)} (${kb(p.html.raw)}+${kb(p.css.raw)}+${kb(p.js.raw)})` : '–';

const largestCell = (l: SiteSizes['largest'] | undefined) =>
  l ? `${kb(l.size.html.gzip)}+${kb(l.size.css.gzip)} (${kb(l.size.html.raw)}+${kb(l.size.css.raw)})` : '–';

const sameCell = (a: Row, b: Row) => a.pages === b.pages && a.references === b.references;
const find = (rows: readonly Row[], like: Row, variant: VariantName) => rows.find((r) => sameCell(r, like) && r.variant === variant && !r.error);

/** Column headings of the table, in order. */
export const COLUMNS = [
  'N',
  'M',
  'variant',
  'pages',
  'refs',
  'astro s',
  'pagefind s',
  'total s',
  'cpu s',
  '× ours',
  'peak MiB',
  'search index kB',
  'files',
  'query kB',
  'query ms',
  'results page kB',
  ...PAGE_TYPES.map((t) => `${t} kB`),
  'largest page kB',
];

/** The one results table: a row per (N, M, variant). Page-type cells are kB of HTML+CSS+JS, gzip (raw). */
export function table(rows: readonly Row[]): string {
  const lines = [`| ${COLUMNS.join(' | ')} |`, `|${COLUMNS.map(() => '---').join('|')}|`];
  for (const r of rows) {
    const head = [String(r.pages), String(r.references), r.variant];
    if (r.error) {
      lines.push(`| ${[...head, ...COLUMNS.slice(3).map((_, i) => (i === 0 ? `failed: ${r.error}` : '–'))].join(' | ')} |`);
      continue;
    }
    const ours = find(rows, r, 'ours');
    const ratio = ours?.totalSeconds && r.totalSeconds ? `${(r.totalSeconds / ours.totalSeconds).toFixed(2)}` : '–';
    lines.push(
      `| ${[
        ...head,
        String(r.sizes!.pages),
        String(r.references),
        s(r.astroSeconds),
        s(r.pagefindSeconds),
        s(r.totalSeconds),
        s(r.cpuSeconds),
        ratio,
        (r.peakBytes! / 2 ** 20).toFixed(0),
        kb(r.sizes!.searchIndexBytes),
        r.files ? String(r.files.total) : '–',
        r.query ? `${kb(r.query.gzipBytes)} (${kb(r.query.bytes)})` : '–',
        r.query ? r.query.ms.toFixed(0) : '–',
        r.query?.allGzipBytes !== undefined ? kb(r.query.allGzipBytes) : '–',
        ...PAGE_TYPES.map((t) => sizeCell(r.sizes!.byType[t])),
        largestCell(r.sizes!.largest),
      ].join(' | ')} |`,
    );
  }
  return lines.join('\n');
}

const times = (a?: number, b?: number) => (a && b ? `${(a / b).toFixed(2)}×` : 'n/a');
const gz = (p?: PageSize) => (p ? p.html.gzip + p.css.gzip + p.js.gzip : undefined);

/** One line per cell comparing the variants (build time and a study page's transfer size). */
export function ratios(rows: readonly Row[]): string {
  const cells = rows.filter((r, i) => rows.findIndex((o) => sameCell(o, r)) === i);
  return cells
    .map((cell) => {
      const [ours, stock, floor, starlight] = (['ours', 'stock', 'floor', 'starlight'] as const).map((v) => find(rows, cell, v));
      const parts = [
        `stock/ours build ${times(stock?.totalSeconds, ours?.totalSeconds)}`,
        `ours/floor build ${times(ours?.totalSeconds, floor?.totalSeconds)} (Astro only ${times(ours?.astroSeconds, floor?.astroSeconds)})`,
        `starlight/ours build ${times(starlight?.totalSeconds, ours?.totalSeconds)}`,
        `CPU time: stock/ours ${times(stock?.cpuSeconds, ours?.cpuSeconds)}, ours/floor ${times(ours?.cpuSeconds, floor?.cpuSeconds)}, starlight/ours ${times(starlight?.cpuSeconds, ours?.cpuSeconds)}`,
        `starlight/ours study page gzip ${times(gz(starlight?.sizes?.byType.study), gz(ours?.sizes?.byType.study))}`,
        `starlight/ours first query bytes ${times(starlight?.query?.gzipBytes, ours?.query?.gzipBytes)}`,
      ];
      const repeated = [ours, stock, floor, starlight].filter((r) => r?.totalRuns);
      if (repeated.length > 0)
        parts.push(`medians of ${repeated.map((r) => `${r!.variant} ${r!.totalRuns!.map((t) => t.toFixed(1)).join(', ')} s`).join('; ')}`);
      return `- N=${cell.pages}, M=${cell.references}: ${parts.join('; ')}`;
    })
    .join('\n');
}

/** The issue's targets, checked against the `ours` rows. */
export function targets(rows: readonly Row[]): string {
  const ours = rows.filter((r) => r.variant === 'ours' && !r.error);
  const lines: string[] = [];
  const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');
  for (const r of ours) {
    const [floor, stock, starlight] = (['floor', 'stock', 'starlight'] as const).map((v) => find(rows, r, v));
    const typical = (['study', 'question', 'claim'] as const).map((t) => [t, r.sizes!.byType[t]] as const).filter(([, p]) => p);
    const js = Math.max(...typical.map(([, p]) => p!.js.gzip));
    const largest = r.sizes!.largest;
    const heaviest = largest ? largest.size.html.gzip + largest.size.css.gzip : undefined;
    const perPage = (r.totalSeconds! / r.pages) * 1000;
    const within = floor ? r.totalSeconds! / floor.totalSeconds! : undefined;
    const faster = (other: Row | undefined, name: string) =>
      other ? `faster than ${name}: ${(other.totalSeconds! / r.totalSeconds!).toFixed(2)}× ${verdict(other.totalSeconds! > r.totalSeconds!)}` : undefined;
    const queryLimit = r.pages >= 10_000 ? 150_000 : r.pages >= 1000 ? 100_000 : undefined;
    const parts = [
      `${perPage.toFixed(1)} ms/page`,
      `build ≤ 1.15× floor: ${within === undefined ? 'not measured' : `${within.toFixed(2)}× ${verdict(within <= 1.15)}`}`,
      faster(stock, 'stock'),
      faster(starlight, 'Starlight'),
      `every page HTML+CSS ≤ 14 kB gzip: ${heaviest === undefined ? 'not measured' : `largest ${kb(heaviest)} kB (${largest!.path}) ${verdict(heaviest <= 14_000)}`}`,
      `JS ≤ 2 kB gzip: ${kb(js)} kB ${verdict(js <= 2_000)}`,
      queryLimit && r.query ? `first result ≤ ${kb(queryLimit)} kB: ${kb(r.query.gzipBytes)} kB gzip ${verdict(r.query.gzipBytes <= queryLimit)}` : undefined,
    ];
    if (r.files) parts.push(`files ≤ ${FREE_PLAN_FILES}: ${r.files.total} ${verdict(r.files.total <= FREE_PLAN_FILES)}`);
    lines.push(`- N=${r.pages}, M=${r.references}: ${parts.filter(Boolean).join('; ')}`);
  }
  const projection = fileProjection(ours);
  if (projection) lines.push(projection);
  return lines.join('\n');
}

/** The file count at 10,000 pages through the two largest measured sizes of ours with the same references, each kind held at its cap (projectFiles), when 10,000 was not built. */
export function fileProjection(ours: readonly Row[], pages = 10_000, caps = fileCaps(resolve(import.meta.dirname, '../..'))): string | undefined {
  const counted = ours.filter((r) => r.files && r.pages < pages).sort((a, b) => b.pages - a.pages);
  for (const big of counted) {
    if (ours.some((r) => r.files && r.pages === pages && r.references === big.references)) continue;
    const small = counted.find((r) => r.references === big.references && r.pages < big.pages);
    if (!small) continue;
    const at = (r: Row) => ({ pages: r.pages, files: r.files! });
    const files = projectFiles(at(small), at(big), pages, caps);
    const capped = Object.entries(caps)
      .map(([kind, cap]) => `${kind} ≤ ${cap}`)
      .join(', ');
    return `- N=${pages}, M=${big.references}: files projected (not built) through N=${small.pages} and N=${big.pages}, each kind on its line${capped ? ` (${capped})` : ''}: ${files} ${files <= FREE_PLAN_FILES ? 'met' : 'NOT met'}`;
  }
  return undefined;
}
