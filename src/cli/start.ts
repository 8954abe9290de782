/**
 * `npm start`: builds the site if dist/ is missing or older than its sources,
 * then serves dist/ (with Pagefind search) on http://localhost:4321.
 * `npm start -- --port=8080` serves on another port; `--no-build` serves dist/
 * as it is (it must have been built).
 *
 * The build and the server run as npm scripts in a process group of their own,
 * and SIGINT, SIGTERM or SIGHUP sent to this process goes to the whole group:
 * npm and the shell it starts pass no signal on, so signalling npm alone left
 * `astro preview` running, orphaned, on the port. This process then exits with
 * the server's status (128 + the signal's number when a signal ended it).
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { constants } from 'node:os';
import { join } from 'node:path';

const SOURCES = ['src', 'references', 'public', 'astro.config.mjs', 'package-lock.json'];
const BUILT = 'dist/pagefind/pagefind-entry.json';
export const DEFAULT_PORT = 4321;
const FORWARDED = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
/** How long the server may take to stop after a forwarded signal before it is killed. */
const STOP_GRACE_MS = 10_000;

export interface StartOptions {
  /** Build first when dist/ is older than the sources (false with --no-build). */
  build: boolean;
  /** Port to serve on (--port=N). */
  port: number;
}

export function startOptions(args: readonly string[]): StartOptions {
  const options: StartOptions = { build: true, port: DEFAULT_PORT };
  for (const arg of args) {
    const port = /^--port=(\d+)$/.exec(arg);
    if (arg === '--no-build') options.build = false;
    else if (port) options.port = Number(port[1]);
    else throw new Error(`npm start: unknown argument "${arg}". Use --port=<number> or --no-build.`);
  }
  return options;
}

/** The exit status of a child as a shell reports it: its code, or 128 + the number of the signal that ended it. */
export function exitStatus(code: number | null, signal: NodeJS.Signals | null): number {
  if (code !== null) return code;
  return signal ? 128 + constants.signals[signal] : 1;
}

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newest(join(path, name))), stat.mtimeMs);
}

/** Runs `npm run <script>` in its own process group, passing on this process's stop signals; resolves with its exit status. */
function runScript(script: string, args: readonly string[] = []): Promise<number> {
  const child = spawn('npm', ['run', script, ...(args.length ? ['--', ...args] : [])], { stdio: ['ignore', 'inherit', 'inherit'], detached: true });
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal);
    } catch {
      // The group has already exited.
    }
  };
  const onSignal = (signal: NodeJS.Signals) => {
    signalGroup(signal);
    setTimeout(() => signalGroup('SIGKILL'), STOP_GRACE_MS).unref();
  };
  const onExit = () => signalGroup('SIGTERM');
  for (const signal of FORWARDED) process.on(signal, onSignal);
  process.on('exit', onExit);
  return new Promise((resolve) => {
    const done = (status: number) => {
      for (const signal of FORWARDED) process.off(signal, onSignal);
      process.off('exit', onExit);
      resolve(status);
    };
    child.on('error', (error) => {
      console.error(`npm start: could not run \`npm run ${script}\`: ${error.message}`);
      done(1);
    });
    child.on('exit', (code, signal) => done(exitStatus(code, signal)));
  });
}

async function start(options: StartOptions): Promise<number> {
  const builtAt = existsSync(BUILT) ? statSync(BUILT).mtimeMs : 0;
  if (!options.build) {
    if (!builtAt) {
      console.error(`npm start --no-build: dist/ has no build (${BUILT} is missing). Run \`npm run build\`, or \`npm start\` without --no-build.`);
      return 1;
    }
  } else if (builtAt < Math.max(...SOURCES.map(newest))) {
    console.log(builtAt ? 'Sources changed since the last build: rebuilding.' : 'No build yet: building the site.');
    const status = await runScript('build');
    if (status !== 0) return status;
  } else {
    console.log('dist/ is up to date with the sources.');
  }
  // --ignore-lock keeps `astro preview` in the foreground: without it, Astro 7 moves the server
  // to the background when it detects an AI agent, and it would outlive this process.
  return runScript('preview', ['--port', String(options.port), '--ignore-lock']);
}

if (import.meta.main) {
  process.exit(await start(startOptions(process.argv.slice(2))));
}
