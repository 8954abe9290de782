/**
 * `npm run bench`: builds the synthetic corpus in each variant and prints one
 * table. `npm run bench -- --quick` is the small CI run (N=20, M=20; ours,
 * stock, floor). Options: --pages=100,1000 --refs=20,1000
 * --variants=ours,stock,floor,starlight --json=file (save rows after each
 * cell) --from=a.json,b.json (print the table of saved rows, build nothing)
 * --keep (leave the temporary projects in place) --repeat=3 (build each
 * variant three times, taking turns, and keep the median).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { runCell } from './lib/cell.ts';
import { ratios, table, targets, type Row } from './lib/report.ts';
import { VARIANTS, type VariantName } from './lib/variants.ts';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    pages: { type: 'string' },
    refs: { type: 'string' },
    variants: { type: 'string' },
    json: { type: 'string' },
    from: { type: 'string' },
    keep: { type: 'boolean', default: false },
    repeat: { type: 'string', default: '1' },
  },
});

const list = (text: string | undefined, fallback: string) =>
  (text ?? fallback)
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
const pages = list(values.pages, values.quick ? '20' : '100,1000,10000').map(Number);
const refs = list(values.refs, values.quick ? '20' : '20,1000').map(Number);
const variants = list(values.variants, values.quick ? 'ours,floor,stock' : 'ours,floor,stock,starlight') as VariantName[];
for (const v of variants) if (!(v in VARIANTS)) throw new Error(`unknown variant "${v}": use ${Object.keys(VARIANTS).join(', ')}`);

const rows: Row[] = values.from ? list(values.from, '').flatMap((file) => JSON.parse(readFileSync(file, 'utf8')) as Row[]) : [];
const started = Date.now();
for (const n of values.from ? [] : pages) {
  for (const m of refs) {
    rows.push(...(await runCell(n, m, variants, { keep: values.keep, repeat: Number(values.repeat), log: (line) => console.error(line) })));
    if (values.json) writeFileSync(values.json, JSON.stringify(rows, null, 2));
  }
}

console.log(`\n## Benchmark (${new Date().toISOString().slice(0, 10)}, ${((Date.now() - started) / 60_000).toFixed(1)} min)\n`);
console.log(table(rows));
console.log('\nPage-type cells: kB of HTML + CSS + JS, gzip (raw); the median page of that type. query: first search for "ketamine" in Chromium.');
console.log([...new Set(rows.map((r) => r.variant))].map((v) => `- ${v}: ${VARIANTS[v].description}`).join('\n'));
console.log(`\n### Ratios\n\n${ratios(rows)}`);
console.log(`\n### Targets (ours)\n\n${targets(rows)}`);
if (rows.some((r) => r.error)) process.exitCode = 1;
