/**
 * What reference managers and search engines read in a page's head: Highwire
 * `citation_*` tags (Google Scholar, Zotero), Dublin Core, Open Graph and
 * schema.org JSON-LD. Built from the same CSL items as the citations.
 */
import { projectBibliography } from '../core/bibliography/load.ts';
import type { CslItem } from '../core/bibliography/types.ts';
import { pageCsl, pageVersion, REPORT_TYPE, type CitablePage } from './page-citation.ts';
import { displayName, ET_AL, metadataAuthors, metadataEtAl } from '../core/bibliography/names.ts';
import { LICENSE_URL, SITE_NAME, SITE_URL } from '../site.ts';
import { TOPIC } from '../../topic.ts';

/** One `<meta>` tag: `name` for Highwire and Dublin Core, `property` for Open Graph. */
export type MetaTag = { name: string; content: string } | { property: string; content: string };

/** A claim review, for claim pages. */
export interface ReviewedClaim {
  /** The claim, paraphrased. */
  claim: string;
  /** Verdict on the site's scale. */
  verdict: string;
  /** One-sentence reason for the verdict. */
  reason: string;
  /** Where the claim appeared, as a schema.org CreativeWork (see src/lib/content/claim-source.ts). */
  appearance: Record<string, unknown>;
}

export interface PageMetadataInput extends CitablePage {
  /** Page type: study, question, claim or page. */
  type: string;
  /** Cited works, in order of first citation. */
  cited: readonly CslItem[];
  /** Present on claim pages. */
  claimReview?: ReviewedClaim;
}

export interface PageMetadata {
  tags: MetaTag[];
  jsonLd: Record<string, unknown>;
}

/** The bibliography entries for cite keys, in the order given (unknown keys were already rejected by the build). */
export function citedItems(keys: readonly string[]): CslItem[] {
  const { references } = projectBibliography();
  return keys.flatMap((key) => references.get(key)?.csl ?? []);
}

const KEYWORDS = TOPIC.keywords;

const year = (item: CslItem) => item.issued?.['date-parts']?.[0]?.[0];
const slashDate = (iso: string) => iso.replaceAll('-', '/');

const authorName = displayName;

/** The `citation_reference` value for one cited work: `;`-separated `citation_*=value` pairs. */
export function citationReference(item: CslItem): string {
  const pairs: [string, unknown][] = [
    ['citation_title', item.title],
    ...metadataAuthors(item).map((a): [string, unknown] => ['citation_author', authorName(a)]),
    ['citation_author', metadataEtAl(item) ? ET_AL : undefined],
    ['citation_journal_title', item['container-title']],
    ['citation_publication_date', year(item)],
    ['citation_volume', item.volume],
    ['citation_issue', item.issue],
    ['citation_firstpage', item.page?.split(/[-–]/)[0]],
    ['citation_lastpage', item.page?.split(/[-–]/)[1]],
    ['citation_doi', item.DOI],
    ['citation_pmid', item.PMID],
  ];
  return pairs
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${String(v).replaceAll(';', ',')}`)
    .join('; ');
}

/**
 * The authors of a cited work for JSON-LD: Persons (an organisation as named) up to the cap, then the
 * text "et al." when the work has more (schema.org accepts text where it expects a Person).
 */
function jsonLdAuthors(item: CslItem): (Record<string, string> | string)[] {
  const named = metadataAuthors(item).map((a) => ({ '@type': a.literal ? 'Organization' : 'Person', name: authorName(a) }));
  return named.length && metadataEtAl(item) ? [...named, ET_AL] : named;
}

/** A cited work as a schema.org ScholarlyArticle (or CreativeWork for registry records and web pages). */
export function scholarlyWork(item: CslItem): Record<string, unknown> {
  const authors = jsonLdAuthors(item);
  const identifiers = [item.DOI && `doi:${item.DOI}`, item.PMID && `pmid:${item.PMID}`, item.PMCID && `pmcid:${item.PMCID}`].filter(Boolean);
  return {
    '@type': item.type === 'article-journal' ? 'ScholarlyArticle' : 'CreativeWork',
    ...(item.title ? { name: item.title } : {}),
    ...(authors.length ? { author: authors } : {}),
    ...(year(item) ? { datePublished: String(year(item)) } : {}),
    ...(item['container-title'] ? { isPartOf: { '@type': 'Periodical', name: item['container-title'] } } : {}),
    ...(item.DOI ? { sameAs: `https://doi.org/${item.DOI}` } : item.URL ? { sameAs: item.URL } : {}),
    ...(identifiers.length ? { identifier: identifiers } : {}),
  };
}

