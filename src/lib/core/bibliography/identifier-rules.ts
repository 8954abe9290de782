/**
 * The forms a bibliography identifier must have, checked when the bibliography is
 * loaded so a mistyped DOI, PubMed, PubMed Central or trial number fails the build
 * instead of printing a dead link.
 */
import type { CslItem } from './types.ts';

/** Identifier fields (CSL name → BibTeX name), the form each must have, and an example. */
export const IDENTIFIER_RULES = [
  { field: 'DOI', bibtex: 'doi', pattern: /^10\.\d{4,9}\/\S+$/, example: '10.1016/j.pain.2011.03.026' },
  { field: 'PMID', bibtex: 'pmid', pattern: /^[1-9]\d{0,8}$/, example: '21546160' },
  { field: 'PMCID', bibtex: 'pmcid', pattern: /^PMC\d{4,9}$/, example: 'PMC8675611' },
] as const;

/** Trial registry numbers written in a registry record's publisher line or note. */
const REGISTRY = /\b(NCT\d+|ISRCTN\d+)\b/g;
const REGISTRY_FORMS: Record<string, RegExp> = { NCT: /^NCT\d{8}$/, ISRCTN: /^ISRCTN\d{8}$/ };

/** Trial registry numbers an entry carries in its publisher line (`howpublished`, `institution`), note or URL, each once. */
export function registryNumbers(item: CslItem): string[] {
  const text = [item.publisher, item.note, item.URL].filter(Boolean).join(' ');
  return [...new Set([...text.matchAll(REGISTRY)].map(([id]) => id))];
}

/** What is wrong with each identifier of an entry, as "field: problem" sentences. */
export function identifierProblems(item: CslItem): string[] {
  const problems: string[] = [];
  for (const rule of IDENTIFIER_RULES) {
    const value = item[rule.field];
    if (value === undefined) continue;
    if (!rule.pattern.test(String(value)))
      problems.push(`${rule.bibtex} "${String(value)}" is not a ${rule.field} (write it like ${rule.example}, without a URL or prefix)`);
  }
  for (const id of registryNumbers(item)) {
    const kind = id.startsWith('NCT') ? 'NCT' : 'ISRCTN';
    if (!REGISTRY_FORMS[kind]!.test(id)) problems.push(`registry number "${id}" is not a ${kind} number (${kind} followed by 8 digits)`);
  }
  return problems;
}
