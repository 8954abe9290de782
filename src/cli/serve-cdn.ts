/**
 * `npm run serve:cdn`: serves the built dist/ the way Cloudflare Pages does (wrangler pages dev,
 * workerd, offline): _headers, _redirects as real 301s, 404.html with status 404.
 * `npm run serve:cdn -- --port=8788` serves on another port. Build first with `npm run build`.
 *
 * Wrangler runs in a process group of its own and this process passes SIGINT, SIGTERM and SIGHUP
 * on to the whole group, as `npm start` does, so no workerd is left running on the port.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { PAGES_DEV_ENV, pagesDevArgs } from './lib/pages-dev.ts';
import { exitStatus } from './start.ts';

export const DEFAULT_CDN_PORT = 8788;
const FORWARDED = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

function serve(args: readonly string[]): number | undefined {
  const port = /^--port=(\d+)$/.exec(args[0] ?? '')?.[1];
  if (args.length > 1 || (args[0] && !port)) {
    console.error('npm run serve:cdn: the only argument is --port=<number>.');
    return 1;
  }
  if (!existsSync('dist/_redirects')) {
    console.error('npm run serve:cdn: dist/ has no build (dist/_redirects is missing). Run `npm run build` first.');
    return 1;
  }
  const child = spawn('wrangler', pagesDevArgs('dist', Number(port ?? DEFAULT_CDN_PORT)), {
    env: PAGES_DEV_ENV,
    stdio: ['ignore', 'inherit', 'inherit'],
    detached: true,
  });
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal);
    } catch {
      // The group has already exited.
    }
  };
  for (const signal of FORWARDED) process.on(signal, signalGroup);
  process.on('exit', () => signalGroup('SIGTERM'));
  child.on('error', (error) => {
    console.error(`npm run serve:cdn: could not run wrangler: ${error.message}. Run \`npm ci\` first.`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => process.exit(exitStatus(code, signal)));
  return undefined;
}

if (import.meta.main) {
  const status = serve(process.argv.slice(2));
  if (status !== undefined) process.exit(status);
}
