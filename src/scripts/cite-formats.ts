/**
 * "Cite a single finding" in every format, on demand. Each finding gets a
 * formats button; pressing it reads the page's citations file (every format of the page and
 * its findings, written by citation-js at build time: src/lib/citing/
 * citation-file.ts) and shows that finding's APA, BibTeX, RIS and CSL-JSON with
 * its link and version; nothing is formatted here. The page's Download links
 * save the text the page shows. Without JavaScript there are no formats buttons
 * and the Download links open the citations file, which holds every finding's
 * formats (no link of its own: the findings list is on every page, within its
 * 14 kB budget).
 */
import { enableCopy } from './copy-citation.ts';

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

/** "/citations/studies/x.json" -> "studies-x", the start of a downloaded file's name. */
const baseName = (path: string) =>
  path
    .replace(/^.*\/citations\//, '')
    .replace(/\.json$/, '')
    .replaceAll('/', '-');

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

// The BibTeX, RIS and CSL-JSON blocks of "Cite this page" are its only <details> without a class.
for (const link of document.querySelectorAll<HTMLAnchorElement>('#cite > details:not([class]) p > a')) {
  link.addEventListener('click', (event) => {
    event.preventDefault();
    const text = link.closest('details')?.querySelector('pre');
    save(text?.textContent ?? '', `${baseName(link.pathname)}.${EXTENSIONS[text?.id ?? ''] ?? 'txt'}`);
  });
}

// The Download links above open the page's citations file, which holds every finding's formats too.
const fileLink = document.querySelector<HTMLAnchorElement>('#cite > details:not([class]) p > a');
let file: Promise<{ findings: Formats[] }> | undefined;
// Each finding's formats button is made here, to keep the page's markup small (a study page lists many findings).
for (const anchor of fileLink ? document.querySelectorAll<HTMLAnchorElement>('.cite-findings li > a[href^="#"]') : []) {
  const button = element('button', 'APA, BibTeX, RIS, CSL-JSON', { type: 'button', className: 'copy' });
  button.dataset.formats = anchor.hash.slice(1);
  button.setAttribute('aria-expanded', 'false');
  anchor.parentElement!.append(' ', button);
  button.addEventListener('click', async () => {
    const id = button.dataset.formats ?? '';
    let box = document.getElementById(`formats-${id}`);
    if (box) box.hidden = !box.hidden;
    else {
      file ??= fetch(fileLink!.href).then((r) => (r.ok ? r.json() : Promise.reject(new Error(String(r.status)))));
      const finding = await file.then((f) => f.findings.find((x) => x.id === id)).catch(() => (file = undefined));
      if (!finding) return void (button.textContent = 'Not loaded: open the JSON file below');
      box = formatsBox(finding, baseName(fileLink!.pathname));
      button.setAttribute('aria-controls', box.id);
      button.after(box);
    }
    button.setAttribute('aria-expanded', String(!box.hidden));
  });
}
