/**
 * Statements of a finding made outside its own page, such as the home page's
 * bottom line. A paragraph or list item that links to a question's short answer
 * (`/questions/<id>/#short-answer`, the finding's id) states that finding, so it
 * must use the wording GRADE recommends for the question's certainty.
 */
import { EvidenceBuildError } from '../checks/build-error.ts';
import type { ContentFrontmatter } from '../checks/front-matter-syntax.ts';
import { CERTAINTY_WORDING, wordingProblem } from './certainty-wording.ts';
import type { Certainty } from '../../schemas/common.ts';

/** A link to a question's short answer in Markdown: `](/questions/<id>/#short-answer)`. */
const FINDING_LINK = /\]\(\/questions\/([^/)#\s]+)\/#short-answer\)/g;
const LIST_ITEM = /^\s*(?:[-*+]|\d+[.)])\s/;
const HEADING = /^\s{0,3}#{1,6}\s/;

/** One paragraph or list item of a Markdown body that links to one or more findings. */
export interface FindingStatement {
  /** 1-based line of the block's first line in the file. */
  line: number;
  /** The block's words, without Markdown links, emphasis or citations. */
  text: string;
  /** Ids of the questions whose short answers it links to. */
  questions: string[];
}

/** The block's words as a reader sees them: link text kept, targets, emphasis and `[@key]` citations dropped. */
export function plainWords(markdown: string): string {
  return markdown
    .replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '')
    .replace(/\s*\[[^\]]*@[^\]]*\]/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Paragraphs and list items of a Markdown body that link to a finding. `firstLine`
 * is the file line of the body's first line, so messages point into the file.
 */
export function findingStatements(body: string, firstLine = 1): FindingStatement[] {
  const blocks: { line: number; lines: string[] }[] = [];
  let current: { line: number; lines: string[] } | undefined;
  body.split('\n').forEach((text, i) => {
    const blank = text.trim() === '';
    if (blank || HEADING.test(text) || LIST_ITEM.test(text)) current = undefined;
    if (blank || HEADING.test(text)) return;
    if (!current) blocks.push((current = { line: firstLine + i, lines: [] }));
    current.lines.push(text);
  });
  return blocks.flatMap(({ line, lines }) => {
    const markdown = lines.join('\n');
    const questions = [...new Set([...markdown.matchAll(FINDING_LINK)].map((m) => m[1]!))];
    return questions.length > 0 ? [{ line, text: plainWords(markdown), questions }] : [];
  });
}

/** What the check needs to know about each question: its certainty, or none for a descriptive question. */
export type QuestionCertainties = ReadonlyMap<string, Certainty | undefined>;

/**
 * Problems with the finding statements in one file: a link to a question that does
 * not exist, or wording surer than the linked question's certainty allows.
 */
export function findingStatementProblems(file: string, statements: readonly FindingStatement[], certainties: QuestionCertainties): EvidenceBuildError[] {
  return statements.flatMap(({ line, text, questions }) =>
    questions.flatMap((id) => {
      if (!certainties.has(id)) {
        return [
          new EvidenceBuildError(
            { file, line },
            `links to the finding /questions/${id}/#short-answer, but there is no question "${id}".`,
            `link to an existing question in src/content/questions/, or remove the link.`,
          ),
        ];
      }
      const certainty = certainties.get(id);
      const problem = certainty && wordingProblem(certainty, text);
      return problem
        ? [
            new EvidenceBuildError(
              { file, line },
              `states the finding /questions/${id}/#short-answer: ${problem}.`,
              `reword the statement, or link it to the finding it really states.`,
            ),
          ]
        : [];
    }),
  );
}

/** Each question's certainty, read from raw front matter before the build (descriptive questions have none). */
export function questionCertainties(entries: readonly ContentFrontmatter[]): QuestionCertainties {
  return new Map(
    entries
      .filter((e) => e.collection === 'questions')
      .map((e) => {
        const certainty = e.frontmatter['certainty'];
        return [e.id, typeof certainty === 'string' && certainty in CERTAINTY_WORDING ? (certainty as Certainty) : undefined] as const;
      }),
  );
}

/** Every finding statement in every content file, checked against its question's certainty. */
export function checkFindingStatements(entries: readonly ContentFrontmatter[]): EvidenceBuildError[] {
  const certainties = questionCertainties(entries);
  return entries.flatMap((e) => findingStatementProblems(e.file, findingStatements(e.body), certainties));
}
