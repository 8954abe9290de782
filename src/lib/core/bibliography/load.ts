/**
 * The one bibliography, read and parsed once per build: every page shares the
 * parsed result, and an unchanged file is recognised without reading it.
 */
import { readFileSync, statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { EvidenceBuildError } from '../build-error.ts';
import { BIBLIOGRAPHY_FILE } from '../settings.ts';
import { projectRoot } from '../project-root.ts';
import { parseBibliography } from './check.ts';
import type { Bibliography } from './types.ts';

interface Cached {
  bibliography: Bibliography;
  /** File identity when it was read: size, inode and modification time (ns). */
  stamp: string;
  /** When the file was read (ms since epoch). */
  readAt: number;
}

const cache = new Map<string, Cached>();

/** Size, inode and mtime of a file, or undefined when it cannot be stat'ed. */
function fileStamp(absolute: string): { stamp: string; mtimeMs: number } | undefined {
  try {
    const s = statSync(absolute, { bigint: true });
    return { stamp: `${s.size}:${s.ino}:${s.mtimeNs}`, mtimeMs: Number(s.mtimeMs) };
  } catch {
    return undefined;
  }
}

/**
 * File timestamps are coarse (a few ms), so a file changed within this window
 * of the previous read is read again and compared by content.
 */
const TIMESTAMP_SLACK_MS = 2000;

/**
 * Loads and parses a bibliography once per process. `path` is relative to
 * `root` (the project root); messages name it relative to the root.
 *
 * Every plugin calls this for every page, so an unchanged file is recognised
 * by its size, inode and modification time, without reading it: at 1,000
 * entries, re-reading the file on each call was a measurable share of the build.
 */
export function loadBibliography(path: string, root: string = projectRoot()): Bibliography {
  const absolute = resolve(root, path);
  const shown = relative(root, absolute) || path;
  const stamp = fileStamp(absolute);
  const cached = cache.get(absolute);
  if (cached && stamp && cached.stamp === stamp.stamp && cached.readAt - stamp.mtimeMs > TIMESTAMP_SLACK_MS) return cached.bibliography;
  let text: string;
  try {
    text = readFileSync(absolute, 'utf8');
  } catch {
    throw new EvidenceBuildError(
      { file: shown },
      'the bibliography file does not exist or cannot be read.',
      'create it (the site reads exactly one BibTeX file, references/library.bib) or fix the path in src/lib/markdown/citation-options.ts.',
    );
  }
  const readAt = Date.now();
  if (cached && cached.bibliography.text === text) {
    cache.set(absolute, { ...cached, stamp: stamp?.stamp ?? '', readAt });
    return cached.bibliography;
  }
  const bibliography = parseBibliography(text, shown);
  cache.set(absolute, { bibliography, stamp: stamp?.stamp ?? '', readAt });
  return bibliography;
}

/** The site's bibliography: BIBLIOGRAPHY_FILE under the project root (src/lib/project-root.ts). */
export function projectBibliography(): Bibliography {
  return loadBibliography(BIBLIOGRAPHY_FILE, projectRoot());
}
