/**
 * `npm run surveil -- --apply`: copies each registration's registry state from a run into
 * surveillance/registrations.yaml (status, start, plannedEnd, resultsPosted, lastUpdate, checked,
 * checkedAt), editing the YAML document in place so comments and every other field survive.
 */
import { isMap, isSeq, parseDocument, type YAMLMap } from 'yaml';
import type { SurveillanceRun } from '../../schemas/surveillance-run.ts';
import { DataFileError } from './data-files.ts';

/** The registry record a state was read from. */
export const registryUrl = (nct: string) => `https://clinicaltrials.gov/study/${nct}`;

const FIELDS = ['status', 'start', 'plannedEnd', 'resultsPosted', 'lastUpdate'] as const;

/** The YAML text with every listed registration updated from `run`; also the NCT numbers changed. */
export function applyRun(text: string, file: string, run: SurveillanceRun): { text: string; updated: string[] } {
  const doc = parseDocument(text);
  if (doc.errors.length) throw new DataFileError(`${file}: not valid YAML: ${doc.errors[0]!.message.split('\n')[0]}`);
  if (!isSeq(doc.contents)) throw new DataFileError(`${file}: expected a list of registrations.`);
  const states = new Map(run.registrations.map((r) => [r.nct, r]));
  const updated: string[] = [];
  for (const item of doc.contents.items) {
    if (!isMap(item)) continue;
    const map = item as YAMLMap;
    const state = states.get(String(map.get('nct')));
    if (!state) continue;
    for (const field of FIELDS) {
      const value = state[field];
      if (value === undefined) map.delete(field);
      else map.set(field, value);
    }
    map.set('checked', run.date);
    map.set('checkedAt', registryUrl(state.nct));
    updated.push(state.nct);
  }
  return { text: doc.toString(), updated };
}
