/** RIS as reference managers read it, independent of citation-js (the project's RIS writer). */

/** Minimal RIS reader: tag/value pairs per record, independent of citation-js. */
export function parseRis(text: string): Record<string, string[]>[] {
  const records: Record<string, string[]>[] = [];
  let current: Record<string, string[]> | undefined;
  for (const line of text.split(/\r?\n/)) {
    const match = /^([A-Z][A-Z0-9]) {2}- ?(.*)$/.exec(line);
    if (!match) {
      if (line.trim()) throw new Error(`RIS line without a tag: ${line}`);
      continue;
    }
    const tag = match[1]!;
    const value = match[2] ?? '';
    if (tag === 'TY') records.push((current = {}));
    if (!current) throw new Error('RIS record does not start with TY');
    if (tag !== 'ER') (current[tag] ??= []).push(value.trim());
  }
  return records;
}
