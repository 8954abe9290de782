/**
 * The citation sets: /citation-sets/0a3.json holds every format of the pages (latest versions and frozen
 * copies) whose cited paths hash to 0a3, each with its findings (src/lib/citing/citation-file.ts). At most
 * CITATION_SETS files whatever the size of the site.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { contentPages } from '../../lib/routes/content-pages.ts';
import { citationSets } from '../../lib/citing/citation-file.ts';
import { frozenCitablePages } from '../../lib/versions/page-versions.ts';

export const getStaticPaths = (async () => {
  const current = (await contentPages()).map(({ title, path, description, lastReviewed, version, findings }) => ({
    title,
    path,
    description,
    lastReviewed,
    version,
    findings,
  }));
  return [...citationSets([...current, ...(await frozenCitablePages())])].map(([set, body]) => ({
    params: { set },
    props: { body: JSON.stringify(body, null, 1) },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(props.body as string, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
