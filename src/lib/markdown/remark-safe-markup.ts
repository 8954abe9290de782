/**
 * Refuses raw HTML and unsafe link targets in a Markdown body, on the syntax
 * tree: every mdast `html` node, and every link, image and definition whose
 * URL is not https:, http: or a place on the site (rules in safe-markup.ts).
 * Like the citation guard, it records each problem so the build fails even
 * where Astro swallows a plugin's error, and throws for `npm run validate`.
 */
import { relative } from 'node:path';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { EvidenceBuildError, throwIfAny } from '../core/build-error.ts';
import { recordProblem } from '../core/build-problems.ts';
import { bodyLineOffset } from './body-lines.ts';
import { markupProblems } from '../core/safe-markup.ts';

export default function remarkSafeMarkup() {
  return (tree: Root, file: VFile) => {
    const found = markupProblems(tree);
    if (found.length === 0) return;
    const shown = file.path ? relative(file.cwd, file.path) : '(unnamed Markdown)';
    // Reads the file on disk: only for a page with something to report.
    const linesBefore = bodyLineOffset(file);
    const problems = found.map(({ problem, fix, line, column }) => {
      if (line !== undefined && linesBefore === undefined)
        return new EvidenceBuildError({ file: shown }, `${problem} is not allowed in content (line ${line} of the text after the front matter).`, fix);
      return new EvidenceBuildError(
        { file: shown, line: line === undefined ? undefined : line + (linesBefore ?? 0), column },
        `${problem} is not allowed in content.`,
        fix,
      );
    });
    problems.forEach(recordProblem);
    throwIfAny(problems);
  };
}
