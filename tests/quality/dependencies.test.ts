/**
 * The verdicts of the two audits that run after `npm test` in .ci/run:
 * `npm run audit:deps` (npm audit on the production tree; src/cli/audit-deps.ts)
 * and `npm run audit` (Lighthouse; src/cli/audit.ts). They need the network or
 * minutes, so here their decisions are tested on recorded outputs.
 */
import { describe, expect, test } from 'vitest';
import { auditOutcome, auditVerdict } from '../../src/cli/audit-deps.ts';
import { belowFull, type PageScores } from '../../src/cli/audit.ts';

describe('dependency audit verdict', () => {
  const report = (counts: Record<string, number>) =>
    JSON.stringify({
      auditReportVersion: 2,
      vulnerabilities: {},
      metadata: { vulnerabilities: { info: 0, low: 0, moderate: 0, high: 0, critical: 0, ...counts } },
    });

  test('passes with only low or moderate findings', () => {
    expect(auditVerdict(report({ low: 2, moderate: 1 })).status).toBe('ok');
  });

  test('fails on a high or a critical finding', () => {
    expect(auditVerdict(report({ high: 1 })).status).toBe('vulnerable');
    expect(auditVerdict(report({ critical: 1 })).status).toBe('vulnerable');
  });

  test('a registry without an advisory service is "unavailable", never "ok"', () => {
    const verdict = auditVerdict(JSON.stringify({ message: '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk' }));
    expect(verdict).toEqual({ status: 'unavailable', reason: '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk' });
  });
});

describe('dependency audit outcome', () => {
  const unavailable = { status: 'unavailable', reason: '405 Method Not Allowed' } as const;

  test('fails when the registry cannot be asked, naming the reason and the opt-out', () => {
    const outcome = auditOutcome(unavailable, {});
    expect(outcome.exitCode).toBe(1);
    expect(outcome.message).toContain('405 Method Not Allowed');
    expect(outcome.message).toContain('AUDIT_DEPS_OFFLINE_OK=1');
  });

  test('passes with a loud warning when the registry cannot be asked and AUDIT_DEPS_OFFLINE_OK=1 accepts that', () => {
    expect(auditOutcome(unavailable, { AUDIT_DEPS_OFFLINE_OK: '1' })).toMatchObject({
      exitCode: 0,
      level: 'warn',
      message: expect.stringContaining('WARNING: dependencies NOT audited'),
    });
  });

  test('only AUDIT_DEPS_OFFLINE_OK=1 is an opt-out', () => {
    for (const value of ['', '0', 'false', 'yes']) expect(auditOutcome(unavailable, { AUDIT_DEPS_OFFLINE_OK: value }).exitCode).toBe(1);
  });

  test('fails on a high or critical finding whatever the opt-out, and passes a clean audit', () => {
    expect(auditOutcome({ status: 'vulnerable', counts: { high: 1 } }, { AUDIT_DEPS_OFFLINE_OK: '1' }).exitCode).toBe(1);
    expect(auditOutcome({ status: 'ok', counts: { low: 1 } }, {})).toMatchObject({ exitCode: 0, level: 'log' });
  });
});

describe('Lighthouse verdict', () => {
  const page = (scores: Record<string, number>, failedAudits: string[] = []): PageScores => ({
    type: 'study',
    path: '/studies/x/',
    scores: { performance: 40, ...scores },
    failedAudits,
  });

  test('accepts 100 in accessibility, best practices and SEO whatever the performance score', () => {
    expect(belowFull([page({ accessibility: 100, 'best-practices': 100, seo: 100 })])).toEqual([]);
  });

  test('rejects a page below 100 in any asserted category and names the audits that lost points', () => {
    expect(
      belowFull([
        page({ accessibility: 96, 'best-practices': 100, seo: 100 }, ['accessibility: link-in-text-block (Links rely on color to be distinguishable.)']),
      ]),
    ).toEqual(['/studies/x/ accessibility 96: accessibility: link-in-text-block (Links rely on color to be distinguishable.)']);
  });
});
