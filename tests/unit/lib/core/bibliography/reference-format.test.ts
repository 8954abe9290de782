import { plugins } from '@citation-js/core';
import { describe, expect, test, vi } from 'vitest';
import { loadBibliography } from '../../../../../src/lib/core/bibliography/load.ts';
import { formatReference } from '../../../../../src/lib/core/bibliography/reference-format.ts';

const noppers = () => loadBibliography('tests/fixtures/bibliography/valid.bib').references.get('noppers2011absence')!.csl;

describe('formatReference', () => {
  test('formats a bibliography item in Vancouver, without the list number', () => {
    expect(formatReference(noppers())).toMatch(
      /^Noppers I, Sarton E\. Absence of long-term analgesic effect from a short-term S-ketamine infusion\. Eur(opean)? J(ournal of)? Pain/,
    );
  });

  test('formats a work once per style: a work cited on many pages costs one call to citation-js', () => {
    const item = noppers();
    const format = vi.spyOn(plugins.output, 'format');
    try {
      const first = formatReference(item);
      expect(formatReference(item)).toBe(first);
      const apa = formatReference(item, 'apa');
      expect(apa).not.toBe(first);
      expect(formatReference(item, 'apa')).toBe(apa);
      expect(format.mock.calls.length).toBeLessThanOrEqual(2);
    } finally {
      format.mockRestore();
    }
  });
});
