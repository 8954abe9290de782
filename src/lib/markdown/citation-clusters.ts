/**
 * Each in-text citation formatted once per build instead of once per page.
 *
 * rehype-citation asks citeproc to format every citation of every page
 * (`processCitationCluster`, with all the page's earlier citations each time),
 * and throws away all but the one string it needs: at 1,000 pages that was the
 * largest part of the citation step. In a numeric style whose citations print
 * nothing but numbers, a citation's text depends only on the numbers of its
 * works (given in order of first citation on the page) and on what is written
 * around them, so a citation seen before with the same numbers reuses
 * citeproc's earlier answer. citeproc still formats every distinct citation;
 * only repeats are skipped.
 *
 * A citation not seen before is formatted by citeproc alone, with the page's
 * works registered in order of first citation (so with the numbers it has on
 * the page), instead of with all the page's earlier citations; before anything
 * else reads the engine (the reference list), the page's works are registered
 * in that order, as citeproc does itself. Each answer checks the numbering
 * assumption; if citeproc ever numbers differently, the memo switches itself
 * off for that engine and the page's citations are replayed in full.
 */
import type { CiteprocEngine } from './citeproc-memo.ts';
import type { CiteItem } from './rehype-citation-source.ts';

/** One in-text citation as rehype-citation hands it to citeproc. */
export interface CitationCluster {
  citationID: string;
  citationItems: CiteItem[];
  properties?: Record<string, unknown>;
}

type ClusterResult = [Record<string, unknown>, [number, string, string][]];

/** The parts of citeproc used here, beyond those the reference-list memo uses. */
interface ClusterEngine extends CiteprocEngine {
  processCitationCluster(cluster: CitationCluster, pre: [string, number][], post: [string, number][], flag?: number): ClusterResult;
  updateItems(ids: string[]): void;
}

/** citeproc's flag (`CSL.ASSUME_ALL_ITEMS_REGISTERED`) for a citation whose works are already registered, in the order given. */
const ASSUME_ALL_ITEMS_REGISTERED = 2;

const CITATION_SECTION = /<citation\b[\s\S]*?<\/citation>/;

const memoizableStyles = new Map<string, boolean>();

/**
 * Whether a style's in-text citations print only the numbers of their works
 * (and locators): a numeric citation with no macros, no position or
 * disambiguation conditions and no other variable.
 */
export function citationsAreNumbers(styleXml: string): boolean {
  let answer = memoizableStyles.get(styleXml);
  if (answer === undefined) {
    const citation = CITATION_SECTION.exec(styleXml)?.[0] ?? '';
    const variables = [...citation.matchAll(/\bvariable="([^"]*)"/g)].flatMap((m) => m[1]!.split(/\s+/));
    const bibliography = /<bibliography\b[\s\S]*?<\/bibliography>/.exec(styleXml)?.[0] ?? '';
    answer =
      variables.includes('citation-number') &&
      variables.every((v) => v === 'citation-number' || v === 'locator') &&
      !/\b(macro|position|disambiguate)=/.test(citation) &&
      // Numbers follow the order of first citation only when the reference list is not sorted.
      !/<sort\b/.test(bibliography);
    memoizableStyles.set(styleXml, answer);
  }
  return answer;
}

interface Texts {
  data: object;
  format: string;
  texts: Map<string, string>;
  /** Set when citeproc numbered works other than in order of first citation. */
  off: boolean;
}

const memos = new WeakMap<object, Texts>();

function textsFor(engine: object, data: object, format: string): Texts {
  let memo = memos.get(engine);
  if (!memo || memo.data !== data || memo.format !== format) memos.set(engine, (memo = { data, format, texts: new Map(), off: memo?.off ?? false }));
  return memo;
}

