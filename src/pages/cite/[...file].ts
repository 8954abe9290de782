/**
 * Stable download URLs for the citation of every content page:
 * /cite/studies/smith2020trial.bib (.ris, .json) for the latest version,
 * /cite/studies/smith2020trial/v/2.bib for frozen version 2, /cite/home.bib
 * for the home page. The same pageCitation() as the page's "Cite this page" block.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { contentPages } from '../../lib/routes/content-pages.ts';
import { citationFilePath } from '../../lib/core/urls.ts';
import { CITATION_FILES, citationFile, citedPath, type CitablePage, type CitationFileExtension } from '../../lib/citing/page-citation.ts';
import { frozenCitablePages } from '../../lib/versions/page-versions.ts';

export const getStaticPaths = (async () =>
  [
    ...(await contentPages()).map(({ title, path, description, lastReviewed, version }) => ({ title, path, description, lastReviewed, version })),
    ...(await frozenCitablePages()),
  ].flatMap((page) =>
    (Object.keys(CITATION_FILES) as CitationFileExtension[]).map((extension) => ({
      params: { file: citationFilePath(citedPath(page), extension).replace(/^\/cite\//, '') },
      props: { page, extension },
    })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { page, extension } = props as { page: CitablePage; extension: CitationFileExtension };
  return new Response(citationFile(page, extension), { headers: { 'Content-Type': CITATION_FILES[extension].type } });
};
