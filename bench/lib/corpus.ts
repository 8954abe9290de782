/**
 * The synthetic corpus: N evidence pages in the site's four collections and a
 * bibliography of M entries, with the citation density of the real pages
 * (about 11 citation groups and 400 words of prose per page).
 */
import { generateBibliography, type SyntheticReference } from './bibliography.ts';
import { computedCertainty } from '../../src/lib/rules/grade.ts';
import { OPTIMAL_INFORMATION_SIZE } from '../../src/lib/rules/grade-domains.ts';
import type { Grade } from '../../src/schemas/grade.ts';
import { seeded, type Random } from './random.ts';
import { CERTAINTIES, DESIGNS, HEADINGS, sentence } from './vocabulary.ts';

export type Collection = 'studies' | 'questions' | 'claims' | 'pages' | 'sources';

export interface CorpusEntry {
  collection: Collection;
  /** File name without `.md` (a cite key for studies). */
  id: string;
  /** Front matter valid against the collection's schema in src/schemas. */
  data: Record<string, unknown>;
  /** Markdown body with `[@key]` citations. */
  body: string;
}

export interface Corpus {
  pages: number;
  references: number;
  bibliography: string;
  /** references/provenance.yaml: where each synthetic identifier was "seen" (example.org records). */
  provenance: string;
  entries: CorpusEntry[];
}

const REVIEWED = '2026-11-24';
const FIXED_PAGES = ['home', 'about', 'methods', 'glossary'];

/** Sections the site's own links point into (the footer links to both anchors on About: src/lib/site-nav.ts, src/lib/site.ts). */
const LINKED_SECTIONS: Record<string, string[]> = {
  about: [
    '## Funding and conflicts of interest\n\nThis synthetic site has no funding from industry or clinics.',
    '## How to report an error\n\nWrite to the editors and name the page and the sentence.',
  ],
};

function citation(random: Random, pool: readonly string[]): string {
  const size = random.next() < 0.75 ? 1 : random.next() < 0.8 ? 2 : 3;
  const keys = new Set(Array.from({ length: size }, () => random.pick(pool)));
  return `[${[...keys].map((k) => `@${k}`).join('; ')}]`;
}

function body(random: Random, pool: readonly string[]): string {
  const sections = random.int(3, 4);
  const parts: string[] = [];
  for (let s = 0; s < sections; s++) {
    parts.push(`## ${random.pick(HEADINGS)}`);
    for (let p = random.int(1, 2); p > 0; p--) {
      const sentences = Array.from({ length: random.int(3, 5) }, () => {
        const text = sentence(random);
        return random.next() < 0.45 ? `${text} ${citation(random, pool)}.` : `${text}.`;
      });
      parts.push(sentences.join(' '));
    }
  }
  return `${parts.join('\n\n')}\n`;
}

/**
 * The home page's bottom line, as a real site has it: points that link to questions' short answers
 * (the readability gate scores them, and fails a home page without any), worded to fit any certainty.
 */
function bottomLine(questions: readonly CorpusEntry[]): string {
  const points = questions.slice(0, 3).map((q, i) => `- **[Point ${i + 1}.](/questions/${q.id}/#short-answer)** We are very uncertain whether it helps.`);
  return `## The bottom line\n\n${points.join('\n')}\n\n`;
}

function citePool(random: Random, refs: readonly SyntheticReference[], own?: string): string[] {
  const pool = Array.from({ length: random.int(2, 5) }, () => refs[random.skewed(refs.length)]!.key);
  return own ? [own, own, own, ...pool] : pool;
}

function study(random: Random, judge: Random, ref: SyntheticReference, refs: readonly SyntheticReference[]): CorpusEntry {
  const n = random.int(10, 120);
  const half = Math.floor(n / 2);
  const results = Array.from({ length: random.int(2, 4) }, (_, i) => ({
    id: `result-${i + 1}`,
    measure: `More than 50% pain reduction, ${[15, 180, 1440, 10080][i]} minutes after the infusion`,
    hoursAfterDose: [0.25, 3, 24, 168][i],
    values: [random.int(0, half), random.int(0, half)],
    denominators: [half, n - half],
    // A P value is data (estimate.p), never words in comparison (src/lib/rules/study-rules.ts).
    ...random.pick([{ estimate: { p: '<0.05' } }, { comparison: 'not significant' }, { comparison: 'no difference' }]),
    finding: 'More responders with ketamine while the drug was in the blood.',
  }));
  return {
    collection: 'studies',
    id: ref.key,
    data: {
      // Titles stay under 70 characters, where the schemas would require a shortTitle.
      title: `Ketamine versus placebo in fibromyalgia (${ref.author} ${ref.year})`,
      // Worded for the lowest certainty a question can give (src/lib/rules/rated-studies.ts), so it fits every question that lists it.
      summary: `In ${n} people with fibromyalgia, ketamine may have eased pain briefly. Later effects are very uncertain.`,
      design: random.pick(DESIGNS),
      randomizationAndBlinding: 'Randomized, double-blind, parallel groups; midazolam as an active placebo',
      population: 'People with fibromyalgia (ACR 1990 criteria) at a university pain clinic',
      nEnrolled: n,
      arms: [
        { name: 'Ketamine', n: half, regimen: '0.3 mg/kg IV over 30 minutes' },
        { name: 'Midazolam (active placebo)', n: n - half, regimen: 'midazolam 5 mg IV' },
      ],
      followUp: '8 weeks',
      followUpDays: 56,
      outcomes: ['Pain (VAS) for 2.5 hours after the infusion', 'Fibromyalgia Impact Questionnaire, weekly for 8 weeks'],
      results,
      adverseEffects: 'Mild to moderate psychedelic side effects in both arms, which wore off quickly.',
      funding: 'Not reported in the sources we could check.',
      // Only a study read in full text can support risk of bias "not serious" (src/lib/rules/rated-studies.ts).
      read: judge.next() < 0.5 ? 'full text' : 'abstract',
      riskOfBias: ['Small sample, so a modest lasting effect could have been missed.'],
      lastReviewed: REVIEWED,
    },
    body: body(random, citePool(random, refs, ref.key)),
  };
}

