/**
 * A frozen version must not show today's data. A page body may state facts from the living-evidence data
 * (`:approved-count`, `::registrations-table`, src/lib/living/facts.ts); `npm run release` writes the snapshot
 * with each such directive replaced by the Markdown it renders to at release time, and the version rule
 * compares the current page the same way, so a change in the data alone is a new version.
 *
 * Only each directive's own source range is replaced (from the mdast positions of the body parsed with
 * directives and GFM); every other byte of the file stays as it was.
 */
import type { Root } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit, SKIP } from 'unist-util-visit';
import 'mdast-util-directive';
import { TABLE_FACTS, TEXT_FACTS, textFactOf, type FactCell, type FactTable } from '../living/facts.ts';
import type { LivingData } from '../living/living-data.ts';

const FRONT_MATTER = /^---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/;

/** A fact table as a GFM table, header row first. */
export function gfmTable(rows: FactTable): string {
  const escape = (text: string) => text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
  const cell = (c: FactCell) => (typeof c === 'string' ? escape(c) : `\`${escape(c.code)}\``);
  const line = (cells: readonly FactCell[]) => `| ${cells.map(cell).join(' | ')} |`;
  const [head = [], ...body] = rows;
  return [line(head), line(head.map(() => '---')), ...body.map(line)].join('\n');
}

/** Where each data-bound directive of a Markdown body sits, and the text it stands for. */
function replacements(body: string, data: () => LivingData): { start: number; end: number; text: string }[] {
  const tree = unified().use(remarkParse).use(remarkGfm).use(remarkDirective).parse(body) as Root;
  const found: { start: number; end: number; text: string }[] = [];
  let loaded: LivingData | undefined;
  visit(tree, (node) => {
    if (node.type !== 'textDirective' && node.type !== 'leafDirective' && node.type !== 'containerDirective') return;
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    const textFact = TEXT_FACTS[node.name];
    const tableFact = TABLE_FACTS[node.name];
    if (start !== undefined && end !== undefined) {
      if (node.type === 'textDirective' && textFact) {
        loaded ??= data();
        found.push({ start, end, text: textFactOf(node.name, node.attributes, loaded) });
      } else if (node.type === 'leafDirective' && tableFact) {
        loaded ??= data();
        found.push({ start, end, text: gfmTable(tableFact(loaded)) });
      }
    }
    return SKIP;
  });
  return found;
}

/** `source` (a whole page: front matter and body) with every data-bound directive in its body written out as text. */
export function freezeFacts(source: string, data: () => LivingData): string {
  const bodyStart = FRONT_MATTER.exec(source)?.[0].length ?? 0;
  const body = source.slice(bodyStart);
  if (!body.includes(':')) return source;
  let out = body;
  for (const { start, end, text } of replacements(body, data).sort((a, b) => b.start - a.start)) out = out.slice(0, start) + text + out.slice(end);
  return source.slice(0, bodyStart) + out;
}