/** A citation's memo key: its mode and, per work, its number and anything written with it. */
export function clusterKey(cluster: CitationCluster, numbers: ReadonlyMap<string, number>): string {
  const items = cluster.citationItems.map(({ id, ...rest }) => {
    const extra = Object.entries(rest).filter(([name, value]) => name !== 'item' && value !== undefined);
    // Anything beyond the key (a locator, prefix or suffix) is kept with the work it belongs to.
    return extra.length === 0 ? numbers.get(id) : [numbers.get(id), id, Object.fromEntries(extra)];
  });
  return JSON.stringify([cluster.properties ?? null, items]);
}

/** Properties that may be read before the page's citations are registered with citeproc. */
const READ_WITHOUT_SYNC = new Set<PropertyKey>(['opt', 'cslXml', 'sys']);

/**
 * A view of one page's use of the shared engine that formats each distinct
 * citation once per build (see the module comment). `data` is the item array
 * the engine retrieves from, `styleXml` the style's CSL; `onCluster` sees every
 * citation of the page.
 */
export function memoizeCitations(
  engine: CiteprocEngine,
  data: object,
  format: string,
  styleXml: string,
  onCluster: (cluster: CitationCluster) => void = () => {},
): CiteprocEngine {
  const real = engine as ClusterEngine;
  const memoizable = citationsAreNumbers(styleXml);
  const memo = textsFor(engine, data, format);
  /** The page's citations in order, and how many of them citeproc has processed. */
  const seen: { cluster: CitationCluster; pre: [string, number][]; post: [string, number][] }[] = [];
  let processed = 0;
  /** The page's works by number, in order of first citation. */
  const numbers = new Map<string, number>();
  /** How many of `numbers`, in order, citeproc's registry holds (exactly those, nothing else). */
  let registeredWorks = 0;
  const register = () => {
    if (registeredWorks === numbers.size) return;
    real.updateItems([...numbers.keys()]);
    registeredWorks = numbers.size;
  };

  const process = (index: number): ClusterResult => {
    const { cluster, pre, post } = seen[index]!;
    return real.processCitationCluster(cluster, pre, post);
  };
  const catchUp = (upTo: number) => {
    for (; processed < upTo; processed++) process(processed);
  };

  const processCitationCluster = (cluster: CitationCluster, pre: [string, number][], post: [string, number][]): ClusterResult => {
    onCluster(cluster);
    const index = seen.length;
    seen.push({ cluster, pre: [...pre], post: [...post] });
    for (const { id } of cluster.citationItems) if (!numbers.has(id)) numbers.set(id, numbers.size + 1);
    const on = memoizable && !memo.off && post.length === 0 && pre.length === index;
    const key = on ? clusterKey(cluster, numbers) : '';
    const known = on ? memo.texts.get(key) : undefined;
    if (known !== undefined) return [{ bibchange: false }, [[index, known, cluster.citationID]]];
    if (on) {
      // A new citation: citeproc formats it alone, with the page's works registered in order of first citation.
      register();
      const alone = { ...cluster, citationItems: cluster.citationItems.map((item) => ({ ...item })), properties: { ...cluster.properties } };
      const [, updates] = real.processCitationCluster(alone, [], [], ASSUME_ALL_ITEMS_REGISTERED);
      // citeproc no longer holds the page's earlier citations: a later real call replays them all.
      processed = 0;
      const ordered = cluster.citationItems.every(({ id }) => real.registry.registry[id]?.seq === numbers.get(id));
      const text = updates.find((entry) => entry[2] === cluster.citationID)?.[1];
      if (ordered && text !== undefined) {
        memo.texts.set(key, text);
        return [{ bibchange: false }, [[index, text, cluster.citationID]]];
      }
      memo.off = true;
    }
    catchUp(index);
    const result = process(index);
    processed = index + 1;
    // citeproc registered the works of every citation so far, in order of first citation: all of `numbers`.
    registeredWorks = numbers.size;
    return result;
  };

  return new Proxy(real, {
    get(target, name) {
      if (name === 'processCitationCluster') return processCitationCluster;
      if (!READ_WITHOUT_SYNC.has(name)) register();
      const value: unknown = Reflect.get(target, name, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
