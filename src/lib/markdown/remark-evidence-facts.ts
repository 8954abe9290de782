/**
 * Renders facts stated once (src/lib/living/facts.ts) into Markdown: `:approved-count` becomes
 * "four", `::registrations-table` becomes the table, both from the living-evidence data, so prose
 * and data cannot disagree. An unknown directive, or one written as a container, is a build error
 * with file, line and the known names. Runs before the citation guard, which then checks the
 * citations the facts carry.
 */
import { relative } from 'node:path';
import type { Root, RootContent, PhrasingContent, Table } from 'mdast';
import type { VFile } from 'vfile';
import { visit, SKIP, type VisitorResult } from 'unist-util-visit';
import 'mdast-util-directive';
import remarkSmartypants from 'remark-smartypants';
import { EvidenceBuildError, closest, throwIfAny } from '../core/build-error.ts';
import { recordProblem } from '../core/build-problems.ts';
import { FACT_NAMES, FactError, TABLE_FACTS, TEXT_FACTS, textFactOf, type FactTable } from '../living/facts.ts';
import type { LivingData } from '../living/living-data.ts';
import { bodyLineOffset } from './body-lines.ts';

export interface EvidenceFactsOptions {
  /** The living-evidence data (called once per file, when the file has a directive). */
  data: () => LivingData;
}

/**
 * Astro runs SmartyPants before any plugin of ours, so the text a fact puts in gets the same typography
 * here (curly quotes), as it would if it had been typed, and as it does when a release writes it out.
 */
const typography = (remarkSmartypants as unknown as () => (tree: Root) => void)();
const typeset = <T extends RootContent>(node: T): T => {
  typography({ type: 'root', children: [node.type === 'text' ? { type: 'paragraph', children: [node as PhrasingContent] } : node] } as Root);
  return node;
};

export default function remarkEvidenceFacts(options: EvidenceFactsOptions) {
  return (tree: Root, file: VFile) => {
    const problems: EvidenceBuildError[] = [];
    let data: LivingData | undefined;
    const shown = file.path ? relative(file.cwd, file.path) : '(unnamed Markdown)';
    visit(tree, (node, index, parent) => {
      if (node.type !== 'textDirective' && node.type !== 'leafDirective' && node.type !== 'containerDirective') return;
      if (!parent || index === undefined) return;
      const at = node.position?.start;
      const offset = at ? bodyLineOffset(file) : undefined;
      const location = { file: shown, line: at && offset !== undefined ? at.line + offset : at?.line, column: at?.column };
      const mark = node.type === 'textDirective' ? ':' : node.type === 'leafDirective' ? '::' : ':::';
      const fail = (problem: string, fix: string) => {
        problems.push(new EvidenceBuildError(location, problem, fix));
        parent.children.splice(index, 1);
        return skipTo(index);
      };
      if (node.type === 'textDirective' && /^\d/.test(node.name) && node.children.length === 0 && Object.keys(node.attributes ?? {}).length === 0) {
        // A ratio or a time ("2:1", "10:30"), not a fact: put the text back as it was written.
        parent.children.splice(index, 1, { type: 'text', value: `:${node.name}` } as PhrasingContent as never);
        return skipTo(index + 1);
      }
      const textFact = TEXT_FACTS[node.name];
      const tableFact = TABLE_FACTS[node.name];
      if (!textFact && !tableFact) {
        const guess = closest(node.name, FACT_NAMES);
        return fail(
          `"${mark}${node.name}" is not a fact the site states from its data.`,
          guess
            ? `did you mean "${guess.length && TABLE_FACTS[guess] ? '::' : ':'}${guess}"? Known facts: ${FACT_NAMES.join(', ')}.`
            : `use one of: ${FACT_NAMES.join(', ')}; or, if the colon is meant as text, escape it as "\\:".`,
        );
      }
      if (node.type === 'textDirective' && textFact) {
        data ??= options.data();
        let value: string;
        try {
          value = textFactOf(node.name, node.attributes, data);
        } catch (error) {
          if (!(error instanceof FactError)) throw error;
          return fail(
            `":${node.name}" cannot be stated: ${error.message}.`,
            'name a registration that surveillance/registrations.yaml holds, or add it there.',
          );
        }
        parent.children.splice(index, 1, typeset({ type: 'text', value }) as never);
        return skipTo(index + 1);
      }
      if (node.type === 'leafDirective' && tableFact) {
        data ??= options.data();
        parent.children.splice(index, 1, typeset(tableNode(tableFact(data))) as never);
        return skipTo(index + 1);
      }
      return fail(
        `"${mark}${node.name}" is written as ${node.type === 'containerDirective' ? 'a container' : node.type === 'leafDirective' ? 'a block' : 'inline text'}, which this fact is not.`,
        tableFact ? `write "::${node.name}" on a line of its own.` : `write ":${node.name}" inside a sentence.`,
      );
    });
    problems.forEach(recordProblem);
    throwIfAny(problems);
  };
}

/** Continue at `index` of the parent, without visiting what was put in place. */
const skipTo = (index: number): VisitorResult => [SKIP, index];

function tableNode(rows: FactTable): Table {
  const width = rows[0]?.length ?? 0;
  return {
    type: 'table',
    align: Array.from({ length: width }, () => null),
    children: rows.map((cells) => ({
      type: 'tableRow',
      children: cells.map((cell) => ({
        type: 'tableCell',
        children: [typeof cell === 'string' ? { type: 'text', value: cell } : { type: 'inlineCode', value: cell.code }],
      })),
    })),
  };
}
