/**
 * Shows, beside each reference, the notices a surveillance run recorded on that work (retractions,
 * corrections, expressions of concern), and fails the build when a page cites a retracted or
 * withdrawn work without acknowledging it in surveillance/acknowledgements.yaml; the acknowledgement's
 * note is shown with the notice.
 */
import { relative } from 'node:path';
import type { Element, Root } from 'hast';
import type { VFile } from 'vfile';
import { EvidenceBuildError } from '../core/build-error.ts';
import { recordProblem } from '../core/build-problems.ts';
import { ACKNOWLEDGEMENTS_FILE } from '../living/living-files.ts';
import type { LivingData } from '../living/living-data.ts';
import { MUST_ACKNOWLEDGE, noticeText, noticesByKey } from '../living/notices.ts';
import { hasClass } from './rehype-citation-links.ts';
import { eachElement } from './hast-walk.ts';

export interface ReferenceNoticesOptions {
  data: () => LivingData;
  root: () => string;
}

/** "questions/safety" for src/content/questions/safety.md and for versions/questions/safety/2.md. */
export function pageOf(path: string | undefined, root: string): string | undefined {
  if (!path) return undefined;
  const rel = relative(root, path).split('\\').join('/');
  const current = /^src\/content\/([a-z]+)\/([^/]+)\.md$/.exec(rel);
  if (current) return `${current[1]}/${current[2]}`;
  const frozen = /^versions\/([a-z]+)\/([^/]+)\/\d+\.md$/.exec(rel);
  return frozen ? `${frozen[1]}/${frozen[2]}` : undefined;
}

export default function rehypeReferenceNotices(options: ReferenceNoticesOptions) {
  return (tree: Root, file: VFile) => {
    const data = options.data();
    const notices = noticesByKey(data);
    if (notices.size === 0) return;
    const root = options.root();
    const page = pageOf(file.path, root);
    const shown = file.path ? relative(root, file.path) : '(unnamed Markdown)';
    eachElement(tree, (node: Element) => {
      if (!hasClass(node, 'csl-entry')) return;
      const key = String(node.properties?.id ?? '').replace(/^bib-/, '');
      for (const notice of notices.get(key) ?? []) {
        const ack = data.acknowledgements.find((a) => a.key === key && a.kind === notice.kind && a.page === page);
        if (MUST_ACKNOWLEDGE.has(notice.kind) && !ack) {
          recordProblem(
            new EvidenceBuildError(
              { file: shown },
              `the page cites "${key}", which a surveillance run records as a ${notice.kind}${notice.noticeDoi ? ` (notice doi:${notice.noticeDoi})` : ''}.`,
              `check what the page rests on it, then acknowledge it in ${ACKNOWLEDGEMENTS_FILE} ({ key: ${key}, kind: ${notice.kind}, page: ${page ?? '<collection>/<id>'}, note: "…", date: YYYY-MM-DD }), or stop citing it.`,
            ),
          );
        }
        const text = `${noticeText(notice)}${ack ? ` ${ack.note}` : ''}`;
        node.children.push({
          type: 'element',
          tagName: 'p',
          properties: { className: ['reference-notice'], dataNotice: notice.kind },
          // Strong, not a stylesheet rule: every page would carry the rule, and few pages show a notice.
          children: [{ type: 'element', tagName: 'strong', properties: {}, children: [{ type: 'text', value: text }] }],
        });
      }
    });
  };
}
