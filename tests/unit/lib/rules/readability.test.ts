import { describe, expect, test } from 'vitest';
import { parseHTML } from 'linkedom';
import {
  counts,
  pageWithoutPassages,
  passagePageKind,
  passageText,
  readabilitySummary,
  readingGrade,
  scorePage,
} from '../../../../src/lib/rules/readability.ts';
import { markFindingStatements } from '../../../../src/lib/markdown/rehype-plain-language.ts';
import { fromHtml } from 'hast-util-from-html';
import { SITE_URL } from '../../../../src/lib/site.ts';
import { toHtml } from 'hast-util-to-html';

describe('readability', () => {
  test('counts sentences, words and syllables', () => {
    expect(counts('The pain came back. It was worse!')).toEqual({ sentence: 2, word: 7, syllable: 7 });
  });

  test('short everyday sentences score a low grade; long technical ones a high grade', () => {
    expect(readingGrade('The pain came back. It was worse.')).toBeLessThan(3);
    expect(
      readingGrade(
        'Randomized, double-blind, active placebo-controlled investigations demonstrated statistically insignificant differences in fibromyalgia symptomatology following intravenous administration.',
      ),
    ).toBeGreaterThan(20);
  });

  test('citation numbers and the "Short answer" label are not scored', () => {
    expect(passageText(' Short answer: Relief faded (1, 2). It was brief [3–5].')).toBe('Relief faded. It was brief.');
  });

  test('scores every marked passage, once, and sums them up', () => {
    const html =
      '<main><p data-plain-language>The pain came back. It was worse.</p><ul><li data-plain-language>Relief was <em>brief</em>.</li></ul><p>Not scored.</p><div data-plain-language><p data-plain-language>Once.</p></div></main>';
    const scores = scorePage(parseHTML(html).document, 'x.html');
    expect(scores.map((s) => s.text)).toEqual(['The pain came back. It was worse.', 'Relief was brief.', 'Once.']);
    expect(readabilitySummary(scores)).toMatch(
      /^readability: 3 plain-language passages, median Flesch-Kincaid grade -?[\d.]+, highest -?[\d.]+ \(x\.html\); limit 12$/,
    );
  });

  test('finds the bottom line by its marks, not by a heading: reworded or wrapped, it is still scored (D9)', () => {
    const body = (html: string) => {
      const tree = fromHtml(html, { fragment: true });
      markFindingStatements(tree);
      return scorePage(parseHTML(`<main>${toHtml(tree)}</main>`).document, 'index.html').map((s) => s.text);
    };
    const items = '<li><a href="/questions/a/#short-answer">Relief: brief.</a> It faded.</li><li>No link here.</li>';
    expect(body(`<h2 id="the-bottom-line">The bottom line</h2><ul>${items}</ul>`)).toEqual(['Relief: brief. It faded.']);
    expect(body(`<h2 id="in-short">In short</h2><div class="wrap"><ul>${items}</ul></div>`)).toEqual(['Relief: brief. It faded.']);
    expect(body(`<h2>Bottom line</h2><p>Relief was brief, <a href="${SITE_URL}/questions/a/#short-answer">see</a>.</p>`)).toEqual(['Relief was brief, see.']);
  });

  test('content page kinds that must carry passages, by their path in dist/', () => {
    expect(['index.html', 'studies/x/index.html', 'questions/x/index.html', 'claims/x/index.html'].map(passagePageKind)).toEqual([
      'home page',
      'study page',
      'question page',
      'claim page',
    ]);
    expect(['studies/index.html', 'studies/page/2/index.html', 'about/index.html', 'studies/x/v/1/index.html'].map(passagePageKind)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  test('a home, study, question or claim page with no passage is a problem; other pages are not (D9)', () => {
    expect(pageWithoutPassages('index.html', 0)).toBe('home page');
    expect(pageWithoutPassages('claims/x/index.html', 0)).toBe('claim page');
    expect(pageWithoutPassages('index.html', 1)).toBeUndefined();
    expect(pageWithoutPassages('about/index.html', 0)).toBeUndefined();
  });

  test('sentences end at runs of . ! or ? before a space or the end, and a piece without a letter or digit is none', () => {
    expect(counts('Really?! Yes. 3.5 mg. — . Done').sentence).toBe(4);
    expect(counts('Pain fell.Then rose.').sentence).toBe(1);
    expect(counts('').sentence).toBe(1);
  });

  test('grades are rounded to one decimal, and an empty passage scores 0', () => {
    expect(readingGrade('')).toBe(0);
    const grade = readingGrade('Ketamine blocks receptors that amplify pain signals in the nervous system.');
    expect(Math.round(grade * 10)).toBeCloseTo(grade * 10, 6);
    expect(grade).toBeGreaterThan(5);
  });

  test('citation numbers of any form, the label only at the start, and runs of spaces are cleaned', () => {
    expect(passageText('Relief (12) faded [2, 3] (4–6)\n\n  again [7,8,9].')).toBe('Relief faded again.');
    expect(passageText('Short answer:Relief.')).toBe('Relief.');
    expect(passageText('Not the Short answer: label.')).toBe('Not the Short answer: label.');
    expect(passageText('In (2020) and (n = 4).')).toBe('In and (n = 4).');
  });

  test('the summary gives the median and the hardest passage, or says none was found', () => {
    expect(readabilitySummary([])).toBe('readability: no plain-language passages found');
    const scores = [
      { page: 'a', text: '', grade: 3 },
      { page: 'b', text: '', grade: 11 },
      { page: 'c', text: '', grade: 2 },
      { page: 'd', text: '', grade: 11 },
    ];
    expect(readabilitySummary(scores)).toBe('readability: 4 plain-language passages, median Flesch-Kincaid grade 11, highest 11 (b); limit 12');
    expect(readabilitySummary(scores.slice(0, 3))).toBe('readability: 3 plain-language passages, median Flesch-Kincaid grade 3, highest 11 (b); limit 12');
  });

  test('page kinds match whole paths only', () => {
    expect(
      ['x/index.html', 'index.html.bak', 'studies/ab-cd/index.html', 'a/studies/x/index.html', 'questions/x/index.htmlx', 'claims/x/y/index.html'].map(
        passagePageKind,
      ),
    ).toEqual([undefined, undefined, 'study page', undefined, undefined, undefined]);
    expect(['questions/ab/index.html', 'claims/ab/index.html', 'x/questions/a/index.html', 'x/claims/a/index.html'].map(passagePageKind)).toEqual([
      'question page',
      'claim page',
      undefined,
      undefined,
    ]);
  });
});
