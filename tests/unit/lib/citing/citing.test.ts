import { Cite } from '@citation-js/core';
import { describe, expect, test, vi } from 'vitest';
import { citationFilePath, citationId, citationSetPath } from '../../../../src/lib/core/urls.ts';
import { pageCitation, pageCsl, unwrapRis } from '../../../../src/lib/citing/page-citation.ts';
import { citationReference, jsonLdText, pageMetadata, scholarlyWork } from '../../../../src/lib/citing/page-metadata.ts';
import { coins } from '../../../../src/lib/citing/reference-library.ts';
import type { CslItem } from '../../../../src/lib/core/bibliography/types.ts';

const page = { title: 'A page about <b>ketamine</b>', path: '/studies/noppers2011absence/', lastReviewed: '2026-11-25', description: 'Short.' };
const article: CslItem = {
  id: 'x2011y',
  type: 'article-journal',
  title: 'A title; with a semicolon',
  author: [
    { family: 'Noppers', given: 'Ingeborg' },
    { family: 'Dahan', given: 'Albert' },
  ],
  issued: { 'date-parts': [[2011, 10]] },
  'container-title': 'European Journal of Pain',
  volume: '15',
  issue: '9',
  page: '942-949',
  DOI: '10.1000/xyz',
  PMID: '123',
};

