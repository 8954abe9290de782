/**
 * The code's shape: no module of src/ imports itself back through others
 * (type-only imports count: a circle of types is still a circle of concepts), and nothing under src/
 * imports from tests/ (the site and its commands must not depend on test code).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, sep } from 'node:path';
import { describe, expect, test } from 'vitest';

const modules = readdirSync('src', { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.ts'))
  .map((f) => join('src', f));
const IMPORT = /^(?:import|export)\s+(?:[^'"]*?\sfrom\s+)?['"](\.[^'"]+\.ts)['"]/gm;
const graph = new Map(modules.map((m) => [m, [...readFileSync(m, 'utf8').matchAll(IMPORT)].map((i) => normalize(join(dirname(m), i[1]!)))]));

const SOURCE_FILE = /\.(ts|mts|js|mjs|astro)$/;
/** Every relative specifier in a file: static imports and re-exports (type-only ones too), side-effect imports and dynamic import(). */
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g;

/** "file: specifier" for each import in src/ that resolves into tests/. */
function importsFromTests(): string[] {
  const files = readdirSync('src', { recursive: true, encoding: 'utf8' })
    .filter((f) => SOURCE_FILE.test(f))
    .map((f) => join('src', f));
  return files.flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(SPECIFIER)]
      .filter((i) => normalize(join(dirname(file), i[1]!)).startsWith(`tests${sep}`))
      .map((i) => `${file}: ${i[1]}`),
  );
}

function cycles(): string[] {
  const found = new Set<string>();
  const visit = (node: string, path: string[]) => {
    for (const next of graph.get(node) ?? []) {
      const at = path.indexOf(next);
      if (at >= 0) found.add(path.slice(at).concat(next).join(' -> '));
      else if (path.length < 30) visit(next, [...path, next]);
    }
  };
  for (const m of modules) visit(m, [m]);
  return [...found];
}

describe('module graph', () => {
  test('reads the modules and their imports', () => {
    expect(graph.get(join('src/lib/markdown/citation-options.ts'))).toContain(join('src/lib/core/settings.ts'));
  });

  test('has no import circles', () => {
    expect(cycles()).toEqual([]);
  });

  test('nothing under src/ imports from tests/ (shared code lives in src/, tests import it from there)', () => {
    expect(importsFromTests()).toEqual([]);
  });
});
