import { SMALLEST_GROUP } from './cohorts/cohort.enums.js';

/**
 * The small-group rule of every report (docs/api.md, "Groups of fewer than
 * 5 persons"): a figure that stands for 1 to 4 persons is null, and the
 * object holding it names it in `fewerThan5`. Zero is shown: it names nobody.
 */
export const isFewerThan5 = (persons: number): boolean => persons > 0 && persons < SMALLEST_GROUP;

/** `T` with `K` nullable and the `fewerThan5` list that says which of them are hidden. */
export type Guarded<T, K extends keyof T> = Omit<T, K> & { [P in K]: T[P] | null } & { fewerThan5: string[] };

/**
 * `row` as a report shows it: when the persons behind it are 1 to 4, every
 * field in `fields` is null and listed in `fewerThan5`; otherwise as it is,
 * with `fewerThan5: []`.
 */
export function guardGroup<T extends object, K extends keyof T & string>(
  row: T,
  persons: number,
  fields: readonly K[],
): Guarded<T, K> {
  if (!isFewerThan5(persons)) return { ...row, fewerThan5: [] };
  const hidden: Record<string, null> = Object.fromEntries(fields.map((f) => [f, null]));
  return { ...row, ...hidden, fewerThan5: [...fields] };
}

/**
 * Counts per key (types, contract types, reasons) each of their own
 * persons: a key of 1 to 4 persons is null and listed in the object's own
 * `fewerThan5`. `persons` defaults to the counts themselves (counts of persons).
 */
export function guardCounts<K extends string>(
  counts: Record<K, number>,
  persons: Partial<Record<K, number>> = counts,
): Record<K, number | null> & { fewerThan5: string[] } {
  const out: Record<string, number | null> = {};
  const fewerThan5: string[] = [];
  for (const [key, n] of Object.entries(counts) as [K, number][]) {
    const hide = isFewerThan5(persons[key] ?? 0);
    out[key] = hide ? null : n;
    if (hide) fewerThan5.push(key);
  }
  return { ...(out as Record<K, number | null>), fewerThan5 };
}
