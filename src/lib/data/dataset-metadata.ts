/** What the data page shows and tells search engines: the files with their sizes, how to cite the data, and schema.org Dataset JSON-LD. */
import { LICENSE_NAME, LICENSE_URL, SITE_NAME, SITE_URL } from '../site.ts';
import { CHANGELOG_FILE, CHECKSUM_FILE, DATA_DESCRIPTION, DATA_PATH, PACKAGE_FILE, type OpenData } from './data-package.ts';

export interface ListedFile {
  href: string;
  name: string;
  /** e.g. "CSV, 4.2 kB". */
  about: string;
  description: string;
}

const FORMATS: Record<string, string> = { 'text/csv': 'CSV', 'application/json': 'JSON', 'text/plain': 'Text', 'text/markdown': 'Markdown' };

/** A size in bytes as people read it: "812 bytes", "4.2 kB" (1 kB = 1000 bytes). */
export function fileSize(bytes: number): string {
  if (bytes < 1000) return `${bytes} bytes`;
  return bytes < 1_000_000 ? `${(bytes / 1000).toFixed(1)} kB` : `${(bytes / 1_000_000).toFixed(1)} MB`;
}

/** Every file of the data package, in the package's order, for the list on the data page. */
export function listedFiles(data: OpenData): ListedFile[] {
  const tables = new Map(
    data.tables.flatMap((t) => [
      [`${t.name}.csv`, t],
      [`${t.name}.json`, t],
    ]),
  );
  return data.files.map((f) => ({
    href: `${DATA_PATH}${f.path}`,
    name: f.path,
    about: `${FORMATS[f.mediatype] ?? f.mediatype}, ${fileSize(f.bytes)}`,
    description:
      tables.get(f.path)?.title ??
      (f.path === PACKAGE_FILE
        ? 'Data Package (v2) descriptor: every column of every file, with its type, description, keys and fixed scales'
        : f.path === CHANGELOG_FILE
          ? "Changes to the package's structure, version by version"
          : f.path === CHECKSUM_FILE
            ? 'SHA-256 checksums of the other files (check with sha256sum -c)'
            : ''),
  }));
}

/** How to cite the data, in one line. */
export const dataCitation = (data: OpenData): string =>
  `${SITE_NAME}. Open data, version ${data.dateModified}. ${new URL(DATA_PATH, SITE_URL).href}. Licensed under ${LICENSE_NAME}.`;

export function datasetJsonLd(data: OpenData): Record<string, unknown> {
  const url = new URL(DATA_PATH, SITE_URL).href;
  const site = { '@type': 'Organization', name: SITE_NAME, url: SITE_URL };
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    '@id': url,
    url,
    name: `${SITE_NAME} (open data)`,
    description: DATA_DESCRIPTION,
    license: LICENSE_URL,
    isAccessibleForFree: true,
    creator: site,
    publisher: site,
    dateModified: data.dateModified,
    version: data.dateModified,
    distribution: data.files.map((f) => ({
      '@type': 'DataDownload',
      name: f.path,
      contentUrl: new URL(f.path, url).href,
      encodingFormat: f.mediatype,
      contentSize: `${f.bytes} B`,
    })),
  };
}
