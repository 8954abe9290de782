/**
 * `npm run audit:deps`: `npm audit --omit=dev`, failing on any high or
 * critical vulnerability in what the site ships. A registry that offers no
 * advisory service (this machine's npm mirror answers 405) cannot be asked:
 * that is printed as a warning naming the reason, not reported as a pass.
 */
import { spawnSync } from 'node:child_process';

export type AuditVerdict =
  | { status: 'ok'; counts: Record<string, number> }
  | { status: 'vulnerable'; counts: Record<string, number> }
  | { status: 'unavailable'; reason: string };

/** Reads `npm audit --json` output. */
export function auditVerdict(stdout: string): AuditVerdict {
  let report: { metadata?: { vulnerabilities?: Record<string, number> }; message?: string; error?: { summary?: string } };
  try {
    report = JSON.parse(stdout);
  } catch {
    return { status: 'unavailable', reason: `npm audit printed no JSON: ${stdout.slice(0, 200)}` };
  }
  const counts = report.metadata?.vulnerabilities;
  if (!counts) return { status: 'unavailable', reason: report.message ?? report.error?.summary ?? 'no vulnerability counts in the report' };
  return (counts.high ?? 0) + (counts.critical ?? 0) > 0 ? { status: 'vulnerable', counts } : { status: 'ok', counts };
}

if (import.meta.main) {
  const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8', timeout: 120_000 });
  const verdict = auditVerdict(run.stdout);
  if (verdict.status === 'vulnerable') {
    console.error(`npm audit --omit=dev: high or critical vulnerabilities: ${JSON.stringify(verdict.counts)}. Run \`npm audit --omit=dev\` for details and update the packages.`);
    process.exit(1);
  }
  if (verdict.status === 'unavailable') console.warn(`WARNING: dependencies NOT audited: the registry did not answer the advisory request (${verdict.reason}). Run \`npm audit --omit=dev\` against registry.npmjs.org.`);
  else console.log(`npm audit --omit=dev: no high or critical vulnerability (${JSON.stringify(verdict.counts)})`);
}
