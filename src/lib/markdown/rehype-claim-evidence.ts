/**
 * On a page whose front matter tags its sources (`evidence`, on claim pages), the
 * tags and the body's citations must match: every cited work has a stance, and
 * every tagged work is cited, so a verdict is never checked against sources the
 * reader does not see. Runs after rehype-citation-links, which records the
 * page's cited keys; it does not scan the text again.
 */
import { relative } from 'node:path';
import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { EvidenceBuildError, throwIfAny } from '../core/build-error.ts';
import { recordProblem } from '../core/build-problems.ts';

interface AstroData {
  astro?: { frontmatter?: { evidence?: unknown; citedKeys?: unknown } };
}

export default function rehypeClaimEvidence() {
  return (_tree: Root, file: VFile) => {
    const frontmatter = (file.data as AstroData).astro?.frontmatter;
    const evidence = frontmatter?.evidence;
    if (!Array.isArray(evidence)) return;
    const tagged = new Set(evidence.map((e) => String((e as { cite?: unknown }).cite)));
    const cited = new Set(Array.isArray(frontmatter?.citedKeys) ? (frontmatter.citedKeys as string[]) : []);
    const shown = file.path ? relative(file.cwd, file.path) : '(unnamed Markdown)';
    const problems = [
      ...[...cited]
        .filter((k) => !tagged.has(k))
        .map(
          (k) =>
            new EvidenceBuildError(
              { file: shown },
              `the body cites "${k}" but evidence gives it no stance.`,
              `add { cite: ${k}, stance: supports | contradicts | context, strength: … } to evidence.`,
            ),
        ),
      ...[...tagged]
        .filter((k) => !cited.has(k))
        .map(
          (k) =>
            new EvidenceBuildError(
              { file: shown },
              `evidence tags "${k}" but the body never cites it.`,
              `cite it where the page relies on it, or remove it from evidence.`,
            ),
        ),
    ];
    problems.forEach(recordProblem);
    throwIfAny(problems);
  };
}
