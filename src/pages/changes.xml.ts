/** Atom feed of substantive evidence changes across the site. */
import type { APIRoute } from 'astro';
import { atomFeed, feedUpdated } from '../lib/citing/changes.ts';
import { contentPages } from '../lib/routes/content-pages.ts';
import { loggedChanges } from '../lib/routes/lists.ts';

export const GET: APIRoute = async () => {
  const pages = await contentPages();
  const changes = await loggedChanges();
  return new Response(atomFeed(changes, feedUpdated(changes, pages)), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
