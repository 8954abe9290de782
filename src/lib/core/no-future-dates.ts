/**
 * No date from the future: a review, change, release or publication dated
 * after today is a typo, and a page that states it misleads its readers.
 *
 * "Today" is SOURCE_DATE_EPOCH when it is set (reproducible builds), else the
 * clock, plus one day so an author ahead of UTC is not refused. The check may
 * read the clock; what the build writes never does.
 */

const DAY_MS = 86_400_000;

/** The latest date (YYYY-MM-DD) content may carry. */
export function latestAllowedDate(env: Readonly<Record<string, string | undefined>> = process.env, now: () => number = Date.now): string {
  const epoch = env.SOURCE_DATE_EPOCH?.trim();
  const seconds = epoch && /^\d+$/.test(epoch) ? Number(epoch) : undefined;
  const today = seconds === undefined ? now() : seconds * 1000;
  return new Date(today + DAY_MS).toISOString().slice(0, 10);
}

/** Why a date (YYYY-MM-DD) is refused as lying in the future, or undefined when it is not. */
export function futureDateProblem(date: string, latest: string = latestAllowedDate()): string | undefined {
  if (date <= latest) return undefined;
  return `${date} lies in the future (the latest date allowed today is ${latest}); write the date on which it really happened`;
}

/** The same for a publication year. */
export function futureYearProblem(year: number, latest: string = latestAllowedDate()): string | undefined {
  const limit = Number(latest.slice(0, 4));
  return year <= limit ? undefined : `year ${year} lies in the future (it is ${limit} at the latest); write the year the work was published`;
}
