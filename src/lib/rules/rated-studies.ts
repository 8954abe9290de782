/**
 * Rules that join a question's GRADE rating to the study pages it rests on, so they run over
 * every content file's raw front matter before the build (with the finding statements):
 * - each study in `grade.studies` that has a page is also in the question's `studies`;
 * - risk of bias is "not serious" only when every rated study has a page that records
 *   `read: full text` (a study read only as an abstract, or without a page, cannot show it);
 * - a study's one-line `summary` uses the wording GRADE suggests for the certainty of every
 *   effect question that lists the study, as the question's own short answer does.
 */
import { EvidenceBuildError } from '../core/build-error.ts';
import type { ContentFrontmatter } from '../core/front-matter-syntax.ts';
import { CERTAINTY_WORDING, wordingProblem } from './certainty-wording.ts';
import { SCALE } from './grade.ts';
import type { Certainty } from './scales.ts';

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
const record = (value: unknown): Record<string, unknown> => (value && typeof value === 'object' ? (value as Record<string, unknown>) : {});

/** Problems with one question's rated studies: pages missing from `studies`, and risk of bias judged without a full-text reading. */
function questionProblems(question: ContentFrontmatter, studyPages: ReadonlyMap<string, ContentFrontmatter>): EvidenceBuildError[] {
  const grade = record(question.frontmatter['grade']);
  const rated = strings(grade['studies']);
  const listed = new Set(strings(question.frontmatter['studies']));
  const problems = rated
    .filter((key) => studyPages.has(key) && !listed.has(key))
    .map(
      (key) =>
        new EvidenceBuildError(
          { file: question.file },
          `grade.studies names the study page "${key}", but the question's studies list does not.`,
          `add ${key} to studies, so the study page links back to this question, or remove it from grade.studies.`,
        ),
    );
  if (record(grade['riskOfBias'])['level'] !== 'not serious') return problems;
  const notRead = rated.filter((key) => studyPages.get(key)?.frontmatter['read'] !== 'full text');
  if (notRead.length > 0) {
    const which = notRead.map((key) =>
      studyPages.has(key) ? `${key} (read: ${String(studyPages.get(key)!.frontmatter['read'] ?? 'abstract')})` : `${key} (no study page)`,
    );
    problems.push(
      new EvidenceBuildError(
        { file: question.file },
        `grade.riskOfBias is "not serious", but not every rated study was read in full text: ${which.join(', ')}. Risk of bias cannot be judged "not serious" from an abstract.`,
        `rate riskOfBias serious (or very serious) and say the full text was not read, or read the full text and set read: full text on the study page.`,
      ),
    );
  }
  return problems;
}

/** Each effect question's certainty, by the ids of the study pages it lists. */
function certaintiesByStudy(questions: readonly ContentFrontmatter[]): Map<string, { question: string; certainty: Certainty }[]> {
  const byStudy = new Map<string, { question: string; certainty: Certainty }[]>();
  for (const q of questions) {
    const certainty = q.frontmatter['certainty'];
    if (typeof certainty !== 'string' || !(certainty in CERTAINTY_WORDING)) continue;
    for (const id of strings(q.frontmatter['studies'])) byStudy.set(id, [...(byStudy.get(id) ?? []), { question: q.id, certainty: certainty as Certainty }]);
  }
  return byStudy;
}

/** A study summary worded more surely than the certainty of a question it feeds (named with the strictest such certainty). */
function summaryProblems(study: ContentFrontmatter, feeds: readonly { question: string; certainty: Certainty }[]): EvidenceBuildError[] {
  const summary = study.frontmatter['summary'];
  if (typeof summary !== 'string') return [];
  const failing = feeds.filter(({ certainty }) => wordingProblem(certainty, summary));
  if (failing.length === 0) return [];
  const strictest = failing.map((f) => f.certainty).sort((a, b) => SCALE.indexOf(b) - SCALE.indexOf(a))[0]!;
  return [
    new EvidenceBuildError(
      { file: study.file },
      `summary: ${wordingProblem(strictest, summary)}. The study informs ${failing.map((f) => `${f.question} (${f.certainty})`).join(', ')}.`,
      `reword the summary as a question's short answer would be, e.g. "${CERTAINTY_WORDING[strictest].example}".`,
    ),
  ];
}

/** Every rated-study problem in the project's content. */
export function checkRatedStudies(entries: readonly ContentFrontmatter[]): EvidenceBuildError[] {
  const questions = entries.filter((e) => e.collection === 'questions');
  const studyPages = new Map(entries.filter((e) => e.collection === 'studies').map((e) => [e.id, e] as const));
  const byStudy = certaintiesByStudy(questions);
  return [
    ...questions.flatMap((q) => questionProblems(q, studyPages)),
    ...[...studyPages.values()].flatMap((s) => summaryProblems(s, byStudy.get(s.id) ?? [])),
  ];
}
