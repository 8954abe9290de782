/**
 * The code's shape: no module of src/ imports itself back through others
 * (type-only imports are erased, so they do not count).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, test } from 'vitest';

const modules = readdirSync('src', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts')).map((f) => join('src', f));
const IMPORT = /^import\s+(?!type\s)(?:[^'"]*?\sfrom\s+)?['"](\.[^'"]+\.ts)['"]/gm;
const graph = new Map(modules.map((m) => [m, [...readFileSync(m, 'utf8').matchAll(IMPORT)].map((i) => normalize(join(dirname(m), i[1]!)))]));

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
    expect(graph.get(join('src/lib/markdown/citation-options.ts'))).toContain(join('src/lib/markdown/settings.ts'));
  });

  test('has no import circles', () => {
    expect(cycles()).toEqual([]);
  });
});
