/**
 * The red team's security inputs (tests/fixtures/security): a meta refresh to
 * an off-site URL, <script>, onerror, <iframe> and a javascript: link.
 * First, written into a study's Markdown they fail the build, naming file:line
 * (one build of a project copy). Then, as defence in depth, the same markup
 * injected into a page of the built site after the build (the meta refresh
 * aside: no page-level policy can stop one, so the build must) opens no dialog,
 * loads no frame, navigates nowhere and sends no request off the origin.
 */
import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium, openPage } from '../helpers/browser.ts';
import { SAMPLE } from '../helpers/content.ts';
import { assertBuilt, DIST } from '../helpers/dist.ts';
import { astroBuild, projectCopy, removeCopy } from '../helpers/project.ts';
import { serveDirectory, type StaticServer } from '../../src/cli/lib/static-server.ts';

const FIXTURES = 'tests/fixtures/security';
/** The first study page of the content (a fork's too). */
const STUDY = `src/content/studies/${SAMPLE.study}.md`;
const cases = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.md') && f !== 'README.md')
  .sort()
  .map((f) => ({ name: f.replace(/\.md$/, ''), markup: readFileSync(join(FIXTURES, f), 'utf8').trim() }));

describe('security inputs in content Markdown', () => {
  test('fail the build, each named with the study file and its line', () => {
    const dir = projectCopy();
    try {
      const lines = readFileSync(join(dir, STUDY), 'utf8').replace(/\n*$/, '\n').split('\n').length;
      appendFileSync(join(dir, STUDY), cases.map((c) => `\n${c.markup}\n`).join(''));
      const result = astroBuild(dir);
      expect(result.status, result.output).not.toBe(0);
      cases.forEach((c, i) => {
        const line = lines + 1 + 2 * i;
        expect(result.output, c.name).toContain(`${STUDY}:${line}:`);
      });
      expect(result.output).toMatch(/raw HTML "<meta http-equiv="refresh"/);
      expect(result.output).toMatch(/a link with the URL scheme "javascript:"/);
    } finally {
      removeCopy(dir);
    }
  }, 300_000);
});

describe('security markup injected into a built page', () => {
  let site: string;
  let server: StaticServer;
  let browser: Browser;
  const page = `/studies/${SAMPLE.study}/`;
  beforeAll(async () => {
    assertBuilt();
    site = mkdtempSync(join(tmpdir(), 'security-site-'));
    cpSync(DIST, site, { recursive: true });
    const file = join(site, page, 'index.html');
    const injected = cases
      .filter((c) => c.name !== 'meta-refresh')
      .map((c) => c.markup.replace(/^A \[harmless-looking link\]\((.*)\)\.$/, '<a id="injected-link" href="$1">harmless-looking link</a>'))
      .join('\n');
    writeFileSync(file, readFileSync(file, 'utf8').replace('</main>', `${injected}\n</main>`));
    server = await serveDirectory(site);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (site) rmSync(site, { recursive: true, force: true });
  });

  test('opens no dialog, loads no frame, navigates nowhere and sends nothing off the origin', async () => {
    const watched = await openPage(browser, server.origin);
    const dialogs: string[] = [];
    const navigations: string[] = [];
    watched.page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    watched.page.on('framenavigated', (f) => navigations.push(f.url()));
    await watched.page.goto(`${server.origin}${page}`);
    expect(await watched.page.locator('#injected-link').count()).toBe(1);
    await watched.page.locator('#injected-link').click();
    await watched.page.waitForTimeout(2_500);
    expect(dialogs).toEqual([]);
    expect(watched.foreignRequests).toEqual([]);
    expect(watched.page.url()).toBe(`${server.origin}${page}`);
    // The iframe the policy blocks shows Chromium's own error page (chrome-error://) in place of its source.
    expect(navigations.filter((url) => !url.startsWith(server.origin) && url !== 'about:blank' && !url.startsWith('chrome-error://'))).toEqual([]);
    const loadedFrames = await Promise.all(
      watched.page
        .frames()
        .filter((f) => f !== watched.page.mainFrame())
        .map(async (f) => ({ url: f.url(), content: await f.content().catch(() => '') })),
    );
    expect(loadedFrames.filter((f) => f.url.startsWith('http'))).toEqual([]);
    await watched.context.close();
  }, 60_000);
});
