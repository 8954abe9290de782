/**
 * Numbers that front-matter sentences state, read back out of the text so the study rules can
 * check them: shares written as percentages, P values, and the length of a follow-up.
 */

/** Unsigned percentages, e.g. "16.0%" (a signed change such as "+126.3%" may exceed 100). */
const PERCENT = /(?<![+\-−\d.])(\d+(?:\.\d+)?)\s?(?:%|per ?cent\b)/gi;
/** P values, e.g. "P<0.05", "p = .001". */
const P_VALUE = /\bp\s?(<|>|=|≤|≥)\s?(\d*\.?\d+)/gi;
/** A confidence interval, e.g. "95% CI" or "confidence interval". */
const INTERVAL = /\b\d+(?:\.\d+)?\s?%\s?CI\b|\bconfidence interval/i;

/** Every unsigned percentage the text states, as numbers. */
export const statedPercents = (text: string): number[] => [...text.matchAll(PERCENT)].map((m) => Number(m[1]));

/** Every P value the text states, as written ("P<0.05") and as a number. */
export const statedPValues = (text: string): { text: string; value: number }[] => [...text.matchAll(P_VALUE)].map((m) => ({ text: m[0], value: Number(m[2]) }));

/** Whether the text states a confidence interval. */
export const statesInterval = (text: string): boolean => INTERVAL.test(text);

const UNIT_DAYS: Record<string, [number, number]> = { hour: [1 / 24, 1 / 24], day: [1, 1], week: [7, 7], month: [28, 31], year: [365, 366] };
const WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };
const DURATION = /\b(\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s?-?(hour|day|week|month|year)s?\b/gi;

/**
 * The longest duration a follow-up text states, as the range of day counts it may mean
 * ("8 weeks" → 56 to 56, "6 months" → 168 to 186, "4 to 6 weeks" → 42 to 42), with the words that
 * said it; undefined when the text states no duration ("Not stated", "no follow-up").
 */
export function statedDuration(text: string): { words: string; min: number; max: number } | undefined {
  let longest: { words: string; min: number; max: number } | undefined;
  for (const m of text.matchAll(DURATION)) {
    const count = WORDS[m[1]!.toLowerCase()] ?? Number(m[1]);
    const [min, max] = UNIT_DAYS[m[2]!.toLowerCase()]!;
    const found = { words: m[0], min: Math.floor(count * min), max: Math.ceil(count * max) };
    if (!longest || found.max > longest.max) longest = found;
  }
  return longest;
}
