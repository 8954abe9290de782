/**
 * Cloudflare's own runtime on this machine: `wrangler pages dev <dir>` serves a built site through
 * workerd offline, reading its _headers and _redirects and answering unknown URLs with 404.html.
 * `npm run serve:cdn` and tests/cdn/ start it with the same pinned flags.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

/** The newest date the pinned workerd (wrangler's runtime) supports; raise it with wrangler. */
export const COMPATIBILITY_DATE = '2026-11-17';

/** Wrangler's arguments for serving `dir` on `port`, as `npm run serve:cdn` passes them. */
export function pagesDevArgs(dir: string, port: number): string[] {
  return ['pages', 'dev', dir, '--port', String(port), '--ip', '127.0.0.1', '--compatibility-date', COMPATIBILITY_DATE, '--show-interactive-dev-session=false'];
}

/** An environment without Wrangler's usage metrics (the look-ups it still makes at start-up fail harmlessly offline). */
export const PAGES_DEV_ENV = { ...process.env, WRANGLER_SEND_METRICS: 'false' };

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (!address || typeof address === 'string') throw new Error('no free port');
  return address.port;
}

export interface PagesDevServer {
  origin: string;
  /** Milliseconds from spawning wrangler to its first answered request. */
  startedInMs: number;
  stop: () => Promise<void>;
}

/** Starts wrangler in a process group of its own and waits until it answers, up to `timeoutMs`. */
export async function startPagesDev(dir: string, timeoutMs = 90_000): Promise<PagesDevServer> {
  const port = await freePort();
  const started = Date.now();
  const child: ChildProcess = spawn('npx', ['wrangler', ...pagesDevArgs(dir, port)], { env: PAGES_DEV_ENV, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      return; // the group has already exited
    }
    const killer = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), 10_000);
    await exited;
    clearTimeout(killer);
  };
  const origin = `http://127.0.0.1:${port}`;
  while (Date.now() - started < timeoutMs) {
    if (child.exitCode !== null) throw new Error(`wrangler pages dev exited with ${child.exitCode} before it answered:\n${output}`);
    try {
      await fetch(`${origin}/`, { redirect: 'manual' });
      return { origin, startedInMs: Date.now() - started, stop };
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  await stop();
  throw new Error(`wrangler pages dev did not answer on ${origin} within ${timeoutMs / 1000} s:\n${output}`);
}
