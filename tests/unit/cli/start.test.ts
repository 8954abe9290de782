import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DEFAULT_PORT, exitStatus, startOptions } from '../../../src/cli/start.ts';
import { projectCopy, removeCopy } from '../../helpers/project.ts';

const START = resolve('src/cli/start.ts');
/** Generous bounds for a shared, busy machine; nothing here asserts a timing. */
const SERVE_TIMEOUT = 90_000;
const STOP_TIMEOUT = 30_000;

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  await new Promise((done) => server.close(done));
  return port;
}

const serves = (port: number) =>
  fetch(`http://localhost:${port}/`, { signal: AbortSignal.timeout(2_000) }).then(
    (r) => r.ok,
    () => false,
  );

async function until(condition: () => Promise<boolean> | boolean, timeout: number, what: string): Promise<void> {
  const deadline = Date.now() + timeout;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting until ${what}`);
    await new Promise((done) => setTimeout(done, 250));
  }
}

const childrenOf = (pid: number) =>
  spawnSync('pgrep', ['-P', String(pid)], { encoding: 'utf8' })
    .stdout.split('\n')
    .filter(Boolean)
    .map(Number);

const groupAlive = (pgid: number) => {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('npm start', () => {
  test('reads --port and --no-build, and rejects anything else', () => {
    expect(startOptions([])).toEqual({ build: true, port: DEFAULT_PORT });
    expect(startOptions(['--no-build', '--port=8080'])).toEqual({ build: false, port: 8080 });
    expect(() => startOptions(['--prot=8080'])).toThrow('unknown argument "--prot=8080"');
  });

  test("exits with the server's code, or 128 + the signal that ended it", () => {
    expect(exitStatus(0, null)).toBe(0);
    expect(exitStatus(2, null)).toBe(2);
    expect(exitStatus(null, 'SIGTERM')).toBe(143);
    expect(exitStatus(null, 'SIGINT')).toBe(130);
  });

  test(
    'stops the server it started, and frees the port, when it is sent SIGTERM',
    async () => {
      const dir = projectCopy();
      mkdirSync(join(dir, 'dist/pagefind'), { recursive: true });
      writeFileSync(join(dir, 'dist/index.html'), '<!doctype html><title>t</title><p>served');
      writeFileSync(join(dir, 'dist/pagefind/pagefind-entry.json'), '{}');
      const port = await freePort();
      const start = spawn(process.execPath, [START, '--no-build', `--port=${port}`], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
      let output = '';
      start.stdout.on('data', (chunk: Buffer) => (output += chunk));
      start.stderr.on('data', (chunk: Buffer) => (output += chunk));
      const exited = once(start, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
      try {
        await until(() => serves(port), SERVE_TIMEOUT, `npm start serves on port ${port}:\n${output}`);
        const groups = childrenOf(start.pid!);
        expect(groups.length, 'npm start runs the server as its child').toBeGreaterThan(0);

        start.kill('SIGTERM');
        const [code, signal] = await exited;
        expect(exitStatus(code, signal), output).toBe(143);
        await until(async () => !(await serves(port)), STOP_TIMEOUT, `port ${port} is released`);
        await until(() => !groups.some(groupAlive), STOP_TIMEOUT, 'the server and its npm and shell have exited');
      } finally {
        start.kill('SIGKILL');
        removeCopy(dir);
      }
    },
    SERVE_TIMEOUT + 2 * STOP_TIMEOUT,
  );
});