/** The one publication every synthetic claim comes from (written by the evidence variants only; not a page). */
export const CLAIM_SOURCE: CorpusEntry = {
  collection: 'sources',
  id: 'promotional-article',
  data: { title: 'A promotional article', kind: 'promotional web article', firstSeen: REVIEWED, sha256: '0'.repeat(64) },
  body: 'A synthetic source for the benchmark corpus.',
};

/** An answer worded as GRADE recommends for each certainty (src/lib/rules/certainty-wording.ts). */
const HEDGES: Record<(typeof CERTAINTIES)[number], string> = {
  high: 'It is known whether',
  moderate: 'It is probably not true that',
  low: 'It may not be true that',
  'very low': 'We are very uncertain whether',
};

const NO_CONCERN = { level: 'not serious', reason: 'No concern found in this domain.' };

/** A judgement of "serious" about half the time, else "not serious". */
const concern = (random: Random, reason: string) => (random.next() < 0.5 ? { level: 'serious', reason } : NO_CONCERN);

/**
 * GRADE judgements for the study pages a question rates that keep the domain rules
 * (src/lib/rules/grade-domains.ts, src/lib/rules/rated-studies.ts), the certainty they give
 * (src/lib/rules/grade.ts) and an answer worded for it: risk of bias "not serious" only when every
 * study was read in full text; inconsistency "not applicable" for one study; imprecision with
 * its basis, never "not serious" below the optimal information size.
 */
export function graded(random: Random, rated: readonly CorpusEntry[]): Record<string, unknown> {
  const participants = rated.reduce((n, s) => n + Number(s.data.nEnrolled), 0);
  const allRead = rated.every((s) => s.data.read === 'full text');
  const small = participants < OPTIMAL_INFORMATION_SIZE;
  const grade = {
    start: 'randomized',
    body: 'Small randomized trials of one infusion.',
    studies: rated.map((s) => s.id),
    riskOfBias: allRead
      ? concern(random, 'Blinding may have been broken by the noticeable effects of the drug.')
      : { level: 'serious', reason: 'Not every study was read in full text, so risk of bias cannot be judged not serious.' },
    inconsistency:
      rated.length === 1
        ? { level: 'not applicable', reason: 'One study informs this outcome, so there is nothing to disagree with.' }
        : concern(random, 'The studies point in different directions for reasons not explained.'),
    indirectness: concern(random, 'Pain was measured within hours of the infusion, not weeks later.'),
    imprecision: {
      level: !small ? 'not serious' : rated.length === 1 ? 'very serious' : 'serious',
      reason: small ? `Only ${participants} participants, below the optimal information size.` : 'Enough participants, and the result excludes no effect.',
      participants,
      crossesNoEffect: small ? 'yes' : 'no',
    },
    publicationBias: concern(random, 'Small trials with null results may be unpublished.'),
  };
  const certainty = computedCertainty(grade as Grade);
  return { answer: `${HEDGES[certainty]} one infusion eases pain weeks later. Relief faded within hours.`, certainty, grade };
}

