/**
 * Reads a Pagefind excerpt without an HTML parser. Pagefind escapes the page's
 * text (&amp; &lt; &gt; &quot; &#39;) and wraps each matched word in
 * <mark>…</mark>; anything else that looks like a tag is kept as text.
 */

export interface ExcerptPart {
  text: string;
  /** Whether the part is a matched word (shown in <mark>). */
  marked: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'", '#x27': "'" };

/** Decodes the entities Pagefind writes; any other `&…;` stays as it is. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#?\w+);/g, (whole, name: string) => ENTITIES[name.toLowerCase()] ?? whole);
}

/** The excerpt as plain and marked runs of text, in order. */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  excerpt.split(/(<mark>[\s\S]*?<\/mark>)/).forEach((chunk) => {
    if (!chunk) return;
    const marked = chunk.startsWith('<mark>') && chunk.endsWith('</mark>');
    parts.push({ text: decodeEntities(marked ? chunk.slice(6, -7) : chunk), marked });
  });
  return parts;
}
