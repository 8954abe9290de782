/**
 * Every link inside the site resolves: checked on the built HTML, parsed (with linkedom in the build, never
 * a regex), after the build. A site-relative link must lead to a file in dist/ and, when it names an anchor,
 * to an element with that id on the target page; and no page may give two elements the same id. Each page is
 * parsed once and only its links and ids are kept (linksOf), so the check holds no page in memory.
 */
import { closest } from '../core/build-error.ts';

/** What the link check keeps of a built page. */
export interface PageLinks {
  /** The value of every `id` attribute, in document order, repeats included. */
  ids: string[];
  /** The value of every `<a name>`: an anchor too. */
  names: string[];
  /** The value of every `<a href>`, in document order. */
  hrefs: string[];
}

/** What linksOf needs of a parsed page (linkedom's or a browser's Document). */
export interface LinkDocument {
  querySelectorAll(selector: string): Iterable<{ getAttribute(name: string): string | null }>;
}

/** The links and ids of a parsed page. */
export function linksOf(document: LinkDocument): PageLinks {
  const values = (selector: string, attribute: string) => [...document.querySelectorAll(selector)].map((e) => e.getAttribute(attribute)!);
  return { ids: values('[id]', 'id'), names: values('a[name]', 'name'), hrefs: values('a[href]', 'href') };
}

export interface BuiltFile {
  /** Path inside dist/, with forward slashes, e.g. "studies/x/index.html" or "data/results.csv". */
  path: string;
  /** A page's links and ids (linksOf); undefined for other files. */
  links?: PageLinks;
}

export interface LinkProblem {
  /** Path of the built page inside dist/. */
  page: string;
  /** The site path of the page, e.g. "/studies/x/", to find its source file. */
  url: string;
  problem: string;
  fix: string;
}

const BASE = 'https://site.invalid';

/** The site path a file in dist/ answers: "studies/x/index.html" → "/studies/x/", "data/a.csv" → "/data/a.csv". */
export const urlOf = (path: string): string => `/${path.replace(/(^|\/)index\.html$/, '$1')}`;

/** Checks the links and ids of every built page against the files the build wrote. */
export function checkSiteLinks(files: readonly BuiltFile[]): LinkProblem[] {
  const problems: LinkProblem[] = [];
  const targets = new Set(files.map((f) => urlOf(f.path)));
  const pagePaths = [...targets].filter((u) => u.endsWith('/'));
  const pages = files.filter((f): f is BuiltFile & { links: PageLinks } => f.links !== undefined);
  const idsOf = new Map<string, Set<string>>();
  for (const file of pages) {
    const [url, page] = [urlOf(file.path), file.path];
    const ids = new Set<string>();
    for (const id of file.links.ids) {
      if (ids.has(id))
        problems.push({
          page,
          url,
          problem: `two elements have the id "${id}", so a link to #${id} cannot say which it means`,
          fix: 'give each result, heading and anchor on the page its own id.',
        });
      ids.add(id);
    }
    for (const name of file.links.names) ids.add(name);
    idsOf.set(url, ids);
  }
  for (const file of pages) {
    const url = urlOf(file.path);
    for (const href of file.links.hrefs) {
      if (/^[a-z][a-z\d+.-]*:/i.test(href) || href.startsWith('//')) continue; // another site, mailto:, and the like
      const target = new URL(href, BASE + url);
      const path = decodeURIComponent(target.pathname);
      const found = targets.has(path) ? path : targets.has(`${path}/`) ? `${path}/` : undefined;
      if (found === undefined) {
        const guess = closest(path, pagePaths);
        problems.push({
          page: file.path,
          url,
          problem: `the link "${href}" leads to no page of the site`,
          fix: guess ? `did you mean "${guess}"? Correct the link or create the page.` : 'correct the link or create the page.',
        });
        continue;
      }
      const anchor = decodeURIComponent(target.hash.slice(1));
      const ids = idsOf.get(found);
      if (!anchor || !ids || ids.has(anchor)) continue;
      const guess = closest(anchor, ids);
      problems.push({
        page: file.path,
        url,
        problem: `the link "${href}" names the anchor #${anchor}, which ${found} does not have`,
        fix: guess
          ? `did you mean "#${guess}"? Correct the anchor (a result's anchor is its id in the front matter).`
          : `link to ${found} without the anchor, or to an anchor that exists.`,
      });
    }
  }
  return problems;
}

/**
 * The source file a built page comes from, for messages: "/studies/x/" → "src/content/studies/x.md", "/about/" →
 * "src/content/pages/about.md", "/studies/x/v/1/" → "versions/studies/x/1.md"; a generated page (a list, a route of
 * its own) is named by its file in dist/.
 */
export function sourceOf(url: string, page: string, exists: (file: string) => boolean): string {
  const parts = url.split('/').filter(Boolean);
  const candidates =
    parts.length === 0
      ? ['src/content/pages/home.md']
      : parts.length === 1
        ? [`src/content/pages/${parts[0]}.md`]
        : parts.length === 2
          ? [`src/content/${parts[0]}/${parts[1]}.md`]
          : parts.length === 4 && parts[2] === 'v'
            ? [`versions/${parts[0]}/${parts[1]}/${parts[3]}.md`]
            : [];
  return candidates.find(exists) ?? `dist/${page}`;
}
