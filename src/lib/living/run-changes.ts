/**
 * What each surveillance run changed, as entries of the site's change log and Atom feed: new records
 * found, registry statuses that moved, and new notices on cited works. A run that changed nothing
 * adds no entry; a replay of recorded answers is never one.
 */
import type { Change } from '../../schemas/change.ts';
import { compareRuns } from './compare.ts';
import { countWord } from './registry-facts.ts';
import type { LivingData } from './living-data.ts';
import { PRISMA_PAGE_PATH } from './prisma.ts';

/** The page the log entries point at: Methods, where the searches and the flow of records are. */
export const SURVEILLANCE_LOG = { title: 'Literature surveillance', path: PRISMA_PAGE_PATH } as const;

const plural = (n: number, one: string, many: string) => `${countWord(n)} ${n === 1 ? one : many}`;

export function runChanges(data: Pick<LivingData, 'runs'>): Change[] {
  const runs = data.runs.filter((r) => r.mode !== 'replay');
  return runs.flatMap((run, i) => {
    const previous = i > 0 ? runs[i - 1] : undefined;
    const [records, states, , notices] = compareRuns(run, previous, [], undefined);
    const found = records!.rows.length;
    const moved = new Set(states!.rows.filter((r) => r[1] !== '(new)').map((r) => r[0])).size;
    const noticed = notices!.rows.filter((r) => r.at(-1) === 'new').length;
    if (found + moved + noticed === 0) return [];
    const parts = [
      found > 0 ? `${plural(found, 'new record', 'new records')} found` : '',
      moved > 0 ? `${plural(moved, 'registration', 'registrations')} changed status` : '',
      noticed > 0 ? `${plural(noticed, 'notice', 'notices')} on cited works` : '',
    ].filter(Boolean);
    const how = run.mode === 'manual' ? 'Search by hand' : 'Surveillance run';
    const summary = `${how}: ${parts.join('; ')}. Each record is screened and counted in the flow of records on Methods.`;
    return [{ date: run.date, type: 'new evidence' as const, summary, conclusionChanged: false }];
  });
}
