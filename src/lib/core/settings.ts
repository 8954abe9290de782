/**
 * The citation pipeline's two settings, in a module of their own so that every
 * part of the pipeline can read them without importing the pipeline itself.
 */

/** The single bibliography, relative to the project root. */
export const BIBLIOGRAPHY_FILE = 'references/library.bib';

/** The id of the heading given to a page's reference list. */
export const REFERENCES_HEADING_ID = 'references';

/** Built-in CSL style of citation-js: numeric, medical. */
export const CITATION_STYLE = 'vancouver';

/** Where each identifier in the bibliography was seen, relative to the project root (see src/schemas/provenance.ts). */
export const PROVENANCE_FILE = 'references/provenance.yaml';
