/** The open data files under /data/: tables as CSV and JSON, datapackage.json, CHANGELOG.md and SHA256SUMS.txt (src/lib/data/data-package.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { DataFile } from '../../lib/data/data-package.ts';
import { siteOpenData } from '../../lib/data/site-data.ts';

export const getStaticPaths = (async () =>
  (await siteOpenData()).files.map((file) => ({ params: { file: file.path }, props: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: DataFile }> = ({ props }) =>
  new Response(props.file.content, { headers: { 'Content-Type': `${props.file.mediatype}; charset=utf-8` } });
