/**
 * The links every page carries in its header and footer: one list that the
 * components render and the build checks. A link to a content page names that
 * page, so a project without it fails `npm run build` and `npm run validate`
 * (src/lib/checks/required-pages.ts) instead of linking every page to a 404.
 */
import { REPORT_ERROR_URL, reportErrorHref, SITE_NAME } from './site.ts';

export interface NavLink {
  href: string;
  label: string;
  /** The entry of the `pages` collection behind the link (src/content/pages/<page>.md); routes of src/pages need none. */
  page?: string;
}

/** The site name at the top of every page, linking to the home page. */
export const HOME_LINK: NavLink = { href: '/', label: SITE_NAME, page: 'home' };

export const HEADER_LINKS: readonly NavLink[] = [
  { href: '/questions/', label: 'Questions' },
  { href: '/studies/', label: 'Studies' },
  { href: '/claims/', label: 'Claims checked' },
  { href: '/methods/', label: 'Methods', page: 'methods' },
];

export const FOOTER_LINKS: readonly NavLink[] = [
  { href: '/about/', label: 'About', page: 'about' },
  { href: '/methods/', label: 'Methods', page: 'methods' },
  { href: '/references/', label: 'References' },
  { href: '/corrections/', label: 'Corrections' },
  { href: '/data/', label: 'Open data' },
  { href: reportErrorHref(), label: 'Report an error', ...(REPORT_ERROR_URL ? {} : { page: 'about' }) },
  { href: '/search/', label: 'Search' },
];

/** The footer's independence statement links to the funding section of About. */
export const FUNDING_LINK: NavLink = { href: '/about/#funding-and-conflicts-of-interest', label: 'no funding from industry or clinics', page: 'about' };

export interface RequiredPage {
  /** Id in the `pages` collection, e.g. "methods". */
  page: string;
  /** The links that need it, e.g. ["/methods/"]. */
  hrefs: string[];
  /** Where they are, e.g. ["header", "footer"]. */
  linkedFrom: string[];
}

/** The content pages the header and footer link to, each with the links that need it. */
export function requiredPages(): RequiredPage[] {
  const places: [string, readonly NavLink[]][] = [
    ['header', [HOME_LINK, ...HEADER_LINKS]],
    ['footer', [...FOOTER_LINKS, FUNDING_LINK]],
  ];
  const pages = new Map<string, RequiredPage>();
  for (const [place, links] of places) {
    for (const { href, page } of links) {
      if (!page) continue;
      const required = pages.get(page) ?? { page, hrefs: [], linkedFrom: [] };
      if (!required.hrefs.includes(href)) required.hrefs.push(href);
      if (!required.linkedFrom.includes(place)) required.linkedFrom.push(place);
      pages.set(page, required);
    }
  }
  return [...pages.values()];
}
