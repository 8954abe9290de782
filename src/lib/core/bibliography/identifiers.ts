/** Outbound links for the identifiers a reference may carry. */
import type { CslItem } from './types.ts';

export interface IdentifierLink {
  /** Short label shown to readers, e.g. "PubMed 21482474". */
  label: string;
  /** Absolute URL of the record. */
  href: string;
  /** Which identifier this is. */
  kind: 'doi' | 'pmid' | 'pmcid' | 'url';
}

export function identifierLinks(item: CslItem): IdentifierLink[] {
  const links: IdentifierLink[] = [];
  if (item.DOI) links.push({ kind: 'doi', label: `doi:${item.DOI}`, href: `https://doi.org/${item.DOI}` });
  if (item.PMID) links.push({ kind: 'pmid', label: `PubMed ${item.PMID}`, href: `https://pubmed.ncbi.nlm.nih.gov/${item.PMID}/` });
  if (item.PMCID) links.push({ kind: 'pmcid', label: item.PMCID, href: `https://pmc.ncbi.nlm.nih.gov/articles/${item.PMCID}/` });
  if (links.length === 0 && item.URL) links.push({ kind: 'url', label: 'Online record', href: item.URL });
  return links;
}
