/** Runs a command and measures its wall time, CPU time and the peak resident memory of its whole process tree. */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface Measured {
  status: number | null;
  seconds: number;
  /** Highest sum of RSS over the child and its descendants, sampled every 100 ms. */
  peakBytes: number;
  /**
   * User + system CPU seconds of the child and the descendants it waited for
   * (this process's cutime + cstime before and after). On a shared machine the
   * wall time grows with other people's load; this mostly does not.
   */
  cpuSeconds: number;
  output: string;
}

/** Clock ticks per second of /proc's times (USER_HZ, 100 on Linux). */
const TICKS = 100;

/** CPU seconds of this process's waited-for children so far (cutime + cstime in /proc/self/stat). */
export function childCpuSeconds(): number {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // After the command name: state is field 3, so cutime (16) and cstime (17) are at 13 and 14.
  return (Number(fields[13]) + Number(fields[14])) / TICKS;
}

const PAGE_SIZE = 4096;

/** Resident bytes of `root` and all its descendants, read from /proc. */
export function treeRss(root: number): number {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      /* the process ended while we looked */
    }
  }
  let total = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    try {
      total += Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE_SIZE;
    } catch {
      /* ended */
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Spawns `command args` in `cwd` and resolves with its status, duration, peak tree RSS and output. */
export function measure(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const cpuStart = childCpuSeconds();
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.stderr.on('data', (c: Buffer) => chunks.push(c));
    let peakBytes = 0;
    const sample = () => {
      if (child.pid) peakBytes = Math.max(peakBytes, treeRss(child.pid));
    };
    const timer = setInterval(sample, 100);
    child.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on('close', (status) => {
      clearInterval(timer);
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      resolve({ status, seconds, peakBytes, cpuSeconds: childCpuSeconds() - cpuStart, output: Buffer.concat(chunks).toString('utf8') });
    });
  });
}
