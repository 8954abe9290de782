/**
 * Supply chain and the Lighthouse gate's verdict. `npm audit` asks the
 * registry about the production dependency tree; Lighthouse itself runs in
 * `npm run audit` (src/cli/audit.ts), after `npm test` in .ci/run, because it
 * takes minutes rather than seconds.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { belowFull, type PageScores } from '../../src/cli/audit.ts';

interface AuditReport {
  metadata: { vulnerabilities: Record<'info' | 'low' | 'moderate' | 'high' | 'critical', number> };
}

describe('dependencies', () => {
  test('npm audit --omit=dev reports no high or critical vulnerability', () => {
    const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8', timeout: 60_000 });
    const report = JSON.parse(run.stdout) as Partial<AuditReport> & { message?: string };
    expect(report.metadata, `npm audit got no answer from the registry's advisory service: ${report.message ?? run.stderr}`).toBeDefined();
    const { high, critical } = report.metadata!.vulnerabilities;
    expect({ high, critical }, run.stdout).toEqual({ high: 0, critical: 0 });
  }, 60_000);
});

describe('Lighthouse verdict', () => {
  const page = (scores: Record<string, number>, failedAudits: string[] = []): PageScores => ({ type: 'study', path: '/studies/x/', scores: { performance: 40, ...scores }, failedAudits });

  test('accepts 100 in accessibility, best practices and SEO whatever the performance score', () => {
    expect(belowFull([page({ accessibility: 100, 'best-practices': 100, seo: 100 })])).toEqual([]);
  });

  test('rejects a page below 100 in any asserted category and names the audits that lost points', () => {
    expect(belowFull([page({ accessibility: 96, 'best-practices': 100, seo: 100 }, ['accessibility: link-in-text-block (Links rely on color to be distinguishable.)'])])).toEqual([
      '/studies/x/ accessibility 96: accessibility: link-in-text-block (Links rely on color to be distinguishable.)',
    ]);
  });
});