/** A deterministic corpus of `pages` content pages citing `references` BibTeX entries. */
export function generateCorpus(pages: number, references: number, seed = 7): Corpus {
  const random = seeded(seed);
  // Judgements the evidence rules need (how a study was read, GRADE levels) draw from a stream of their own,
  // so the text, numbers and citations stay those of earlier corpora and benchmark runs remain comparable.
  const judge = seeded(seed + 1);
  const { references: refs, text, provenance } = generateBibliography(random, references);
  const studyCount = Math.max(1, Math.min(refs.length, Math.round(pages * 0.35)));
  const rest = Math.max(0, pages - FIXED_PAGES.length - studyCount);
  const questionCount = Math.max(1, Math.ceil(rest / 2));
  const claimCount = Math.max(0, rest - questionCount);

  const studies = refs.slice(0, studyCount).map((ref) => study(random, judge, ref, refs));
  const studyIds = studies.map((s) => s.id);
  const questions: CorpusEntry[] = Array.from({ length: questionCount }, (_, i) => {
    const listed = [...new Set(Array.from({ length: random.int(1, 3) }, () => random.pick(studyIds)))];
    const pool = [...listed, ...citePool(random, refs)];
    random.next(); // the draw that once picked a certainty, which now follows from the judgements
    const drawn = body(random, pool);
    // The page cites every study it rates, so its reference list holds the anchors the home page's summary row links to.
    const uncited = listed.filter((key) => !drawn.includes(`@${key}]`) && !drawn.includes(`@${key};`));
    const text = uncited.length > 0 ? `${drawn}\nThe rated studies are listed here [${uncited.map((k) => `@${k}`).join('; ')}].\n` : drawn;
    return {
      collection: 'questions',
      id: `question-${i + 1}`,
      data: {
        title: `Does ketamine relieve fibromyalgia pain, question ${i + 1}?`,
        ...graded(
          judge,
          listed.map((id) => studies.find((s) => s.id === id)!),
        ),
        studies: listed,
        ...(i < 6
          ? {
              summaryOfFindings: {
                outcome: `Pain relief, outcome ${i + 1}`,
                finding: 'At 8 weeks, 2 of 12 in each group had less pain.',
                statement: 'We are very uncertain whether it makes any difference to pain.',
                cites: [listed[0]],
              },
            }
          : {}),
        order: i + 1,
        lastReviewed: REVIEWED,
      },
      body: text,
    };
  });
  const claims: CorpusEntry[] = Array.from({ length: claimCount }, (_, i) => {
    const listed = [...new Set(Array.from({ length: random.int(1, 2) }, () => random.pick(studyIds)))];
    const drawn = body(random, [...listed, ...citePool(random, refs)]);
    const text = drawn.includes('[@') ? drawn : `${drawn}\n\nSee the study [@${listed[0]}].`;
    const cited = [...new Set([...text.matchAll(/@([a-z0-9-]+)/g)].map((m) => m[1]!))];
    return {
      collection: 'claims',
      id: `claim-${i + 1}`,
      data: {
        title: `Ketamine gives lasting fibromyalgia pain relief, claim ${i + 1}`,
        // Verdicts that hold with the stances below (src/lib/rules/verdict-rules.ts).
        verdict: random.pick(['unsupported', 'contradicted']),
        verdictReason: 'The only trial with weeks of follow-up found no difference from placebo after the first hours.',
        source: CLAIM_SOURCE.id,
        quote: 'ketamine gives long-lasting relief from fibromyalgia pain',
        evidence: cited.map((cite, k) =>
          k === 0 ? { cite, stance: 'contradicts', strength: 'systematic review' } : { cite, stance: 'context', strength: 'opinion' },
        ),
        questions: [`question-${random.int(1, questionCount)}`],
        studies: listed,
        order: i + 1,
        lastReviewed: REVIEWED,
      },
      body: text,
    };
  });
  const fixed: CorpusEntry[] = FIXED_PAGES.map((id) => ({
    collection: 'pages',
    id,
    data: {
      title: `Ketamine for fibromyalgia: ${id}`,
      description: 'An independent, cited summary of what research shows about ketamine for fibromyalgia.',
      lastReviewed: REVIEWED,
    },
    body: [(id === 'home' ? bottomLine(questions) : '') + body(random, citePool(random, refs)), ...(LINKED_SECTIONS[id] ?? [])].join('\n'),
  }));
  const entries = [...fixed, ...studies, ...questions, ...claims];
  return { pages: entries.length, references: refs.length, bibliography: text, provenance, entries };
}

/** The body with every `[@…]` group removed (for the no-citation floor). */
export function stripCitations(markdown: string): string {
  return markdown.replace(/ ?\[@[^\]]*\]/g, '');
}

/** Cite keys whose reference-list entry (`#bib-<key>`) the site links to from this entry's data: a summary row's sources, a claim's evidence. */
function linkedReferences(entry: CorpusEntry): string[] {
  const row = entry.data.summaryOfFindings as { cites?: string[] } | undefined;
  const evidence = (entry.data.evidence as { cite: string }[] | undefined) ?? [];
  return [...new Set([...(row?.cites ?? []), ...evidence.map((e) => e.cite)])];
}

/**
 * The floor's body: citations stripped, and, since no citation plugin writes a reference list, one
 * plain heading per reference the site links to from data, whose heading id is that entry's anchor
 * (`Bib key` → `#bib-key`), so every site link still resolves (src/lib/checks/site-links.ts).
 */
export function floorBody(entry: CorpusEntry): string {
  const keys = linkedReferences(entry);
  const anchors = keys.length > 0 ? `\n## Sources\n\n${keys.map((key) => `### Bib ${key}\n`).join('\n')}` : '';
  return stripCitations(entry.body) + anchors;
}

/** Markdown file text: YAML front matter (one JSON value per key, which is valid YAML) and the body. */
export function markdownFile(data: Record<string, unknown>, text: string): string {
  const yaml = Object.entries(data).map(([k, v]) => `${k}: ${JSON.stringify(v)}`);
  return `---\n${yaml.join('\n')}\n---\n\n${text}`;
}
