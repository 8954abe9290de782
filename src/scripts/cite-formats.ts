/**
 * "Cite this page" and "Cite a single finding" in every format, on demand.
 * The Download buttons of "Cite this page" are shown here and save the text
 * the page shows. Each finding gets a formats button; pressing it reads the
 * page's entry in its citation set (every format of the page and its
 * findings, written by citation-js at build time: src/lib/citing/
 * citation-file.ts) and shows that finding's APA, BibTeX, RIS and CSL-JSON
 * with its link and version; nothing is formatted here. Without JavaScript
 * there are no buttons: the page's texts are there to copy, and a link opens
 * the citation set, which holds every finding's formats (no link of its own
 * per finding: the findings list is on every page, within its 14 kB budget).
 */
import { enableCopy } from './copy-citation.ts';
import { citationId } from '../lib/core/urls.ts';

interface Formats {
  id: string;
  url: string;
  version: string;
  apa: string;
  bibtex: string;
  ris: string;
  cslJson: string;
}
const FORMATS = [
  ['apa', 'APA', 'txt'],
  ['bibtex', 'BibTeX', 'bib'],
  ['ris', 'RIS', 'ris'],
  ['cslJson', 'CSL-JSON', 'json'],
] as const;

/** File extension of each format block of "Cite this page", by the id of its text. */
const EXTENSIONS: Record<string, string> = { 'cite-bibtex': 'bib', 'cite-ris': 'ris', 'cite-csl-json': 'json' };

/** The path cited, as the citation set names the page: "/studies/x/", or "/studies/x/v/2/" on a frozen copy. */
const cited = new URL(document.querySelector<HTMLAnchorElement>('[data-cite-version-url]')?.href ?? location.href).pathname;
/** "/studies/x/v/2/" -> "studies-x-v-2", the start of a downloaded file's name ("home" for the home page). */
const baseName = citationId(cited);

function save(text: string, name: string) {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text = '', props: Partial<HTMLElementTagNameMap[K]> = {}) {
  const node = Object.assign(document.createElement(tag), props);
  node.textContent = text;
  return node;
}

/** The finding's formats, each with Copy and Download buttons. */
function formatsBox(finding: Formats, name: string): HTMLElement {
  const box = element('div', '', { id: `formats-${finding.id}`, className: 'cite-formats' });
  const link = element('p', 'Link: ');
  link.append(element('a', finding.url, { href: finding.url }), `, version ${finding.version}`);
  box.append(link);
  for (const [key, label, ext] of FORMATS) {
    const text = element('pre', finding[key], { id: `formats-${finding.id}-${ext}` });
    const copy = element('button', 'Copy', { type: 'button', className: 'copy', hidden: true });
    enableCopy(copy, () => finding[key]);
    const download = element('button', `Download ${label}`, { type: 'button', className: 'copy' });
    download.addEventListener('click', () => save(finding[key], `${name}-${finding.id}.${ext}`));
    const buttons = element('p');
    buttons.append(download, ' ', copy);
    box.append(element('h4', label), text, buttons);
  }
  return box;
}

// The BibTeX, RIS and CSL-JSON blocks of "Cite this page" are its only <details> without a class; each has a Download and a Copy button.
for (const button of document.querySelectorAll<HTMLButtonElement>('#cite > details:not([class]) p > button:not([data-copy])')) {
  const text = button.closest('details')?.querySelector('pre');
  button.hidden = false;
  button.addEventListener('click', () => save(text?.textContent ?? '', `${baseName}.${EXTENSIONS[text?.id ?? ''] ?? 'txt'}`));
}

// The page's citation set holds every finding's formats, under the path cited.
const setLink = document.querySelector<HTMLAnchorElement>('#cite a[data-citation-set]');
let file: Promise<Formats[]> | undefined;
const findings = (set: { pages: Record<string, { findings: Formats[] }> }) =>
  set.pages[cited]?.findings ?? Promise.reject(new Error(`${cited} is not in the set`));
// Each finding's formats button is made here, to keep the page's markup small (a study page lists many findings).
for (const anchor of setLink ? document.querySelectorAll<HTMLAnchorElement>('.cite-findings li > a[href^="#"]') : []) {
  const button = element('button', 'APA, BibTeX, RIS, CSL-JSON', { type: 'button', className: 'copy' });
  button.dataset.formats = anchor.hash.slice(1);
  button.setAttribute('aria-expanded', 'false');
  anchor.parentElement!.append(' ', button);
  button.addEventListener('click', async () => {
    const id = button.dataset.formats ?? '';
    let box = document.getElementById(`formats-${id}`);
    if (box) box.hidden = !box.hidden;
    else {
      file ??= fetch(setLink!.href)
        .then((r) => (r.ok ? r.json() : Promise.reject(new Error(String(r.status)))))
        .then(findings);
      const finding = await file.then((all) => all.find((x) => x.id === id)).catch(() => (file = undefined));
      if (!finding) return void (button.textContent = 'Not loaded: open the JSON file below');
      box = formatsBox(finding, baseName);
      button.setAttribute('aria-controls', box.id);
      button.after(box);
    }
    button.setAttribute('aria-expanded', String(!box.hidden));
  });
}
