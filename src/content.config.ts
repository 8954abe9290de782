import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { ClaimSchema } from './schemas/claim.ts';
import { ClaimSourceSchema } from './schemas/claim-source.ts';
import { PageSchema } from './schemas/page.ts';
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
  // Each old version is checked by its collection's own schema (questions: without the GRADE domain rules, studies: without the number-as-data rules, both added after they were frozen) and rendered by the same Markdown pipeline.
  studyVersions: defineCollection({ loader: versionsOf('studies'), schema: ArchivedStudySchema }),
  questionVersions: defineCollection({ loader: versionsOf('questions'), schema: ArchivedQuestionSchema }),
  claimVersions: defineCollection({ loader: versionsOf('claims'), schema: ClaimSchema }),
  pageVersions: defineCollection({ loader: versionsOf('pages'), schema: PageSchema }),
};
