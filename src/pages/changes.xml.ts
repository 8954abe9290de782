/** Atom feed of substantive evidence changes across the site. */
import type { APIRoute } from 'astro';
import { atomFeed, siteChanges } from '../lib/citing/changes.ts';
import { contentPages } from '../lib/content/content-pages.ts';

export const GET: APIRoute = async () =>
  new Response(atomFeed(siteChanges(await contentPages())), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
