/**
 * One citations file per page: /citations/studies/smith2020trial.json for the
 * latest version, /citations/studies/smith2020trial/v/2.json for frozen version
 * 2, /citations/home.json for the home page. Every format of the page and of
 * each finding on it (src/lib/citing/citation-file.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { contentPages } from '../../lib/routes/content-pages.ts';
import { citationsFile, citationsFileParam } from '../../lib/citing/citation-file.ts';
import { frozenCitablePages } from '../../lib/versions/page-versions.ts';

export const getStaticPaths = (async () =>
  [
    ...(await contentPages()).map(({ title, path, description, lastReviewed, version, findings }) => ({
      title,
      path,
      description,
      lastReviewed,
      version,
      findings,
    })),
    ...(await frozenCitablePages()),
  ].map(({ findings, ...page }) => ({
    params: { file: citationsFileParam(page) },
    props: { body: JSON.stringify(citationsFile(page, findings), null, 1) },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(props.body as string, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
