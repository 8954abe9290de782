/**
 * The content pages the layout links to on every page (src/lib/site-nav.ts)
 * must exist: without one, the build would pass and every page would carry a
 * link to a 404.
 */
import { EvidenceBuildError } from '../core/build-error.ts';
import { CONTENT_DIR, entryIds } from '../core/content-index.ts';
import { requiredPages } from '../site-nav.ts';

export function checkRequiredPages(root: string): EvidenceBuildError[] {
  const present = entryIds('pages', root);
  return requiredPages()
    .filter(({ page }) => !present.has(page))
    .map(({ page, hrefs, linkedFrom }) => {
      const file = `${CONTENT_DIR}/pages/${page}.md`;
      return new EvidenceBuildError(
        { file },
        `this page is missing, and the ${linkedFrom.join(' and the ')} of every page link${linkedFrom.length === 1 ? 's' : ''} to ${hrefs.join(', ')}.`,
        `create ${file} with front matter title, description and lastReviewed (src/schemas/page.ts; the other files in ${CONTENT_DIR}/pages/ are examples), or take the link out of src/lib/site-nav.ts.`,
      );
    });
}
