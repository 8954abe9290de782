/** What a page does to a visitor's privacy, watched in the browser. */
import type { WatchedPage } from '../../helpers/browser.ts';

export interface PrivacyReport {
  /** Requests to any other origin (blocked by the watcher, still recorded). */
  foreignRequests: string[];
  /** Cookies in the browser context or in document.cookie. */
  cookies: string[];
  /** Font files fetched from anywhere: the site uses system fonts only. */
  fonts: string[];
  /** Known analytics globals present on the page. */
  analytics: string[];
}

const ANALYTICS_GLOBALS = [
  'ga',
  'gtag',
  'dataLayer',
  '_gaq',
  '_paq',
  'plausible',
  'fathom',
  'umami',
  'posthog',
  'mixpanel',
  'amplitude',
  'analytics',
  'Matomo',
  'clarity',
  'hj',
];

/** Starts recording font requests; call before navigating. */
export function watchFonts(watched: WatchedPage): string[] {
  const fonts: string[] = [];
  watched.page.on('request', (r) => {
    if (
      r.resourceType() === 'font' ||
      /\.(woff2?|ttf|otf|eot)(\?|$)/i.test(r.url()) ||
      /fonts\.(googleapis|gstatic)\.com|use\.typekit|fonts\.bunny/.test(r.url())
    )
      fonts.push(r.url());
  });
  return fonts;
}

export async function privacyReport(watched: WatchedPage, fonts: string[]): Promise<PrivacyReport> {
  // After the page's scripts have run, and the page's own view of its cookies before the browser's jar, so a
  // cookie a script sets is in both (the jar was read first once and missed it on a busy machine).
  await watched.page.waitForLoadState('load');
  const documentCookie = await watched.page.evaluate(() => document.cookie);
  const cookies = (await watched.context.cookies()).map((c) => `${c.domain}: ${c.name}`);
  if (documentCookie) cookies.push(`document.cookie: ${documentCookie}`);
  const analytics = await watched.page.evaluate((names) => names.filter((n) => n in window), ANALYTICS_GLOBALS);
  return { foreignRequests: [...watched.foreignRequests], cookies, fonts: [...fonts], analytics };
}
