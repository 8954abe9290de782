/** Compares two build outputs file by file, byte for byte. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const files = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();

/** Files that exist in only one tree or differ in content, each with the reason. */
export function differingFiles(a: string, b: string): string[] {
  const left = new Set(files(a));
  const right = new Set(files(b));
  const differences: string[] = [];
  for (const f of left) {
    if (!right.has(f)) differences.push(`${f}: only in the first build`);
    else if (!readFileSync(join(a, f)).equals(readFileSync(join(b, f)))) differences.push(`${f}: content differs`);
  }
  for (const f of right) if (!left.has(f)) differences.push(`${f}: only in the second build`);
  return differences;
}
