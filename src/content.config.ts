import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { ArchivedClaimSchema, ClaimSchema } from './schemas/claim.ts';
import { ClaimSourceSchema } from './schemas/claim-source.ts';
import { ArchivedPageSchema, PageSchema } from './schemas/page.ts';
import { ArchivedQuestionSchema, QuestionSchema } from './schemas/question.ts';
import { ArchivedStudySchema, StudySchema } from './schemas/study.ts';

const markdownIn = (collection: string) => glob({ pattern: ['*.md', '!_*.md'], base: `./src/content/${collection}` });

/** Frozen versions of a collection's pages (versions/<collection>/<id>/<n>.md, written by `npm run release`); id "<id>/<n>". */
const versionsOf = (collection: string) => glob({ pattern: '*/*.md', base: `./versions/${collection}` });

export const collections = {
  studies: defineCollection({ loader: markdownIn('studies'), schema: StudySchema }),
  questions: defineCollection({ loader: markdownIn('questions'), schema: QuestionSchema }),
  claims: defineCollection({ loader: markdownIn('claims'), schema: ClaimSchema }),
  pages: defineCollection({ loader: markdownIn('pages'), schema: PageSchema }),
  sources: defineCollection({ loader: markdownIn('sources'), schema: ClaimSourceSchema }),
  // Each old version is checked against its collection's archived schema (its shape only: no evidence rules, cite keys or cross-references, which may have changed since) and rendered by the same Markdown pipeline.
  studyVersions: defineCollection({ loader: versionsOf('studies'), schema: ArchivedStudySchema }),
  questionVersions: defineCollection({ loader: versionsOf('questions'), schema: ArchivedQuestionSchema }),
  claimVersions: defineCollection({ loader: versionsOf('claims'), schema: ArchivedClaimSchema }),
  pageVersions: defineCollection({ loader: versionsOf('pages'), schema: ArchivedPageSchema }),
};
