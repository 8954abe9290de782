import { describe, expect, test } from 'vitest';
import { topicProblems } from '../../../src/schemas/topic.ts';
import { TOPIC } from '../../../src/topic.ts';

const valid = {
  siteName: 'Melatonin for Jet Lag: The Evidence',
  siteUrl: 'https://melatonin-evidence.example.org',
  description: 'What research shows about melatonin for jet lag.',
  condition: { name: 'Jet lag', inText: 'jet lag', schemaType: 'MedicalCondition', people: 'people with jet lag', mixedGroup: 'Mixed sleep-disorder group' },
  intervention: { name: 'Melatonin', inText: 'melatonin', schemaType: 'Drug' },
  keywords: ['melatonin', 'jet lag'],
  searchPlaceholder: 'e.g. Smith, side effects',
  summaryCaption: 'Melatonin compared with placebo in travellers crossing time zones.',
  synonyms: [['jet lag', 'jetlag']],
  mapFindings: [{ label: 'brief benefit' }, { label: 'change without a comparison', uncontrolled: true }],
  pages: {
    studies: { description: 'Every primary study of melatonin for jet lag.' },
    questions: { description: 'The questions about melatonin for jet lag.' },
    claims: { description: 'Claims about melatonin for jet lag, checked.' },
    search: { description: 'Search the melatonin for jet lag evidence site.' },
    notFound: { description: 'This page does not exist on this evidence site.' },
  },
};

describe('topicProblems', () => {
  test("accepts this site's topic and a complete topic for another question", () => {
    expect(topicProblems(TOPIC)).toEqual([]);
    expect(topicProblems(valid)).toEqual([]);
  });

  test('names the file, every bad field and the fix', () => {
    const bad = { ...valid, siteUrl: 'https://melatonin-evidence.example.org/', intervention: { ...valid.intervention, schemaType: 'drug' } };
    expect(topicProblems(bad).map((p) => p.report)).toEqual([
      'src/topic.ts: topic siteUrl: an https origin without a path or trailing slash\n  Fix: correct the field (src/schemas/topic.ts says what each one means).',
      'src/topic.ts: topic intervention.schemaType: a schema.org type name, e.g. MedicalCondition or Drug\n  Fix: correct the field (src/schemas/topic.ts says what each one means).',
    ]);
  });

  test('the evidence map needs at least one finding phrase, each once', () => {
    const reports = (mapFindings: unknown) =>
      topicProblems({ ...valid, mapFindings })
        .map((p) => p.report)
        .join('\n');
    expect(reports([])).toContain('topic mapFindings:');
    expect(reports([{ label: 'same phrase' }, { label: 'same phrase' }])).toContain('topic mapFindings: each phrase once');
  });

  test('refuses an unknown field, so a misspelt one is not silently ignored', () => {
    expect(
      topicProblems({ ...valid, keyword: ['x'] })
        .map((p) => p.report)
        .join('\n'),
    ).toContain('Unrecognized key: "keyword"');
  });
});
