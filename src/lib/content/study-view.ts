/** What a study page or card shows about a study, derived from its data and the bibliography. */
import type { Study } from '../../schemas/study.ts';
import { projectBibliography } from '../core/bibliography/load.ts';
import { identifierLinks, type IdentifierLink } from '../core/bibliography/identifiers.ts';
import { shortLabel, year } from './labels.ts';
import { studyFactsLine } from './study-facts.ts';
import { formatReference } from '../core/bibliography/reference-format.ts';

export interface StudyView {
  /** Cite key and page id. */
  id: string;
  /** "Smith et al. 2020". */
  label: string;
  /** Publication year. */
  year: number | undefined;
  /** The main publication, formatted in the site's CSL style. */
  reference: string;
  /** DOI / PubMed links of the main publication. */
  links: IdentifierLink[];
  /** Design, participants and follow-up, e.g. "Randomized controlled trial · 24 participants · follow-up: 8 weeks". */
  oneLine: string;
}

export function studyView(id: string, study: Study): StudyView {
  const ref = projectBibliography().references.get(id);
  if (!ref) throw new Error(`study "${id}" has no bibliography entry (checked at build start; this should not happen)`);
  return {
    id,
    label: shortLabel(ref.csl),
    year: year(ref.csl),
    reference: formatReference(ref.csl),
    links: identifierLinks(ref.csl),
    oneLine: studyFactsLine(study),
  };
}
