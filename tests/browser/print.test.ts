/**
 * Printing in a real browser (print media emulated): a printed page carries
 * its data tables, even those in a closed <details>, its citation and its
 * version; screen-only controls stay out.
 */
import { describe, expect, test } from 'vitest';
import { browserSuite } from '../helpers/browser-suite.ts';
import { SAMPLE } from '../helpers/content.ts';

const suite = browserSuite();

describe('print', () => {
  test('a data table inside a closed <details> is shown when printing, and the details stay closed', async () => {
    const { page } = await suite.open('/studies/');
    const details = page.locator('figure.chart details').first();
    const table = details.locator('table');
    expect(await details.getAttribute('open')).toBeNull();
    expect(await table.isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    expect(await table.isVisible()).toBe(true);
    const box = await table.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.height).toBeGreaterThan(20);
    expect(await details.getAttribute('open')).toBeNull();
  });

  test('a printed page carries its citation and its version, and no search box', async () => {
    const { page } = await suite.open(`/studies/${SAMPLE.study}/`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#cite-vancouver').isVisible()).toBe(true);
    expect(await page.locator('#cite-vancouver').boundingBox()).not.toBeNull();
    const version = page.locator('#versions');
    expect(await version.isVisible()).toBe(true);
    expect(await version.textContent()).toMatch(
      /This is version \d+( \(not yet frozen\))?; its facts were last checked against the sources on \d{4}-\d{2}-\d{2}/,
    );
    expect(await page.locator('figure.chart details table').first().isVisible()).toBe(true);
    expect(await page.locator('.site-header input[type="search"]').isVisible()).toBe(false);
  });
});
