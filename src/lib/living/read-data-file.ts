/**
 * Reads one YAML or JSON data file and validates it against its schema, so that every problem
 * names the file, the line of the offending item where the parser gives one, the field and the fix.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, parseDocument, isMap, isSeq, type Node } from 'yaml';
import type { z } from 'astro/zod';
import { EvidenceBuildError } from '../core/build-error.ts';

export type DataFileResult<T> = { ok: true; value: T } | { ok: false; problems: EvidenceBuildError[] };

/** Parses `file` (YAML, or JSON, which is YAML) and checks it with `schema`; a missing file is `missing`'s value when given. */
export function readDataFile<S extends z.ZodType>(root: string, file: string, schema: S, fix: string, missing?: z.output<S>): DataFileResult<z.output<S>> {
  const path = join(root, file);
  if (!existsSync(path)) {
    if (missing !== undefined) return { ok: true, value: missing };
    return { ok: false, problems: [new EvidenceBuildError({ file }, 'the file is missing.', fix)] };
  }
  const bytes = readFileSync(path);
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  if (text.includes('\uFFFD')) {
    return { ok: false, problems: [new EvidenceBuildError({ file }, 'the file is not valid UTF-8.', 'save it as UTF-8.')] };
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((e) => {
        const at = e.pos[0] === undefined ? undefined : lineCounter.linePos(e.pos[0]);
        return new EvidenceBuildError(
          { file, line: at?.line, column: at?.col },
          `the file is not valid ${file.endsWith('.json') ? 'JSON' : 'YAML'}: ${e.message.split('\n')[0]}`,
          fix,
        );
      }),
    };
  }
  const parsed = schema.safeParse(doc.toJS());
  if (parsed.success) return { ok: true, value: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map((issue) => {
      const node = nodeAt(doc.contents, issue.path);
      const at = node?.range ? lineCounter.linePos(node.range[0]) : undefined;
      const field = issue.path.length > 0 ? ` (at ${issue.path.join('.')})` : '';
      return new EvidenceBuildError({ file, line: at?.line }, `${issue.message}${field}.`, fix);
    }),
  };
}

/** The deepest node of the document that `path` reaches, for a line number. */
function nodeAt(node: unknown, path: readonly PropertyKey[]): Node | undefined {
  let current = node as Node | undefined;
  for (const step of path) {
    if (isSeq(current) && typeof step === 'number') {
      const next = current.items[step] as Node | undefined;
      if (!next) break;
      current = next;
    } else if (isMap(current)) {
      const pair = current.items.find((p) => (p.key as { value?: unknown } | null)?.value === step);
      if (!pair) break;
      current = (pair.value as Node | null) ?? (pair.key as Node);
    } else break;
  }
  return current;
}
