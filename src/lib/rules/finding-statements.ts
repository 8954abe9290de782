/**
 * Statements of a finding made outside its own page, such as the home page's
 * bottom line. A paragraph or list item that links to a question's short answer
 * (`/questions/<id>/#short-answer`, the finding's id) states that finding, so it
 * must use the wording GRADE recommends for the question's certainty. The body
 * is read as mdast, so every link syntax counts.
 */
import { EvidenceBuildError } from '../core/build-error.ts';
import type { ContentFrontmatter } from '../core/front-matter-syntax.ts';
import { CERTAINTY_WORDING, wordingProblem } from './certainty-wording.ts';
import type { Certainty } from './scales.ts';
import type { Parents } from 'mdast';
import { visit } from 'unist-util-visit';
import { visitParents } from 'unist-util-visit-parents';
import { contentTree, readerText } from '../core/content-tree.ts';
import { SITE_URL } from '../site.ts';

/** The anchor of a question's short answer, the finding's id. */
const FINDING_HASH = '#short-answer';
const QUESTION_PATH = /^\/questions\/([^/]+)\/?$/;

/**
 * The question whose short answer `url` points at, or undefined: a site-relative
 * link, a relative one or an absolute URL on the site, with or without the trailing slash.
 */
export function findingOf(url: string): string | undefined {
  let target: URL;
  try {
    target = new URL(url, SITE_URL);
  } catch {
    return undefined;
  }
  if (target.origin !== new URL(SITE_URL).origin || target.hash !== FINDING_HASH) return undefined;
  const id = QUESTION_PATH.exec(target.pathname)?.[1];
  return id === undefined ? undefined : decodeURIComponent(id);
}

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
  return readerText(contentTree(markdown));
}

/** The block whose words state what a link says: the nearest list item, else the paragraph, table cell or heading. */
function statementBlock(ancestors: readonly Parents[]): Parents | undefined {
  return (
    ancestors.findLast((a) => a.type === 'listItem') ?? ancestors.findLast((a) => a.type === 'paragraph' || a.type === 'tableCell' || a.type === 'heading')
  );
}

/**
 * Paragraphs and list items of a Markdown body that link to a finding, by any
 * link syntax (inline, with a title, reference-style through a definition, or an
 * absolute URL on the site). `firstLine` is the file line of the body's first
 * line, so messages point into the file.
 */
export function findingStatements(body: string, firstLine = 1): FindingStatement[] {
  const tree = contentTree(body);
  const definitions = new Map<string, string>();
  visit(tree, 'definition', (node) => {
    if (!definitions.has(node.identifier)) definitions.set(node.identifier, node.url);
  });
  const blocks = new Map<Parents, Set<string>>();
  visitParents(tree, (node, ancestors) => {
    const url = node.type === 'link' ? node.url : node.type === 'linkReference' ? definitions.get(node.identifier) : undefined;
    const question = url === undefined ? undefined : findingOf(url);
    const block = question === undefined ? undefined : statementBlock(ancestors);
    if (question === undefined || block === undefined) return;
    blocks.set(block, (blocks.get(block) ?? new Set()).add(question));
  });
  return [...blocks].map(([block, questions]) => ({
    line: firstLine + (block.position?.start.line ?? 1) - 1,
    text: readerText(block),
    questions: [...questions],
  }));
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
