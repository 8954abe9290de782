/**
 * The one project root, against which the bibliography and the content folders
 * are resolved. The evidence-checks integration sets it from Astro's
 * `config.root` (so `astro build --root <dir>` works from any directory); the
 * CLI and tests, which run in the project, get the working directory. It lives
 * on globalThis because Astro may load this module more than once.
 */
import { resolve } from 'node:path';

const KEY = Symbol.for('evidence-site.project-root');
const store = globalThis as Record<symbol, string | undefined>;

export function setProjectRoot(root: string): void {
  store[KEY] = resolve(root);
}

export function projectRoot(): string {
  return store[KEY] ?? process.cwd();
}
