/**
 * What a judgement that names trial registrations shows about each: its status as the registrations
 * data holds it, so a reason never types a registry fact that could fall out of date.
 */
import { EvidenceBuildError, closest } from '../core/build-error.ts';
import type { ContentFrontmatter } from '../core/front-matter-syntax.ts';
import { registrationStatusText } from './facts.ts';
import { loadLivingData, type LivingData } from './living-data.ts';
import { REGISTRATIONS_FILE } from './living-files.ts';

export interface RegistrationNote {
  nct: string;
  /** Cite key of the registry record. */
  key: string;
  /** The registry record (ClinicalTrials.gov). */
  href: string;
  /** "Unknown status; planned to end 30 September 2022; no results posted (checked 28 November 2026)". */
  status: string;
}

export function registrationNotes(ncts: readonly string[], data: Pick<LivingData, 'registrations'> = loadLivingData()): RegistrationNote[] {
  return ncts.map((nct) => {
    const r = data.registrations.find((x) => x.nct === nct);
    if (!r) throw new Error(`${nct} is not in ${REGISTRATIONS_FILE}`);
    return { nct, key: r.key, href: `https://clinicaltrials.gov/study/${nct}`, status: registrationStatusText(r) };
  });
}

/** Every NCT number a question's publication-bias judgement names must be a registration the site tracks. */
export function checkNamedRegistrations(entries: readonly ContentFrontmatter[], data: Pick<LivingData, 'registrations'>): EvidenceBuildError[] {
  const known = new Set(data.registrations.map((r) => r.nct));
  return entries.flatMap((entry) => {
    const grade = entry.frontmatter.grade as { publicationBias?: { registrations?: unknown } } | undefined;
    const named = grade?.publicationBias?.registrations;
    if (!Array.isArray(named)) return [];
    return named
      .filter((nct): nct is string => typeof nct === 'string' && !known.has(nct))
      .map((nct) => {
        const guess = closest(nct, known);
        return new EvidenceBuildError(
          { file: entry.file },
          `grade.publicationBias names ${nct}, which is not in ${REGISTRATIONS_FILE}.`,
          guess
            ? `did you mean ${guess}? Otherwise add the registration to ${REGISTRATIONS_FILE}.`
            : `add the registration to ${REGISTRATIONS_FILE}, with its status and the day it was checked.`,
        );
      });
  });
}
