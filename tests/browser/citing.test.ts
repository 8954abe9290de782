/**
 * "Cite this page" in a real browser: the copy buttons appear only with
 * JavaScript and put the citation on the clipboard; without JavaScript the
 * text is there to select and the page's citation set opens.
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

  test("without JavaScript the buttons stay hidden, the text is selectable and the page's citation set is served", async () => {
    const context = await suite.browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${suite.origin()}/claims/${SAMPLE.claim}/`);
    expect(await page.locator('button[data-copy]').first().isVisible()).toBe(false);
    await page.locator('#cite details:has(#cite-bibtex) > summary').click();
    expect(await page.locator('#cite-bibtex').isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Download BibTeX' }).isVisible()).toBe(false);
    expect(await page.locator('#cite-vancouver').isVisible()).toBe(true);
    // No finding gets a formats button; the link opens the citation set, which holds every format under the path cited.
    expect(await page.locator('.cite-findings li').count()).toBeGreaterThan(0);
    expect(await page.locator('button[data-formats]').count()).toBe(0);
    const href = await page.locator('#cite a[data-citation-set]').getAttribute('href');
    const response = await page.request.get(`${suite.origin()}${href}`);
    expect(response.status()).toBe(200);
    const cited = new URL((await page.locator('[data-cite-version-url]').getAttribute('href'))!).pathname;
    expect(await page.locator('#cite code').last().textContent()).toBe(cited);
    const set = (await response.json()) as { pages: Record<string, { page: { bibtex: string }; findings: { id: string; apa: string; ris: string }[] }> };
    const file = set.pages[cited]!;
    // The page's BibTeX cites this version (key ending _v_<n>; a page never released has none).
    expect(file.page.bibtex).toMatch(new RegExp(`^@techreport\\{claims_${SAMPLE.claim.replaceAll('-', '_')}(_v_\\d+)?,`));
    expect(file.findings.map((f) => f.id)).toEqual(['claim-verdict']);
    expect(file.findings[0]!.ris).toMatch(/^TY {2}- RPRT$/m);
    await context.close();
  });
});

describe('cite a single finding', () => {
  test("the page's Download BibTeX saves the BibTeX the page shows", async () => {
    const watched = await suite.open(`/claims/${SAMPLE.claim}/`);
    const page = watched.page;
    await page.locator('#cite details:has(#cite-bibtex) > summary').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download BibTeX' }).click()]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`^claims-${SAMPLE.claim}(-v-\\d+)?\\.bib$`));
    const saved = Buffer.concat(await (await download.createReadStream()).toArray()).toString('utf8');
    expect(saved).toBe(await page.locator('#cite-bibtex').textContent());
    expect(watched.console).toEqual([]);
  });

  test("the keyboard opens a finding's APA, BibTeX, RIS and CSL-JSON, each with its link and version, and copies one", async () => {
    const watched = await suite.open();
    await watched.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: suite.origin() });
    const page = watched.page;
    await page.goto(`${suite.origin()}/studies/${SAMPLE.study}/`);
    await page.locator('.cite-findings > summary').focus();
    await page.keyboard.press('Enter');
    expect(await page.locator('.cite-findings button[data-formats]').count()).toBe(await page.locator('.cite-findings li').count());
    const button = page.locator('.cite-findings button[data-formats]').first();
    const id = (await button.getAttribute('data-formats'))!;
    await button.focus();
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    await page.keyboard.press('Enter');
    const box = page.locator(`#formats-${id}`);
    await expect.poll(() => box.isVisible()).toBe(true);
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    expect(await button.getAttribute('aria-controls')).toBe(`formats-${id}`);
    const url = `${await page.locator('[data-cite-version-url]').getAttribute('href')}#${id}`;
    expect(await box.locator('a').first().getAttribute('href')).toBe(url);
    const version = (await page.locator('#cite > p strong').textContent())!.replace(/^version /, '');
    expect(await box.locator('p').first().textContent()).toContain(`version ${version}`);
    expect(await box.locator('h4').allTextContents()).toEqual(['APA', 'BibTeX', 'RIS', 'CSL-JSON']);
    const bibtex = (await page.locator(`#formats-${id}-bib`).textContent())!;
    expect(bibtex).toMatch(/^@techreport\{/);
    expect(bibtex).toContain(url);
    expect(JSON.parse((await page.locator(`#formats-${id}-json`).textContent())!)[0].URL).toBe(url);
    // The next Tab stops are in the box: the finding's link, then the first Download and Copy buttons.
    const focused = () => page.evaluate('document.activeElement.textContent');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe(url);
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('Download APA');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('Copy');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate('navigator.clipboard.readText()')).toBe((await page.locator(`#formats-${id}-txt`).textContent())!.trim());
    // Pressed again, the button hides the formats.
    await button.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => box.isVisible()).toBe(false);
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(watched.console).toEqual([]);
    expect(watched.foreignRequests).toEqual([]);
  });

  test("a finding's Download button saves the text its page's entry in the citation set holds", async () => {
    const watched = await suite.open(`/claims/${SAMPLE.claim}/`);
    const page = watched.page;
    await page.locator('.cite-findings > summary').click();
    await page.locator('button[data-formats="claim-verdict"]').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download RIS' }).click()]);
    // Named after the version cited (claims-<id>-v-<n>; a page never released has no -v-<n>) and the finding.
    expect(download.suggestedFilename()).toMatch(new RegExp(`^claims-${SAMPLE.claim}(-v-\\d+)?-claim-verdict\\.ris$`));
    const saved = await (await download.createReadStream()).toArray();
    expect(Buffer.concat(saved).toString('utf8')).toBe(await page.locator('#formats-claim-verdict-ris').textContent());
    expect(watched.console).toEqual([]);
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
