/**
 * Outbound identifiers, checked offline: every DOI, PubMed, PMC and
 * ClinicalTrials.gov link in the built pages is well formed.
 */
import { selectAll } from 'hast-util-select';
import type { Root } from 'hast';

/** Crossref's recommended pattern for modern DOIs, with the characters older DOIs use. */
const DOI = /^10\.\d{4,9}\/[-._;()/:<>A-Za-z0-9[\]]+$/;
const PMID = /^[1-9]\d{0,8}$/;
const PMCID = /^PMC\d{1,9}$/;
const NCT = /^NCT\d{8}$/;

export interface OutboundIdentifier {
  kind: 'doi' | 'pmid' | 'pmcid' | 'nct';
  value: string;
  href: string;
}

const HOSTS: { kind: OutboundIdentifier['kind']; pattern: RegExp }[] = [
  { kind: 'doi', pattern: /^https:\/\/(?:dx\.)?doi\.org\/(.+)$/ },
  { kind: 'pmid', pattern: /^https:\/\/pubmed\.ncbi\.nlm\.nih\.gov\/([^/?#]*)\/?$/ },
  { kind: 'pmcid', pattern: /^https:\/\/(?:www\.ncbi\.nlm\.nih\.gov\/pmc\/articles|pmc\.ncbi\.nlm\.nih\.gov\/articles)\/([^/?#]*)\/?$/ },
  { kind: 'nct', pattern: /^https:\/\/(?:www\.)?clinicaltrials\.gov\/(?:study|ct2\/show)\/([^/?#]*)\/?$/ },
];

/** The identifier an outbound link points at, if it is a DOI, PubMed, PMC or registry link. */
export function identifierOf(href: string): OutboundIdentifier | undefined {
  for (const { kind, pattern } of HOSTS) {
    const match = pattern.exec(href);
    if (match) return { kind, value: decodeURIComponent(match[1]!), href };
  }
  return undefined;
}

/** Why the identifier is malformed, or undefined when it is well formed. */
export function identifierProblem({ kind, value }: Pick<OutboundIdentifier, 'kind' | 'value'>): string | undefined {
  const ok = { doi: DOI, pmid: PMID, pmcid: PMCID, nct: NCT }[kind].test(value);
  if (ok) return undefined;
  const expected = {
    doi: '10.<registrant>/<suffix>',
    pmid: 'a number without leading zeros',
    pmcid: 'PMC followed by digits',
    nct: 'NCT followed by 8 digits',
  }[kind];
  return `malformed ${kind.toUpperCase()} "${value}": expected ${expected}`;
}

/** Every identifier link in a page, with its problem if it has one. */
export function identifierLinks(tree: Root): (OutboundIdentifier & { problem?: string })[] {
  return selectAll('a[href]', tree).flatMap((a) => {
    const id = identifierOf(String(a.properties.href));
    return id ? [{ ...id, problem: identifierProblem(id) }] : [];
  });
}