/** Head tags and JSON-LD for one content page. */
export function pageMetadata(page: PageMetadataInput): PageMetadata {
  const item = pageCsl(page);
  // The version cited (a frozen copy /…/v/n/ when there is one) is what reference managers save; the page
  // itself, also the canonical URL, is what Open Graph and schema.org describe.
  const citedUrl = String(item.URL);
  const url = new URL(page.path, SITE_URL).href;
  const version = pageVersion(page);
  const description = page.description ?? page.title;
  const tags: MetaTag[] = [
    { name: 'citation_title', content: page.title },
    // The site is one organisational author. Zotero's Embedded Metadata translator reads each citation_author
    // with ZU.cleanAuthor(creator, role, creator.includes(",")) (processHighwireCreators, "Embedded Metadata.js"
    // line 614 at zotero/translators 2814370): without a comma the last word becomes a family name ("Evidence,
    // Site name: The"); with a trailing comma the whole name is the family name and the given name is empty, which
    // Zotero saves as a single-field (institutional) creator. Google Scholar reads "Family, Given" the same way.
    { name: 'citation_author', content: `${SITE_NAME},` },
    // Google Scholar asks for "2026/11/24" here; Zotero keeps whatever string it reads.
    { name: 'citation_publication_date', content: slashDate(page.lastReviewed) },
    // Zotero maps citation_publication_date, then citation_date, to its date field and keeps the last non-empty
    // one (HIGHWIRE_MAPPINGS lines 44–46 and processFields, lines 200–209), so an ISO date here is what it saves.
    { name: 'citation_date', content: page.lastReviewed },
    { name: 'citation_online_date', content: slashDate(page.lastReviewed) },
    { name: 'citation_fulltext_html_url', content: citedUrl },
    // Zotero's Embedded Metadata translator saves citation_public_url as the item's URL (HIGHWIRE_MAPPINGS).
    ...(page.version ? [{ name: 'citation_public_url', content: citedUrl }] : []),
    { name: 'citation_language', content: 'en' },
    { name: 'citation_keywords', content: [...KEYWORDS, page.type].join('; ') },
    { name: 'citation_publisher', content: SITE_NAME },
    { name: 'citation_technical_report_institution', content: SITE_NAME },
    { name: 'citation_technical_report_number', content: `Version ${version}` },
    ...page.cited.map((work) => ({ name: 'citation_reference', content: citationReference(work) })),
    { name: 'DC.title', content: page.title },
    { name: 'DC.creator', content: SITE_NAME },
    { name: 'DC.publisher', content: SITE_NAME },
    { name: 'DC.date', content: page.lastReviewed },
    { name: 'DC.language', content: 'en' },
    // Zotero saves DC.type as the report type; the DCMI type "Text" told a citer nothing.
    { name: 'DC.type', content: REPORT_TYPE },
    { name: 'DC.identifier', content: citedUrl },
    { name: 'DC.description', content: description },
    { property: 'og:type', content: 'article' },
    { property: 'og:title', content: page.title },
    { property: 'og:description', content: description },
    { property: 'og:url', content: url },
    { property: 'og:site_name', content: SITE_NAME },
    { property: 'article:modified_time', content: page.lastReviewed },
  ];
  const publisher = { '@type': 'Organization', name: SITE_NAME };
  const webPage: Record<string, unknown> = {
    '@type': 'MedicalWebPage',
    '@id': url,
    url,
    name: page.title,
    description,
    inLanguage: 'en',
    about: { '@type': TOPIC.condition.schemaType, name: TOPIC.condition.name },
    mentions: { '@type': TOPIC.intervention.schemaType, name: TOPIC.intervention.name },
    audience: [
      { '@type': 'MedicalAudience', audienceType: 'Patient' },
      { '@type': 'MedicalAudience', audienceType: 'Clinician' },
    ],
    lastReviewed: page.lastReviewed,
    dateModified: page.lastReviewed,
    version,
    license: LICENSE_URL,
    publisher,
    citation: page.cited.map(scholarlyWork),
  };
  const graph: Record<string, unknown>[] = [webPage];
  if (page.claimReview) {
    graph.push({
      '@type': 'ClaimReview',
      url,
      claimReviewed: page.claimReview.claim,
      datePublished: page.lastReviewed,
      author: publisher,
      reviewRating: { '@type': 'Rating', alternateName: page.claimReview.verdict, ratingExplanation: page.claimReview.reason },
      itemReviewed: { '@type': 'Claim', appearance: page.claimReview.appearance },
    });
  }
  return { tags, jsonLd: { '@context': 'https://schema.org', '@graph': graph } };
}

/**
 * Head tags and JSON-LD for a page that is a dataset (the open-data page): the same Highwire and Dublin Core
 * block as a list page, which Zotero's Embedded Metadata translator saves as a report of the site with its
 * version (it reads no JSON-LD, and DC.type only sets the report type), with DC.type "Dataset" and the
 * page's own schema.org Dataset as its JSON-LD.
 */
export function datasetPageMetadata(page: CitablePage, dataset: Record<string, unknown>): PageMetadata {
  const { tags } = pageMetadata({ ...page, type: 'dataset', cited: [] });
  return {
    tags: tags.map((tag) => ('name' in tag && tag.name === 'DC.type' ? { name: 'DC.type', content: 'Dataset' } : tag)),
    jsonLd: dataset,
  };
}

/** JSON-LD as text that is safe inside a `<script>` element. */
export function jsonLdText(jsonLd: Record<string, unknown>): string {
  return JSON.stringify(jsonLd).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}
