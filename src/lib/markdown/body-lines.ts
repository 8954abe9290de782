/** Where a Markdown body sits in its file on disk, so plugins can report the file's own line numbers. */
import { readFileSync } from 'node:fs';
import type { VFile } from 'vfile';

/**
 * Astro renders the body without its front matter, so positions start at the
 * body; this is how many lines precede the body in the file on disk, or
 * undefined if the file cannot be read or does not contain the body.
 */
export function bodyLineOffset(file: VFile): number | undefined {
  if (!file.path) return 0;
  let disk: string;
  try {
    disk = readFileSync(file.path, 'utf8');
  } catch {
    return undefined;
  }
  const body = String(file.value);
  const at = body ? disk.indexOf(body) : 0;
  return at === -1 ? undefined : disk.slice(0, at).split('\n').length - 1;
}
