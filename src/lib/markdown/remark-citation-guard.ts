/**
 * Rejects citations that rehype-citation would silently get wrong: unknown
 * keys (left as literal `[@key]`), narrative `@key` (printed as
 * `[NO_PRINTED_FORM]` in numeric styles such as ours), locators such as
 * `[@key, p. 3]` (dropped by our style) and citations inside emphasis,
 * headings or links (not processed at all). Messages name the style from
 * settings.ts.
 */
import { relative } from 'node:path';
import type { Root, Text } from 'mdast';
import type { VFile } from 'vfile';
import { visitParents } from 'unist-util-visit-parents';
import { EvidenceBuildError, closest, throwIfAny } from '../core/build-error.ts';
import { recordProblem } from '../core/build-problems.ts';
import { bodyLineOffset } from './body-lines.ts';
import { citationRE, parseCitation } from './rehype-citation-source.ts';
import { CITATION_STYLE } from '../core/settings.ts';

export interface CitationGuardOptions {
  /** Returns the cite keys of the bibliography (called once per file). */
  keys: () => ReadonlySet<string>;
  /** Name of the bibliography file, for messages. */
  bibliographyFile: string;
}

const UNPROCESSED_PARENTS: Record<string, string> = {
  emphasis: 'emphasis (*...*)',
  strong: 'bold text (**...**)',
  delete: 'struck-through text',
  heading: 'a heading',
  link: 'a link',
};

export default function remarkCitationGuard(options: CitationGuardOptions) {
  return (tree: Root, file: VFile) => {
    const keys = options.keys();
    const shown = file.path ? relative(file.cwd, file.path) : '(unnamed Markdown)';
    const problems: EvidenceBuildError[] = [];
    const report = (node: Text, offset: number, problem: string, fix: string) => {
      const start = node.position?.start;
      const before = node.value.slice(0, offset).split('\n');
      const bodyLine = start ? start.line + before.length - 1 : undefined;
      const column = start ? (before.length > 1 ? before.at(-1)!.length + 1 : start.column + offset) : undefined;
      const linesBefore = bodyLine === undefined ? 0 : bodyLineOffset(file);
      if (linesBefore === undefined) {
        // The file on disk does not hold this text, so its line there is unknown: say where in the body it is instead.
        problems.push(
          new EvidenceBuildError({ file: shown }, `${problem} It is at line ${bodyLine}, column ${column} of the text after the front matter.`, fix),
        );
      } else {
        problems.push(new EvidenceBuildError({ file: shown, line: bodyLine === undefined ? undefined : bodyLine + linesBefore, column }, problem, fix));
      }
    };

    visitParents(tree, 'text', (node, ancestors) => {
      const global = new RegExp(citationRE.source, 'gu');
      for (const match of node.value.matchAll(global)) {
        const text = match[0];
        const offset = match.index ?? 0;
        if (match[1] === undefined) {
          report(
            node,
            offset,
            `narrative citation "${text}" renders as [NO_PRINTED_FORM] in the ${CITATION_STYLE} citation style.`,
            `write the author in words and cite in brackets, e.g. "Smith and colleagues [${text}]".`,
          );
          continue;
        }
        const wrapper = ancestors.map((a) => UNPROCESSED_PARENTS[a.type]).find(Boolean);
        if (wrapper) {
          report(
            node,
            offset,
            `citation "${text}" is inside ${wrapper}, where rehype-citation leaves it as raw text.`,
            'move the citation outside the emphasis, heading or link, e.g. "*no lasting benefit* [@key]".',
          );
        }
        const [entries] = parseCitation(match);
        const located = entries.find((e) => e.locator);
        if (located) {
          report(
            node,
            offset,
            `citation "${text}" has a locator ("${located.locator}"), which the ${CITATION_STYLE} citation style drops without a trace.`,
            'name the page or table in the sentence instead, e.g. "(table 2) [@key]".',
          );
        }
        for (const { id } of entries) {
          if (keys.has(id)) continue;
          const guess = closest(id, keys);
          report(
            node,
            offset,
            `unknown cite key "${id}" in "${text}": it is not in ${options.bibliographyFile}.`,
            guess
              ? `did you mean "${guess}"? Otherwise add an entry with key "${id}" to ${options.bibliographyFile}.`
              : `add an entry with key "${id}" to ${options.bibliographyFile}, or correct the key.`,
          );
        }
      }
    });
    problems.forEach(recordProblem);
    throwIfAny(problems);
  };
}
