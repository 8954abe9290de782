/** A synthetic BibTeX bibliography whose entries pass the project's field checks. */
import type { Random } from './random.ts';
import { GIVEN, JOURNALS, SURNAMES, TITLE_OPENERS, TITLE_TAILS } from './vocabulary.ts';

export interface SyntheticReference {
  /** Cite key: lowercase author + year + first title word (references/README.md). */
  key: string;
  /** Surname of the first author. */
  author: string;
  year: number;
}

export interface SyntheticBibliography {
  references: SyntheticReference[];
  /** The BibTeX text for references/library.bib. */
  text: string;
  /** The records of where each identifier was "seen", for references/provenance.yaml (src/schemas/provenance.ts). */
  provenance: string;
}

/** Date on which the synthetic identifiers are recorded as seen. */
const SEEN_ON = '2026-11-24';

const slug = (word: string) => word.toLowerCase().replace(/[^a-z0-9]/g, '');

/** `count` distinct BibTeX entries, in the style of the real references/library.bib. */
export function generateBibliography(random: Random, count: number): SyntheticBibliography {
  const used = new Set<string>();
  const references: SyntheticReference[] = [];
  const entries: string[] = [];
  const records: string[] = [];
  for (let i = 0; i < count; i++) {
    const author = random.pick(SURNAMES);
    const year = random.int(1990, 2025);
    const opener = random.pick(TITLE_OPENERS);
    let key = `${slug(author)}${year}${slug(opener)}`;
    for (let n = 2; used.has(key); n++) key = `${slug(author)}${year}${slug(opener)}-${n}`;
    used.add(key);
    const [journal, short] = random.pick(JOURNALS);
    const authors = [author, ...Array.from({ length: random.int(1, 7) }, () => random.pick(SURNAMES))]
      .map((name) => `${name}, ${random.pick(GIVEN)}`)
      .join(' and ');
    const first = random.int(1, 900);
    const ids =
      random.next() < 0.7 ? `,\n  doi          = {10.${random.int(1000, 9999)}/bench.${i}},\n  pmid         = {${random.int(10_000_000, 39_999_999)}}` : '';
    // The identifiers are invented, so their records point at a reserved example domain, never at a real registry.
    if (ids)
      records.push(`${key}:\n` + ['doi', 'pmid'].map((field) => `  ${field}: { seen: https://example.org/bench/${key}/${field}, on: ${SEEN_ON} }\n`).join(''));
    entries.push(
      `@article{${key},\n  author       = {${authors}},\n  title        = {${opener} ${random.pick(TITLE_TAILS)}},\n` +
        `  journal      = {${journal}},\n  shortjournal = {${short}},\n  year         = {${year}},\n  volume       = {${random.int(1, 160)}},\n` +
        `  number       = {${random.int(1, 12)}},\n  pages        = {${first}--${first + random.int(4, 14)}}${ids}\n}\n`,
    );
    references.push({ key, author, year });
  }
  return {
    references,
    text: `% Synthetic bibliography for the benchmark (bench/).\n\n${entries.join('\n')}`,
    provenance: `# Synthetic records for the benchmark's invented identifiers (bench/).\n\n${records.join('\n')}`,
  };
}
