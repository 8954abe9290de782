/**
 * Short labels derived from the parsed bibliography, e.g. "Smith 2020", so
 * no page writes author names by hand.
 */
import type { CslItem } from '../core/bibliography/types.ts';
import { familyName, namedAuthors, truncated } from '../core/bibliography/names.ts';

export function year(item: CslItem): number | undefined {
  const value = item.issued?.['date-parts']?.[0]?.[0];
  return value === undefined ? undefined : Number(value);
}

/**
 * "Smith 2020", "Smith and Jones 2020" or "Cohen et al. 2018" style label. A work
 * with no author is named by its publisher, then its journal ("J Clin Diagn Res 2023"),
 * then its title.
 */
export function shortLabel(item: CslItem): string {
  const authors = namedAuthors(item);
  const name = (a: (typeof authors)[number]) => familyName(a) ?? a.literal ?? '';
  const who =
    authors.length === 0
      ? ((item.publisher as string | undefined) ??
        (item['container-title-short'] as string | undefined) ??
        (item['container-title'] as string | undefined) ??
        item.title ??
        item.id)
      : authors.length === 1 && !truncated(item)
        ? name(authors[0]!)
        : authors.length === 2 && !truncated(item)
          ? `${name(authors[0]!)} and ${name(authors[1]!)}`
          : `${name(authors[0]!)} et al.`;
  const y = year(item);
  return y === undefined ? who : `${who} ${y}`;
}