describe('page citation', () => {
  test('names files and ids from the path, with a stable name for the home page', () => {
    expect(citationId('/studies/noppers2011absence/')).toBe('studies-noppers2011absence');
    expect(citationId('/')).toBe('home');
    expect(citationFilePath('/', 'ris')).toBe('/cite/home.ris');
    expect(citationFilePath('/questions/safety/', 'bib')).toBe('/cite/questions/safety.bib');
  });

  test('is a report by the site, numbered by the date checked', () => {
    const csl = pageCsl(page);
    expect(csl).toMatchObject({ type: 'report', number: 'Version 2026-11-25', issued: { 'date-parts': [[2026, 11, 25]] } });
    expect(csl.URL).toMatch(/\/studies\/noppers2011absence\/$/);
  });

  test('every format carries the title, version and URL; findings cite their fragment', () => {
    const c = pageCitation(page, [{ id: 'responders-15-min', label: 'Responders at 15 minutes' }]);
    for (const text of [c.vancouver, c.apa, c.bibtex, c.ris]) {
      expect(text).toContain('2026');
      expect(text).toContain('/studies/noppers2011absence/');
    }
    expect(c.bibtex).toMatch(/^@techreport\{studies_noppers2011absence,/);
    expect(c.ris).toMatch(/^TY {2}- RPRT$/m);
    expect(JSON.parse(c.cslJson)[0].title).toBe(page.title);
    expect(c.findings[0]?.url).toMatch(/#responders-15-min$/);
    expect(c.findings[0]?.vancouver).toContain('Responders at 15 minutes');
  });

  test('a numbered version cites its frozen copy: number, URL, id, key and download files', () => {
    const frozen = { ...page, version: { number: 2, path: '/studies/noppers2011absence/v/2/' } };
    const c = pageCitation(frozen, [{ id: 'responders-15-min', label: 'Responders at 15 minutes' }]);
    expect(c.version).toBe('2');
    expect(c.checked).toBe('2026-11-25');
    expect(c.url).toMatch(/\/studies\/noppers2011absence\/v\/2\/$/);
    for (const text of [c.vancouver, c.apa, c.bibtex, c.ris, c.cslJson]) {
      expect(text).toContain('Version 2');
      expect(text).toContain('/studies/noppers2011absence/v/2/');
    }
    expect(c.bibtex).toMatch(/^@techreport\{studies_noppers2011absence_v_2,/);
    expect(c.file).toBe(citationSetPath('/studies/noppers2011absence/v/2/'));
    expect(c.findings[0]?.url).toMatch(/\/v\/2\/#responders-15-min$/);
  });

  test('the latest version is numbered but names the current page', () => {
    const c = pageCitation({ ...page, version: { number: 3 } });
    expect(c.url).toMatch(/\/studies\/noppers2011absence\/$/);
    expect(c.ris).toMatch(/^SN {2}- Version 3$/m);
    expect(c.file).toBe(citationSetPath('/studies/noppers2011absence/'));
  });

  test('a frozen copy tells Zotero its own URL, while Open Graph names the current page', () => {
    const { tags } = pageMetadata({ ...page, version: { number: 2, path: '/studies/noppers2011absence/v/2/' }, type: 'study', cited: [] });
    const value = (key: string) => tags.find((t) => ('name' in t ? t.name : t.property) === key)?.content;
    expect(value('citation_technical_report_number')).toBe('Version 2');
    expect(value('citation_public_url')).toMatch(/\/v\/2\/$/);
    expect(value('og:url')).toMatch(/\/studies\/noppers2011absence\/$/);
  });

  test("a page's citation texts are written by citation-js once per build, a changed page's again", () => {
    const cited = { ...page, title: 'A page cited and downloaded', version: { number: 4 } };
    const format = vi.spyOn(Cite.prototype, 'format');
    try {
      const c = pageCitation(cited);
      // BibTeX (plus BibLaTeX for its abstract and language lines) and RIS.
      expect(format).toHaveBeenCalledTimes(3);
      expect(pageCitation(cited).bibtex).toBe(c.bibtex);
      expect(format).toHaveBeenCalledTimes(3);
      // A changed page is a new item: its texts are written again.
      expect(pageCitation({ ...cited, title: 'A page renamed' }).bibtex).toContain('A page renamed');
      expect(format).toHaveBeenCalledTimes(6);
    } finally {
      format.mockRestore();
    }
  });

  test('RIS values broken by citation-js are joined again; tags are not', () => {
    expect(unwrapRis('TY  - RPRT\nUR  - https://example.org/a-very-long\n-path/\nER  - \n')).toBe(
      'TY  - RPRT\nUR  - https://example.org/a-very-long-path/\nER  - \n',
    );
  });
});

describe('page metadata', () => {
  test('a cited work becomes one citation_reference with no stray separators', () => {
    expect(citationReference(article)).toBe(
      'citation_title=A title, with a semicolon; citation_author=Noppers, Ingeborg; citation_author=Dahan, Albert; citation_journal_title=European Journal of Pain; citation_publication_date=2011; citation_volume=15; citation_issue=9; citation_firstpage=942; citation_lastpage=949; citation_doi=10.1000/xyz; citation_pmid=123',
    );
  });

  test('a journal article is a ScholarlyArticle with its DOI and PMID', () => {
    expect(scholarlyWork(article)).toMatchObject({
      '@type': 'ScholarlyArticle',
      sameAs: 'https://doi.org/10.1000/xyz',
      identifier: ['doi:10.1000/xyz', 'pmid:123'],
    });
  });

  test('claim pages add a ClaimReview; JSON-LD text cannot close its script element', () => {
    const { jsonLd, tags } = pageMetadata({
      ...page,
      type: 'claim',
      cited: [article],
      claimReview: { claim: 'C', verdict: 'misleading', reason: 'R', appearance: { '@type': 'CreativeWork', name: 'An op-ed' } },
    });
    const graph = jsonLd['@graph'] as Record<string, unknown>[];
    expect(graph.map((n) => n['@type'])).toEqual(['MedicalWebPage', 'ClaimReview']);
    expect(tags.filter((t) => 'name' in t && t.name === 'citation_reference')).toHaveLength(1);
    const text = jsonLdText({ name: '</script><script>alert(1)</script>' });
    expect(text).not.toContain('<');
    expect(JSON.parse(text).name).toBe('</script><script>alert(1)</script>');
  });
});

describe('COinS', () => {
  test('encodes a journal article as an OpenURL ContextObject', () => {
    const params = new URLSearchParams(coins(article));
    expect(params.get('rft_val_fmt')).toBe('info:ofi/fmt:kev:mtx:journal');
    expect(params.get('rft.atitle')).toBe('A title; with a semicolon');
    expect(params.get('rft.jtitle')).toBe('European Journal of Pain');
    expect(params.get('rft.spage')).toBe('942');
    expect(params.getAll('rft_id')).toEqual(['info:doi/10.1000/xyz', 'info:pmid/123']);
  });
});

describe('change feed', () => {
  test('orders changes newest first and escapes text in the Atom feed', async () => {
    const { atomFeed, siteChanges } = await import('../../../../src/lib/citing/changes.ts');
    const changes = siteChanges([
      { title: 'B & <b>', path: '/b/', changes: [{ date: '2026-01-02', type: 'new evidence', summary: 'Second "change".', conclusionChanged: true }] },
      {
        title: 'A',
        path: '/a/',
        changes: [
          { date: '2026-01-01', type: 'first published', summary: 'First change.', conclusionChanged: false },
          { date: '2026-01-03', type: 'correction', summary: 'Third change.', conclusionChanged: false },
        ],
      },
    ]);
    expect(changes.map((c) => c.date)).toEqual(['2026-01-03', '2026-01-02', '2026-01-01']);
    const feed = atomFeed(changes, '2026-01-03');
    expect(feed).toContain('<title>B &amp; &lt;b&gt;: Second &quot;change&quot;.</title>');
    expect(feed).toContain('<updated>2026-01-03T00:00:00Z</updated>');
    expect(feed).not.toContain('<b>');
    expect(feed).toContain('<category term="correction" label="Correction"/>');
    expect(feed).toContain('<category term="new evidence" label="New evidence; conclusion changed"/>');
  });

  test('the feed is as new as its newest change, even when a page was checked again later', async () => {
    const { feedUpdated, siteChanges } = await import('../../../../src/lib/citing/changes.ts');
    const pages = [
      {
        title: 'A',
        path: '/a/',
        lastReviewed: '2026-03-01',
        changes: [{ date: '2026-01-03', type: 'correction' as const, summary: 'Fixed.', conclusionChanged: false }],
      },
      {
        title: 'B',
        path: '/b/',
        lastReviewed: '2026-02-01',
        changes: [{ date: '2026-01-02', type: 'new evidence' as const, summary: 'Added.', conclusionChanged: false }],
      },
    ];
    expect(feedUpdated(siteChanges(pages), pages)).toBe('2026-01-03');
  });

  test('a feed without changes is dated by the newest check of any page, not by a fixed date', async () => {
    const { atomFeed, feedUpdated } = await import('../../../../src/lib/citing/changes.ts');
    const pages = [{ lastReviewed: '2025-06-30' }, { lastReviewed: '2025-11-02' }, { lastReviewed: '2024-01-15' }];
    const feed = atomFeed([], feedUpdated([], pages));
    expect(feed).toContain('<updated>2025-11-02T00:00:00Z</updated>');
    expect(feed).not.toContain('<entry>');
  });

  test('a site without pages has no date for its feed, and says so', async () => {
    const { feedUpdated } = await import('../../../../src/lib/citing/changes.ts');
    expect(() => feedUpdated([], [])).toThrow('no content pages');
  });

  test('lists the corrections apart, and labels each change with its type', async () => {
    const { changeLabel, corrections, siteChanges } = await import('../../../../src/lib/citing/changes.ts');
    const changes = siteChanges([
      {
        title: 'A',
        path: '/a/',
        changes: [
          { date: '2026-01-01', type: 'first published', summary: 'First.', conclusionChanged: false },
          { date: '2026-01-03', type: 'correction', summary: 'Fixed.', conclusionChanged: false },
        ],
      },
    ]);
    expect(corrections(changes).map((c) => c.summary)).toEqual(['Fixed.']);
    expect(changeLabel({ type: 'certainty changed', conclusionChanged: true })).toBe('Certainty changed; conclusion changed');
    expect(changeLabel({ type: 'conclusion changed', conclusionChanged: true })).toBe('Conclusion changed');
  });
});

describe('redirects', () => {
  test("maps an old id to its entry's URL; pages sit at the root", async () => {
    const { entryPath } = await import('../../../../src/lib/core/urls.ts');
    expect(entryPath('studies', 'old2011key')).toBe('/studies/old2011key/');
    expect(entryPath('pages', 'home')).toBe('/');
    expect(entryPath('pages', 'about')).toBe('/about/');
  });
});
