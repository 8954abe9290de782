/**
 * Errors that teach: every problem found in the evidence sources names the
 * file (and line where known), what was found, and how to fix it.
 */
export interface ProblemLocation {
  /** Path of the offending file, relative to the project root. */
  file: string;
  /** 1-based line, when the parser gives one. */
  line?: number;
  /** 1-based column, when the parser gives one. */
  column?: number;
}

export class EvidenceBuildError extends Error {
  readonly location: ProblemLocation;
  readonly fix: string;
  /** The full report; unlike `message`, never rewritten by code that catches the error. */
  readonly report: string;

  /** `options.cause`: the error this one explains, kept with its stack. */
  constructor(location: ProblemLocation, problem: string, fix: string, options?: ErrorOptions) {
    const report = `${formatLocation(location)}: ${problem}\n  Fix: ${fix}`;
    super(report, options);
    this.name = 'EvidenceBuildError';
    this.location = location;
    this.fix = fix;
    this.report = report;
  }
}

export function formatLocation({ file, line, column }: ProblemLocation): string {
  if (line === undefined) return file;
  return column === undefined ? `${file}:${line}` : `${file}:${line}:${column}`;
}

/** Several problems reported at once, so an author fixes them in one pass. */
export class EvidenceBuildErrors extends Error {
  readonly problems: EvidenceBuildError[];
  /** The full report; unlike `message`, never rewritten by code that catches the error. */
  readonly report: string;

  constructor(problems: EvidenceBuildError[]) {
    const noun = problems.length === 1 ? 'problem' : 'problems';
    const report = `${problems.length} ${noun} in the evidence sources:\n${problems.map((p) => p.report).join('\n')}`;
    super(report);
    this.name = 'EvidenceBuildErrors';
    this.problems = problems;
    this.report = report;
  }
}

/** The report of one of our errors, or the message of any other. */
export function reportOf(error: unknown): string {
  if (error instanceof EvidenceBuildError || error instanceof EvidenceBuildErrors) return error.report;
  return error instanceof Error ? error.message : String(error);
}

/** Throws the collected problems, if there are any. */
export function throwIfAny(problems: EvidenceBuildError[]): void {
  if (problems.length === 1) throw problems[0];
  if (problems.length > 1) throw new EvidenceBuildErrors(problems);
}

/** Closest candidate by edit distance, to suggest a likely intended key. */
export function closest(target: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = editDistance(target, candidate);
    if (d < bestDistance) {
      bestDistance = d;
      best = candidate;
    }
  }
  return bestDistance <= Math.max(3, Math.floor(target.length / 3)) ? best : undefined;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[b.length]!;
}
