/**
 * Stable download URLs for the citation of every content page:
 * /cite/studies/smith2020trial.bib (.ris, .json), /cite/home.bib for the
 * home page. The same pageCitation() as the page's "Cite this page" block.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { contentPages } from '../../lib/content/content-pages.ts';
import { CITATION_FILES, citationFile, citationFilePath, type CitablePage, type CitationFileExtension } from '../../lib/citing/page-citation.ts';

export const getStaticPaths = (async () =>
  (await contentPages()).flatMap(({ title, path, description, lastReviewed }) =>
    (Object.keys(CITATION_FILES) as CitationFileExtension[]).map((extension) => ({
      params: { file: citationFilePath(path, extension).replace(/^\/cite\//, '') },
      props: { page: { title, path, description, lastReviewed }, extension },
    })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { page, extension } = props as { page: CitablePage; extension: CitationFileExtension };
  return new Response(citationFile(page, extension), { headers: { 'Content-Type': CITATION_FILES[extension].type } });
};
