/**
 * Sample pages and words for the generic tests, derived from the content and the
 * topic configuration, so the same tests run on a fork's content (tests/build/fork.test.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { TOPIC } from '../../src/topic.ts';

type Data = Record<string, unknown>;
interface Entry {
  id: string;
  data: Data;
  body: string;
}

export function contentEntries(collection: string): Entry[] {
  return readdirSync(`src/content/${collection}`)
    .filter((f) => f.endsWith('.md') && !f.startsWith('_'))
    .sort()
    .map((f) => {
      const { frontmatter, content } = parseFrontmatter(readFileSync(`src/content/${collection}/${f}`, 'utf8'));
      return { id: f.replace(/\.md$/, ''), data: frontmatter as Data, body: content };
    });
}

const studies = contentEntries('studies');
const questions = contentEntries('questions');
const claims = contentEntries('claims');
const bibTitles = new Map(parseBibtex(readFileSync('references/library.bib', 'utf8')).entries.map((e) => [e.key, String(e.fields.title ?? '')]));

/** A question whose body cites one of the study pages (one with a title), with that study: where a citation preview shows a study card. */
const citing = questions.flatMap((q) => studies.filter((s) => q.body.includes(`@${s.id}`) && bibTitles.get(s.id)).map((s) => ({ question: q, study: s })))[0];
if (!citing) throw new Error('No question cites a study page whose entry has a title: the generic tests need at least one.');
/** A question readers ask in their own words (its first askedAs phrasing), or by its title. */
const asked = questions.find((q) => Array.isArray(q.data.askedAs) && q.data.askedAs.length > 0) ?? questions[0]!;

const words = (text: string) => new Set(text.toLowerCase().match(/\b[a-z]{8,}\b/g) ?? []);
const allBodies = ['studies', 'questions', 'claims', 'pages'].flatMap((c) => contentEntries(c)).map((e) => words(`${e.body} ${JSON.stringify(e.data)}`));
/** A long word of the first study's body that the fewest content files use: a query with few results. */
const rareWord = [...words(studies[0]!.body)]
  .map((w) => [w, allBodies.filter((b) => b.has(w)).length] as const)
  .sort((x, y) => x[1] - y[1] || x[0].localeCompare(y[0]))[0]?.[0];

export const SAMPLE = {
  /** A word few pages use (fewer than a page of results). */
  rareWord: rareWord ?? TOPIC.intervention.inText,
  /** A study page. */
  study: studies[0]!.id,
  /** Words of that study page's heading: a query that must find it. */
  studyQuery: String(studies[0]!.data.title),
  /** A claim page, its claim and the reason for its verdict. */
  claim: claims[0]!.id,
  claimTitle: String(claims[0]!.data.title),
  claimReason: String(claims[0]!.data.verdictReason),
  /** The topic's own words only (the condition and the intervention), which ask about the whole topic. */
  topicQuery: `${TOPIC.condition.inText} ${TOPIC.intervention.inText}`,
  /** A question page that cites a study page, and that study. */
  citingQuestion: citing.question.id,
  citedStudy: citing.study.id,
  /** The cited study's title in the bibliography, shown in its preview. */
  citedStudyTitle: bibTitles.get(citing.study.id) ?? '',
  /** The cited study's design, shown in its preview's study card. */
  citedStudyDesign: String(citing.study.data.design),
  /** A question and how a reader asks it. */
  askedQuestion: asked.id,
  askedQuery: Array.isArray(asked.data.askedAs) && asked.data.askedAs.length > 0 ? String(asked.data.askedAs[0]) : String(asked.data.title),
  askedAnswer: String(asked.data.answer),
  askedCertainty: asked.data.certainty as string | undefined,
  /** A word on most pages: the intervention's name. */
  commonWord: TOPIC.intervention.inText,
};

/** The search page's address for a query (and filters), encoded as its form encodes them: a two-word name stays one query. */
export const searchPath = (q: string, filters: Record<string, string> = {}): string => `/search/?${new URLSearchParams({ q, ...filters }).toString()}`;

/** A RegExp source that matches `text` literally, for names with dots, brackets or plus signs. */
export const literal = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** True for the search page's URL with exactly this query and these filters, however the page encoded them. */
export const isSearchUrl =
  (q: string, filters: Record<string, string> = {}) =>
  (url: URL): boolean =>
    url.pathname === '/search/' &&
    url.searchParams.get('q') === q &&
    Object.entries(filters).every(([k, v]) => url.searchParams.get(k) === v) &&
    [...url.searchParams.keys()].length === 1 + Object.keys(filters).length;
