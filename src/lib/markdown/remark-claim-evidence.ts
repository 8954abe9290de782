/**
 * On a page whose front matter tags its sources (`evidence`, on claim pages), the
 * tags and the body's citations must match: every cited work has a stance, and
 * every tagged work is cited, so a verdict is never checked against sources the
 * reader does not see.
 */
import { relative } from 'node:path';
import type { Root, Text } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { EvidenceBuildError, throwIfAny } from '../checks/build-error.ts';
import { recordProblem } from '../checks/build-problems.ts';
import { citationRE, parseCitation } from './rehype-citation-source.ts';

interface AstroData {
  astro?: { frontmatter?: { evidence?: unknown } };
}

export default function remarkClaimEvidence() {
  return (tree: Root, file: VFile) => {
    const evidence = (file.data as AstroData).astro?.frontmatter?.evidence;
    if (!Array.isArray(evidence)) return;
    const tagged = new Set(evidence.map((e) => String((e as { cite?: unknown }).cite)));
    const cited = new Set<string>();
    visit(tree, 'text', (node: Text) => {
      for (const match of node.value.matchAll(new RegExp(citationRE.source, 'gu'))) {
        if (match[1] === undefined) continue;
        for (const { id } of parseCitation(match)[0]) cited.add(id);
      }
    });
    const shown = file.path ? relative(file.cwd, file.path) : '(unnamed Markdown)';
    const problems = [
      ...[...cited].filter((k) => !tagged.has(k)).map((k) => new EvidenceBuildError({ file: shown }, `the body cites "${k}" but evidence gives it no stance.`, `add { cite: ${k}, stance: supports | contradicts | context, strength: … } to evidence.`)),
      ...[...tagged].filter((k) => !cited.has(k)).map((k) => new EvidenceBuildError({ file: shown }, `evidence tags "${k}" but the body never cites it.`, `cite it where the page relies on it, or remove it from evidence.`)),
    ];
    problems.forEach(recordProblem);
    throwIfAny(problems);
  };
}
