import { describe, expect, test } from 'vitest';
import { parseHTML } from 'linkedom';
import { counts, passageText, readabilitySummary, readingGrade, scorePage } from '../../../../src/lib/rules/readability.ts';

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

  test('scores the marked passages and the home page bottom line, and sums them up', () => {
    const html =
      '<main><p data-plain-language>The pain came back. It was worse.</p><h2 id="the-bottom-line">The bottom line</h2><ul><li>Relief was brief.</li></ul><p>Not scored.</p></main>';
    const scores = scorePage(html, 'x.html', (h) => parseHTML(h).document);
    expect(scores.map((s) => s.text)).toEqual(['The pain came back. It was worse.', 'Relief was brief.']);
    expect(readabilitySummary(scores)).toMatch(
      /^readability: 2 plain-language passages, median Flesch-Kincaid grade [\d.]+, highest [\d.]+ \(x\.html\); limit 12$/,
    );
  });
});
