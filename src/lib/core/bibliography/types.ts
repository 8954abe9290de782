/** The bibliography as the rest of the site reads it: CSL-JSON items by cite key, with the line each entry starts on. */

/** A CSL-JSON item as citation-js produces it (only the fields we read are typed). */
export interface CslItem {
  id: string;
  type: string;
  title?: string;
  author?: { family?: string; given?: string; literal?: string; 'dropping-particle'?: string; 'non-dropping-particle'?: string }[];
  issued?: { 'date-parts'?: (number | string)[][] };
  'container-title'?: string;
  'container-title-short'?: string;
  volume?: string;
  issue?: string;
  page?: string;
  DOI?: string;
  PMID?: string;
  PMCID?: string;
  URL?: string;
  [field: string]: unknown;
}

export interface Reference {
  /** Cite key, as written after `@` in Markdown. */
  key: string;
  /** Line of the entry's `@type{key,` in the BibTeX file. */
  line: number;
  /** The entry converted to CSL-JSON by citation-js. */
  csl: CslItem;
}

export interface Bibliography {
  /** Path relative to the project root, for messages. */
  file: string;
  /** Raw BibTeX text (what exports and rehype-citation read). */
  text: string;
  /** Entries by cite key, in file order. */
  references: Map<string, Reference>;
  /** CSL-JSON items in file order. */
  items: CslItem[];
}
