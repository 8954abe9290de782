/** axe-core in a real page, with the WCAG 2.2 AA rule tags, as Starlight runs it. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { AxeResults, Result } from 'axe-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Rules switched off, each with its reason. Keep this list empty unless a rule
 * cannot apply to this site; never add one to hide a real problem.
 */
export const AXE_EXCEPTIONS: Record<string, string> = {};

/** One line per failing element: "rule (impact): target: summary". */
export function describeViolations(violations: Result[]): string[] {
  return violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')}: ${n.failureSummary?.split('\n').slice(1).join(' ').trim() ?? v.help}`),
  );
}

/** Runs axe on the page as it is now and returns its violations. */
export async function axeViolations(page: Page): Promise<Result[]> {
  // Evaluated through DevTools, not as a <script> tag, which the page's CSP rightly blocks.
  await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(
    ([tags, disabled]) => {
      const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResults> } }).axe;
      return axe.run(document, {
        runOnly: { type: 'tag', values: tags },
        rules: Object.fromEntries(disabled.map((id) => [id, { enabled: false }])),
        resultTypes: ['violations'],
      });
    },
    [WCAG_22_AA, Object.keys(AXE_EXCEPTIONS)] as const,
  );
  return results.violations;
}
