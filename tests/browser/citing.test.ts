/**
 * "Cite this page" in a real browser: the copy buttons appear only with
 * JavaScript and put the citation on the clipboard; without JavaScript the
 * text is there to select and the downloads work.
 */
import { describe, expect, test } from 'vitest';
import { browserSuite } from '../helpers/browser-suite.ts';
import { SAMPLE } from '../helpers/content.ts';

const suite = browserSuite();

describe('cite this page', () => {
  test('the copy button puts the Vancouver citation on the clipboard', async () => {
    const watched = await suite.open();
    await watched.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: suite.origin() });
    await watched.page.goto(`${suite.origin()}/studies/${SAMPLE.study}/`);
    const expected = (await watched.page.locator('#cite-vancouver').textContent())!.trim();
    const button = watched.page.locator('button[data-copy="cite-vancouver"]');
    await button.click();
    await expect.poll(() => button.textContent()).toBe('Copied');
    expect(await watched.page.evaluate('navigator.clipboard.readText()')).toBe(expected);
    expect(expected).toContain(`/studies/${SAMPLE.study}/`);
    expect(watched.console).toEqual([]);
    expect(watched.foreignRequests).toEqual([]);
  });

  test('without JavaScript the buttons stay hidden, the text is selectable and the download is served', async () => {
    const context = await suite.browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${suite.origin()}/claims/${SAMPLE.claim}/`);
    expect(await page.locator('button[data-copy]').first().isVisible()).toBe(false);
    expect(await page.locator('#cite-vancouver').isVisible()).toBe(true);
    const href = await page.locator('#cite a[download]').first().getAttribute('href');
    const response = await page.request.get(`${suite.origin()}${href}`);
    expect(response.status()).toBe(200);
    // The first download cites this version (key ending _v_<n>; a page never released has none).
    expect(await response.text()).toMatch(new RegExp(`^@techreport\\{claims_${SAMPLE.claim.replaceAll('-', '_')}(_v_\\d+)?,`));
    await context.close();
  });
});

describe('citation previews', () => {
  const preview = `#preview-${SAMPLE.citedStudy}`;
  const link = `a[interestfor="preview-${SAMPLE.citedStudy}"]`;

  test('keyboard focus opens the preview of the cited work and Escape closes it', async () => {
    const watched = await suite.open(`/questions/${SAMPLE.citingQuestion}/`);
    const page = watched.page;
    await page.locator(link).first().focus();
    await expect.poll(() => page.locator(preview).evaluate((el) => el.matches(':popover-open'))).toBe(true);
    const text = await page.locator(preview).textContent();
    expect(text).toContain(SAMPLE.citedStudyTitle);
    expect(text?.toLowerCase()).toContain(SAMPLE.citedStudyDesign.toLowerCase());
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator(preview).evaluate((el) => el.matches(':popover-open'))).toBe(false);
    expect(watched.console).toEqual([]);
  });

  test('hovering the citation opens the preview, and its study link is reachable', async () => {
    const watched = await suite.open(`/questions/${SAMPLE.citingQuestion}/`);
    const page = watched.page;
    await page.locator(link).first().hover();
    await expect.poll(() => page.locator(preview).evaluate((el) => el.matches(':popover-open'))).toBe(true);
    await page.locator(`${preview} a[href="/studies/${SAMPLE.citedStudy}/"]`).hover();
    expect(await page.locator(preview).evaluate((el) => el.matches(':popover-open'))).toBe(true);
  });
});

describe('review dates', () => {
  test('a page shows "Review overdue" once its next review date has passed on the reader\'s clock, and not before', async () => {
    const watched = await suite.open();
    const url = `${suite.origin()}/studies/${SAMPLE.study}/`;
    await watched.page.clock.setFixedTime(new Date('2026-12-01T12:00:00Z'));
    await watched.page.goto(url);
    const due = (await watched.page.locator('[data-review-due]').getAttribute('data-review-due'))!;
    expect(await watched.page.locator('[data-review-overdue]').isVisible()).toBe(false);
    await watched.page.clock.setFixedTime(new Date(`${due}T12:00:00Z`).getTime() + 2 * 86_400_000);
    await watched.page.reload();
    await expect.poll(() => watched.page.locator('[data-review-overdue]').isVisible()).toBe(true);
    expect(watched.console).toEqual([]);
  });
});
