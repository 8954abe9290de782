/**
 * The topic of the site: everything a fork for another question changes outside
 * `src/content/` and `references/`. One plain object in src/topic.ts (plain, so
 * browser scripts that import site facts do not bundle Zod), checked by this
 * schema when the build and `npm run validate` start. No component or module
 * names the topic itself (a quality test greps for it).
 */
import { z } from 'astro/zod';
import { EvidenceBuildError } from '../lib/core/build-error.ts';

const Sentence = z
  .string()
  .min(10)
  .regex(/[.!?]$/, 'end the sentence with a full stop');

/** What the evidence is about on one side of the question: the condition or the intervention. */
const Subject = z.strictObject({
  /** Name as a heading or title would write it, e.g. "Migraine". */
  name: z.string().min(2),
  /** The name inside a sentence, e.g. "migraine". */
  inText: z.string().min(2),
  /** schema.org type for JSON-LD, e.g. "MedicalCondition" for a condition, "Drug" or "MedicalTherapy" for an intervention. */
  schemaType: z.string().regex(/^[A-Z][A-Za-z]+$/, 'a schema.org type name, e.g. MedicalCondition or Drug'),
});

/** Text of a list page: its meta description and the sentence under its heading. */
const ListPage = z.strictObject({
  /** Meta description for search engines and link previews. */
  description: Sentence,
  /** Sentence shown under the page heading; omit to show none. */
  intro: Sentence.optional(),
});

export const TopicSchema = z.strictObject({
  /** The site's name, as readers cite it; also the organisation that publishes it. */
  siteName: z.string().min(3),
  /** Canonical origin of the published site, without a trailing slash. */
  siteUrl: z.url().regex(/^https:\/\/[^/]+$/, 'an https origin without a path or trailing slash'),
  /** One sentence saying what the site is, for the home page's metadata and the feed. */
  description: Sentence,
  /** The condition the evidence is about (JSON-LD `about` of every page). */
  condition: Subject.extend({
    /** The people studied, inside a sentence, e.g. "people with migraine". */
    people: z.string().min(3),
    /** How a study of a wider group that includes them is labelled, e.g. "Mixed headache group". */
    mixedGroup: z.string().min(3),
  }),
  /** The intervention the evidence is about (JSON-LD `mentions` of every page). */
  intervention: Subject,
  /** Keywords for `<meta name="keywords">` and the citation metadata. */
  keywords: z.array(z.string().min(2)).min(1),
  /** Example queries in the search box, e.g. "e.g. Smith, side effects". */
  searchPlaceholder: z.string().min(3),
  /** Caption of the home page's summary-of-findings table: the comparison its rows describe. */
  summaryCaption: Sentence,
  /**
   * The scale of what a study found, as the evidence map marks it (a study's `mapFinding`), in the order of
   * the legend; each phrase gets its own symbol and colour. `uncontrolled` draws it hollow: a finding with
   * nothing to compare it to.
   */
  mapFindings: z
    .array(z.strictObject({ label: z.string().min(3), uncontrolled: z.boolean().optional() }))
    .min(1)
    .max(8)
    .refine((list) => new Set(list.map((f) => f.label)).size === list.length, 'each phrase once'),
  /** Groups of interchangeable topic terms for search; a page using any term is found by all. */
  synonyms: z.array(z.array(z.string().min(1)).min(2)),
  /** Text of the list pages and of the pages every site has. */
  pages: z.strictObject({
    /** /studies/ */
    studies: ListPage,
    /** /questions/ */
    questions: ListPage,
    /** /claims/ */
    claims: ListPage,
    /** /search/ */
    search: ListPage,
    /** The 404 page. */
    notFound: ListPage,
  }),
});
export type Topic = z.output<typeof TopicSchema>;

/** Every problem with a topic configuration, each naming the file and the field. */
export function topicProblems(topic: unknown, file = 'src/topic.ts'): EvidenceBuildError[] {
  const result = TopicSchema.safeParse(topic);
  return result.success
    ? []
    : result.error.issues.map(
        (i) =>
          new EvidenceBuildError(
            { file },
            `topic ${i.path.join('.') || '(the whole object)'}: ${i.message}`,
            'correct the field (src/schemas/topic.ts says what each one means).',
          ),
      );
}
