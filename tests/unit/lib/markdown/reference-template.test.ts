import { plugins } from '@citation-js/core';
import { describe, expect, test, vi } from 'vitest';
import { pageCsl, type CitablePage } from '../../../../src/lib/citing/page-citation.ts';
import { formatReference } from '../../../../src/lib/core/bibliography/reference-format.ts';
import { FIELD_SLUGS, formatVarying, isDerivable } from '../../../../src/lib/markdown/reference-template.ts';

const page = (title: string, n: number, lastReviewed = '2026-11-24'): CitablePage => ({
  title,
  path: `/questions/question-${n}/`,
  lastReviewed,
  description: `Summary ${n}.`,
  version: { number: 1 + (n % 2) },
});

const TITLES = [
  'Does ketamine help?',
  'Ketamine for fibromyalgia: pain at 15 minutes',
  'Is IV ketamine safe? Side effects (1–2 weeks)',
  'Chart: More than 50% pain reduction, 15 minutes after the infusion.',
  'Título en español — ñ',
  'Ab',
];

/** Counts citation-js formatting calls made while `run` runs. */
function formatCalls(run: () => void): number {
  const format = vi.spyOn(plugins.output, 'format');
  try {
    run();
    return format.mock.calls.length;
  } finally {
    format.mockRestore();
  }
}

describe('formatVarying', () => {
  test('gives the same text as formatting each item in full, in Vancouver and APA, for pages and their findings', () => {
    for (const style of ['vancouver', 'apa']) {
      TITLES.forEach((title, n) => {
        for (const finding of [undefined, { id: 'pain-15-min', label: 'More than 50% pain reduction' }, { id: 'r2', label: 'Chart: Pain, 1 week?' }]) {
          expect(formatVarying(pageCsl(page(title, n), finding), style)).toBe(formatReference(pageCsl(page(title, n), finding), style));
        }
      });
    }
  });

  test('formats a stand-in once for every page that differs only in title and address', () => {
    formatVarying(pageCsl(page('Question zero about ketamine', 0, '2026-01-02')), 'vancouver');
    const calls = formatCalls(() => {
      for (let n = 1; n <= 20; n++) formatVarying(pageCsl(page(`Question number ${n} about ketamine`, 2 * n, '2026-01-02')), 'vancouver');
    });
    expect(calls).toBe(0);
  });

  test('a field citeproc rewrites (quotes, apostrophes) is formatted in full, with its curly quotes', () => {
    for (const title of ['Claim: "ketamine cures" pain', "Patients' pain scores"]) {
      const item = pageCsl(page(title, 7));
      const text = formatVarying(item, 'vancouver');
      expect(text).toBe(formatReference(pageCsl(page(title, 7)), 'vancouver'));
      expect(text).not.toContain(FIELD_SLUGS[0]);
    }
  });

  test('a style that changes the case of a title is never filled in from a stand-in', () => {
    const csl = plugins.config.get('@csl') as { templates: { add(name: string, xml: string): void; get(name: string): string } };
    csl.templates.add('test-upper-title', csl.templates.get('vancouver').replace('<text variable="title"/>', '<text variable="title" text-case="uppercase"/>'));
    // The first title is in upper case already, so only the mixed-case probe can show that the stand-in (D…?) is wrong.
    expect(formatVarying(pageCsl(page('DOES IT HELP?', 1)), 'test-upper-title')).toContain('DOES IT HELP?');
    const text = formatVarying(pageCsl(page('Does ketamine help?', 3)), 'test-upper-title');
    expect(text).toContain('DOES KETAMINE HELP?');
    expect(text).toBe(formatReference(pageCsl(page('Does ketamine help?', 3)), 'test-upper-title'));
  });
});

describe('isDerivable', () => {
  test('accepts plain titles and addresses', () => {
    expect(isDerivable('Does ketamine help? Pain at 15 minutes (1–2 weeks)')).toBe(true);
    expect(isDerivable('https://example.org/questions/q-1/#pain-15-min')).toBe(true);
  });

  test('refuses text citeproc may rewrite, text with a placeholder in it, and anything but a string of two characters or more', () => {
    for (const value of ['say "no"', "it's", 'a <b>bold</b> b', 'two  spaces', 'a -- b', ' padded', 'x', `a${FIELD_SLUGS[1]}b`, undefined, 3]) {
      expect(isDerivable(value)).toBe(false);
    }
  });
});
