/**
 * Problems found while Astro renders Markdown.
 *
 * Astro's content loader catches a plugin's error, logs it, writes an empty
 * page and exits 0. Plugins therefore also record each problem here, and the
 * integration fails the build at the end if anything was recorded. The store
 * lives on globalThis because Astro may load this module more than once.
 */
import type { EvidenceBuildError } from './build-error.ts';

const KEY = Symbol.for('evidence-site.build-problems');
type Store = { problems: EvidenceBuildError[] };
const store: Store = ((globalThis as Record<symbol, unknown>)[KEY] as Store | undefined) ?? { problems: [] };
(globalThis as Record<symbol, unknown>)[KEY] = store;

export function recordProblem(problem: EvidenceBuildError): void {
  if (!store.problems.some((p) => p.report === problem.report)) store.problems.push(problem);
}

/** Returns the recorded problems and forgets them. */
export function takeProblems(): EvidenceBuildError[] {
  return store.problems.splice(0);
}
