/** The whole bibliography as /references/library.bib, library.ris and library.json. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { LIBRARY_FILES, libraryFile, type LibraryFile } from '../../lib/citing/reference-library.ts';

export const getStaticPaths = (() => (Object.keys(LIBRARY_FILES) as LibraryFile[]).map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const file = params.file as LibraryFile;
  return new Response(libraryFile(file), { headers: { 'Content-Type': LIBRARY_FILES[file].type } });
};
