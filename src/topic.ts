/**
 * The topic of this site. A fork for another question edits this file, the
 * content in src/content/ and the bibliography in references/ (README, "Forking
 * for another question"); nothing else under src/ names the topic.
 */
import type { Topic } from './schemas/topic.ts';

/** Checked against TopicSchema when the build and `npm run validate` start. */
export const TOPIC: Topic = {
  siteName: 'Ketamine for Fibromyalgia: The Evidence',
  siteUrl: 'https://ketamine-fibromyalgia-evidence.example.org',
  description: 'An independent, cited summary of what research shows about ketamine and esketamine for fibromyalgia, study by study and question by question.',
  condition: {
    name: 'Fibromyalgia',
    inText: 'fibromyalgia',
    schemaType: 'MedicalCondition',
    people: 'people with fibromyalgia',
    mixedGroup: 'Mixed chronic-pain group',
  },
  intervention: { name: 'Ketamine', inText: 'ketamine', schemaType: 'Drug' },
  keywords: ['ketamine', 'esketamine', 'fibromyalgia', 'chronic pain', 'evidence summary'],
  searchPlaceholder: 'e.g. Noppers, side effects',
  summaryCaption: 'Ketamine or S-ketamine infusions compared with placebo or an active placebo, in adults with fibromyalgia.',
  synonyms: [
    ['esketamine', 'S-ketamine', 'S(+)-ketamine', 'S ketamine'],
    ['fibromyalgia', 'FM', 'fibromyalgia syndrome'],
    ['lidocaine', 'lignocaine'],
  ],
  mapFindings: [
    { label: 'benefit within the session' },
    { label: 'brief benefit, none lasting' },
    { label: 'prediction, not treatment' },
    { label: 'improvement without control group', uncontrolled: true },
  ],
  pages: {
    studies: {
      description: 'Every primary study of ketamine or S-ketamine in fibromyalgia, with its design, size and results.',
      intro: 'Primary studies of ketamine or S-ketamine in people with fibromyalgia, oldest first within each group.',
    },
    questions: { description: 'The clinical questions about ketamine for fibromyalgia, each answered with a GRADE certainty rating.' },
    claims: {
      description: 'Claims made in promotional writing about ketamine infusions for fibromyalgia, each checked against the studies.',
      intro:
        'Claims from an article promoting ketamine infusions for fibromyalgia, each with a verdict on one scale: supported, partly supported, misleading, unsupported, contradicted.',
    },
    search: {
      description: 'Search every study, question and claim on the ketamine for fibromyalgia evidence site, by words, names, DOIs, PMIDs or trial numbers.',
    },
    notFound: { description: 'This page does not exist on the ketamine for fibromyalgia evidence site.' },
  },
};
