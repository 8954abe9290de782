/**
 * Readers' words for the site's terms. Readers ask whether a treatment "helps",
 * "works" or lasts "long term"; the pages say "relieves", "benefit" and
 * "weeks later". Pagefind finds a page only if it has every word of a query,
 * so a page that uses a site term is also indexed under the readers' words
 * for it (one way: a page that says "help" is not thereby about relief).
 *
 * Generic medical and plain-English vocabulary only; the topic's own terms
 * and spellings live with the topic, in src/topic.ts.
 */

export interface ReaderWords {
  /** Terms the site's pages use (whole words or phrases, any case). */
  site: readonly string[];
  /** What readers type instead. */
  reader: readonly string[];
}

export const READER_WORDS: readonly ReaderWords[] = [
  { site: ['relieve', 'relieves', 'relieved', 'relief', 'benefit', 'benefits', 'effective'], reader: ['help', 'helps', 'work', 'works'] },
  { site: ['weeks later', 'lasting', 'long-term', 'follow-up', 'months'], reader: ['long term', 'long lasting', 'last'] },
  { site: ['mechanism', 'receptor', 'receptors'], reader: ['how does it work', 'how it works'] },
  { site: ['side effects', 'adverse events', 'safety', 'safe'], reader: ['side effects', 'risks', 'dangers', 'dangerous'] },
  { site: ['infusion', 'infusions', 'intravenous'], reader: ['drip', 'IV'] },
  { site: ['fatigue'], reader: ['tiredness', 'tired', 'exhaustion'] },
  { site: ['by mouth', 'oral', 'tablets'], reader: ['pill', 'pills'] },
  { site: ['psychedelic', 'psychotomimetic', 'euphoria'], reader: ['high', 'hallucinations', 'hallucinate', 'trip'] },
  { site: ['quality of life', 'daily function', 'daily life', 'physical function'], reader: ['day to day', 'everyday life', 'daily activities'] },
  { site: ['guideline', 'guidelines', 'recommendation', 'recommendations'], reader: ['advice', 'recommended'] },
  { site: ['randomized trial', 'randomised trial', 'systematic review', 'meta-analysis'], reader: ['research'] },
  { site: ['systematic review', 'systematic reviews', 'meta-analysis', 'meta-analyses'], reader: ['review', 'reviews', 'pooled'] },
  { site: ['depression', 'depressive'], reader: ['low mood', 'depressed', 'feeling down'] },
  { site: ['fatigue'], reader: ['exhausted', 'worn out', 'no energy', 'energy'] },
  { site: ['irritable bowel syndrome', 'irritable bowel'], reader: ['tummy', 'stomach', 'bowel', 'gut', 'IBS'] },
  { site: ['headache', 'headaches'], reader: ['migraine', 'migraines'] },
  { site: ['analgesic', 'analgesics', 'painkiller', 'painkillers'], reader: ['pain killer', 'pain killers', 'pain medicine', 'pain medication'] },
  { site: ['opioid', 'opioids'], reader: ['opiate', 'opiates', 'narcotic', 'narcotics'] },
  { site: ['surgery', 'surgical'], reader: ['operation', 'operations'] },
  { site: ['recruiting', 'enrolling', 'under way', 'registered trial'], reader: ['join', 'sign up', 'take part', 'participate', 'volunteer'] },
  { site: ['prevalence', 'incidence'], reader: ['how common', 'more common', 'on the rise'] },
  { site: ['wonder drug', 'cure'], reader: ['miracle', 'miracle cure', 'breakthrough'] },
  { site: ['quality of life', 'daily function', 'physical function'], reader: ['chores', 'housework', 'cope', 'coping'] },
  { site: ['contradicted', 'unsupported', 'misleading'], reader: ['myth', 'hype', 'exaggerated', 'overstated'] },
];

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whole-word patterns by term, compiled once: every page's text is tested against every term. */
const patterns = new Map<string, RegExp>();

/** Whether `text` uses `term` as a whole word or phrase, in any case. */
export function mentions(text: string, term: string): boolean {
  let pattern = patterns.get(term);
  if (!pattern) patterns.set(term, (pattern = new RegExp(`(^|[^\\w])${escapeRegExp(term)}(?![\\w])`, 'i')));
  return pattern.test(text);
}

/** The readers' words for every site term that `text` uses, except words it already contains. */
export function readerWordsFor(text: string): string[] {
  const found = new Set<string>();
  for (const { site, reader } of READER_WORDS) {
    if (site.some((term) => mentions(text, term))) reader.filter((word) => !mentions(text, word)).forEach((w) => found.add(w));
  }
  return [...found];
}
