/**
 * The site header in a real browser: one compact row on a desktop screen, at
 * most two rows on a phone, with search reachable from both.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { browserSuite } from '../helpers/browser-suite.ts';

const suite = browserSuite();

/** Tallest header at each width, in CSS pixels: one row of controls on a desktop screen, two on a phone. */
const MAX_HEADER_HEIGHT = { desktop: 80, phone: 140 };

async function openAt(width: number, height: number, path: string): Promise<Page> {
  const watched = await suite.open();
  await watched.page.setViewportSize({ width, height });
  await watched.page.goto(`${suite.origin()}${path}`);
  return watched.page;
}

async function box(page: Page, selector: string) {
  const found = await page.locator(selector).boundingBox();
  if (!found) throw new Error(`${selector} is not visible`);
  return found;
}

const sameRow = (a: { y: number; height: number }, b: { y: number; height: number }) => a.y < b.y + b.height && b.y < a.y + a.height;

describe('site header', () => {
  test('at 1280 px the site name, navigation and search box share one row', async () => {
    const page = await openAt(1280, 800, '/studies/');
    const header = await box(page, '.site-header');
    expect(header.height).toBeLessThanOrEqual(MAX_HEADER_HEIGHT.desktop);
    const nav = await box(page, '.site-header nav');
    const input = await box(page, '.site-header input[type="search"]');
    expect(sameRow(input, nav), `search input at y=${input.y}, navigation at y=${nav.y}–${nav.y + nav.height}`).toBe(true);
    expect(sameRow(await box(page, '.site-name'), nav)).toBe(true);
  });

  test('at 390 px the header takes at most two rows and links to the search page', async () => {
    const page = await openAt(390, 844, '/');
    const header = await box(page, '.site-header');
    expect(header.height).toBeLessThanOrEqual(MAX_HEADER_HEIGHT.phone);
    const name = await box(page, '.site-name');
    const nav = await box(page, '.site-header nav');
    const search = await box(page, '.site-header .search-link');
    expect(sameRow(search, name)).toBe(true);
    expect(nav.y).toBeGreaterThanOrEqual(name.y + name.height - 1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.locator('.site-header .search-link').click();
    await page.waitForURL('**/search/');
    expect(await page.getByRole('searchbox', { name: /Search words/ }).isVisible()).toBe(true);
  });
});
