/**
 * One line about a study we summarise (design, participants, follow-up), read
 * from its page's front matter, for citation previews. Undefined when the
 * cited work has no study page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { CONTENT_DIR, entryIds } from '../core/content-index.ts';
import { studyFactsLine } from './study-facts.ts';
import { projectRoot } from '../core/project-root.ts';
import { entryPath } from '../core/urls.ts';

export interface StudyCard {
  /** Path of the study page. */
  path: string;
  /** e.g. "Randomized controlled trial · 24 participants · follow-up: 8 weeks" (see studyFactsLine). */
  line: string;
}

const cache = new Map<string, StudyCard | undefined>();

export function studyCard(key: string, root: string = projectRoot()): StudyCard | undefined {
  const cacheKey = `${root}\0${key}`;
  if (cache.has(cacheKey)) return cache.get(cacheKey);
  let card: StudyCard | undefined;
  if (entryIds('studies', root).has(key)) {
    const frontmatter = studyFrontmatter(join(root, CONTENT_DIR, 'studies', `${key}.md`));
    const { design, nEnrolled, followUpDays } = (frontmatter ?? {}) as { design?: string; nEnrolled?: number; followUpDays?: number | null };
    card = frontmatter && { path: entryPath('studies', key), line: studyFactsLine({ design, nEnrolled, followUpDays }) };
  }
  cache.set(cacheKey, card);
  return card;
}

/**
 * A study page's front matter, or undefined when it is not valid YAML. The page that
 * cites the study is not at fault: the study's own file is reported, with its line, by
 * the front-matter check (the build stops there; `npm run validate` names it), so a
 * citing page shows no card rather than failing under the wrong file name.
 */
function studyFrontmatter(file: string): Record<string, unknown> | undefined {
  try {
    return parseFrontmatter(readFileSync(file, 'utf8')).frontmatter;
  } catch {
    return undefined;
  }
}
