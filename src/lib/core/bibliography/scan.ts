/**
 * The BibTeX text read line by line, before any parser sees it: where each entry
 * starts and under which key, the fields an entry declares omitted, and the entry
 * whose braces never close. Line numbers here are what every error message names.
 */

const ENTRY_START = /^\s*@([a-zA-Z]+)\s*[{(]\s*([^,\s]*)\s*,?/;
const NON_ENTRIES = new Set(['comment', 'string', 'preamble']);

export interface KeyLine {
  key: string;
  line: number;
}

/** Cite keys with the line each entry starts on, straight from the text. */
export function scanKeys(text: string): KeyLine[] {
  const found: KeyLine[] = [];
  text.split('\n').forEach((content, index) => {
    const match = ENTRY_START.exec(content);
    if (match && !NON_ENTRIES.has(match[1]!.toLowerCase())) found.push({ key: match[2]!, line: index + 1 });
  });
  return found;
}

/**
 * Fields an entry deliberately leaves out because no source confirmed them,
 * declared as `omitted = {title, pmid}` in the entry (bibtex name per field).
 */
export function declaredOmitted(text: string, keyLines: KeyLine[]): Map<string, string[]> {
  const lines = text.split('\n');
  const declared = new Map<string, string[]>();
  keyLines.forEach(({ key, line }, i) => {
    const block = lines.slice(line - 1, (keyLines[i + 1]?.line ?? lines.length + 1) - 1).join('\n');
    const match = /\bomitted\s*=\s*[{"]([^}"]*)[}"]/i.exec(block);
    if (match)
      declared.set(
        key,
        match[1]!
          .split(/[\s,]+/)
          .filter(Boolean)
          .map((f) => f.toLowerCase()),
      );
  });
  return declared;
}

/** Braces opened minus braces closed in a line of BibTeX (`\\{` and `\\}` are escaped characters, not braces). */
function braceBalance(line: string): number {
  const bare = line.replace(/\\[{}]/g, '');
  return (bare.match(/\{/g)?.length ?? 0) - (bare.match(/\}/g)?.length ?? 0);
}

/**
 * The entry whose braces do not close, found before the parser reads on into the
 * next entry and reports that one: the first entry whose lines, up to the next
 * entry, leave a brace open, at the first field line that opens more than it closes.
 */
export function unclosedBrace(text: string, keyLines: readonly KeyLine[]): { key: string; line: number; column: number } | undefined {
  const lines = text.split('\n');
  for (const [i, { key, line }] of keyLines.entries()) {
    const end = keyLines[i + 1]?.line ?? lines.length + 1;
    const span = lines.slice(line - 1, end - 1);
    if (span.reduce((n, l) => n + braceBalance(l), 0) <= 0) continue;
    const field = Math.max(
      0,
      span.findIndex((l, j) => j > 0 && braceBalance(l) > 0),
    );
    return { key, line: line + field, column: span[field]!.indexOf('{') + 1 };
  }
  return undefined;
}
