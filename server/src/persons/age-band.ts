import type { AgeBand } from './person.enums.js';

/** The band's lowest age, in AGE_BANDS order (`unknown` has none). */
const LOWEST: [AgeBand, number][] = [
  ['67_plus', 67],
  ['45_66', 45],
  ['27_44', 27],
  ['18_26', 18],
  ['under_18', -Infinity],
];

/** A birth year's age band in a given year (see AGE_BANDS for why these bands). */
export function ageBand(birthYear: number | null | undefined, year: number): AgeBand {
  if (birthYear === null || birthYear === undefined) return 'unknown';
  const age = year - birthYear;
  return LOWEST.find(([, lowest]) => age >= lowest)?.[0] ?? 'unknown';
}

/** The same band in SQL, for a birth-year column; `$year` is a bound integer parameter. */
export function ageBandSql(birthYear: string, year: string): string {
  return `CASE WHEN ${birthYear} IS NULL THEN 'unknown'
            WHEN ${year} - ${birthYear} >= 67 THEN '67_plus'
            WHEN ${year} - ${birthYear} >= 45 THEN '45_66'
            WHEN ${year} - ${birthYear} >= 27 THEN '27_44'
            WHEN ${year} - ${birthYear} >= 18 THEN '18_26'
            ELSE 'under_18' END`;
}
