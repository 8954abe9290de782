/** Facts about the site itself, used by layouts, metadata and citations. The topic's own words live in src/topic.ts. */
import { TOPIC } from '../topic.ts';

export const SITE_URL = TOPIC.siteUrl;
export const SITE_NAME = TOPIC.siteName;

/** Longest `<title>` shown in full by browser tabs and search results. */
export const DOCUMENT_TITLE_MAX = 70;

/** The `<title>` of a page: "Title | Site" when that fits, else the title alone. */
export function documentTitle(title: string): string {
  const withSite = `${title} | ${SITE_NAME}`;
  return title === SITE_NAME || withSite.length > DOCUMENT_TITLE_MAX ? title : withSite;
}

/**
 * Where readers report an error: a web address (an issue form) or a mailto: address.
 * Set it when the site is published; while it is undefined, pages point readers to
 * the "How to report an error" section of About.
 */
export const REPORT_ERROR_URL: string | undefined = undefined;

/** Where readers are sent to report an error. */
export const reportErrorHref = (): string => REPORT_ERROR_URL ?? '/about/#how-to-report-an-error';

/**
 * The licence of the site's text and data (the code keeps the MIT licence of package.json):
 * reuse, with attribution, suits an evidence summary that others should be able to quote,
 * translate and reanalyse. Shown in every page's footer, head and JSON-LD, and in the data package.
 */
export const LICENSE_URL = 'https://creativecommons.org/licenses/by/4.0/';
export const LICENSE_NAME = 'CC BY 4.0';
/** The licence's full title and its SPDX identifier (used by the data package and CITATION.cff). */
export const LICENSE_TITLE = 'Creative Commons Attribution 4.0 International';
export const LICENSE_SPDX = 'CC-BY-4.0';
