/**
 * Rejects citations that rehype-citation would silently get wrong: unknown
 * keys (left as literal `[@key]`), narrative `@key` (printed as
 * `[NO_PRINTED_FORM]` in numeric styles such as ours), locators such as
 * `[@key, p. 3]` (dropped by our style) and citations inside emphasis,
 * headings or links (not processed at all). Messages name the style from
 * settings.ts.
 */
import { relative } from 'node:path';
import type { Parent, Root, Text } from 'mdast';
import type { VFile } from 'vfile';
import { EvidenceBuildError, closest, throwIfAny } from '../core/build-error.ts';
import { recordProblem } from '../core/build-problems.ts';
import { bodyLineOffset } from './body-lines.ts';
import { citationRE, parseCitation } from './rehype-citation-source.ts';
import { CITATION_STYLE } from '../core/settings.ts';

export interface CitationGuardOptions {
  /** Returns the cite keys of the bibliography for the page being rendered (called once per file). */
  keys: (page?: VFile) => ReadonlySet<string>;
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

/** The citation syntax, matched globally (String#matchAll copies it, so one object serves every text). */
const CITATIONS = new RegExp(citationRE.source, 'gu');

/**
 * Calls `enter` for every text node below `parent`, in document order, with the
 * outermost of its ancestors that rehype-citation does not look inside, if any.
 * A plain loop: unist-util-visit-parents copies the ancestor list at every node.
 */
function eachText(parent: Parent, wrapper: string | undefined, enter: (node: Text, wrapper: string | undefined) => void): void {
  for (const node of parent.children) {
    if (node.type === 'text') enter(node, wrapper);
    else if ('children' in node) eachText(node, wrapper ?? UNPROCESSED_PARENTS[node.type], enter);
  }
}

export default function remarkCitationGuard(options: CitationGuardOptions) {
  return (tree: Root, file: VFile) => {
    const keys = options.keys(file);
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

    eachText(tree, undefined, (node, wrapper) => {
      for (const match of node.value.matchAll(CITATIONS)) {
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
