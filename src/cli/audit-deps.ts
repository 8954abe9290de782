/**
 * `npm run audit:deps`: `npm audit --omit=dev`, failing on any high or
 * critical vulnerability in what the site ships. A registry that offers no
 * advisory service (this machine's npm mirror answers 405) cannot be asked:
 * that fails too, unless AUDIT_DEPS_OFFLINE_OK=1 accepts it for this run, and
 * then a warning says the dependencies were NOT audited. A gate that cannot run
 * never passes by default.
 */
import { spawnSync } from 'node:child_process';

export type AuditVerdict =
  { status: 'ok'; counts: Record<string, number> } | { status: 'vulnerable'; counts: Record<string, number> } | { status: 'unavailable'; reason: string };

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

/** The variable that accepts an unaudited run when the registry cannot be asked; only the value "1" counts. */
export const OFFLINE_OK = 'AUDIT_DEPS_OFFLINE_OK';

export interface AuditOutcome {
  exitCode: 0 | 1;
  /** Which console method prints the message. */
  level: 'log' | 'warn' | 'error';
  message: string;
}

/** What the command reports and how it exits for a verdict, given the environment. */
export function auditOutcome(verdict: AuditVerdict, env: Readonly<Record<string, string | undefined>>): AuditOutcome {
  if (verdict.status === 'ok')
    return { exitCode: 0, level: 'log', message: `npm audit --omit=dev: no high or critical vulnerability (${JSON.stringify(verdict.counts)})` };
  if (verdict.status === 'vulnerable') {
    return {
      exitCode: 1,
      level: 'error',
      message: `npm audit --omit=dev: high or critical vulnerabilities: ${JSON.stringify(verdict.counts)}. Run \`npm audit --omit=dev\` for details and update the packages.`,
    };
  }
  if (env[OFFLINE_OK] === '1') {
    return {
      exitCode: 0,
      level: 'warn',
      message: `WARNING: dependencies NOT audited: the registry did not answer the advisory request (${verdict.reason}). Accepted because ${OFFLINE_OK}=1; run \`npm audit --omit=dev\` against registry.npmjs.org.`,
    };
  }
  return {
    exitCode: 1,
    level: 'error',
    message: `npm audit --omit=dev could not ask the registry for advisories (${verdict.reason}), so the dependencies were not audited. Run it against a registry that offers npm's advisory service, or set ${OFFLINE_OK}=1 to accept an unaudited run where none can be reached.`,
  };
}

if (import.meta.main) {
  const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8', timeout: 120_000 });
  const outcome = auditOutcome(auditVerdict(run.stdout), process.env);
  console[outcome.level](outcome.message);
  process.exit(outcome.exitCode);
}
