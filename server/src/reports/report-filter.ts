import { invalidQuery } from '../common/errors/app-error.js';
import { parseQueryJson, validateFilter } from '../common/list/list-query.js';
import type { FilterField, ListSpec } from '../common/list/list-spec.js';
import { PROTECTION_BASES, TRACKS } from '../households/household.enums.js';
import { AGE_BANDS, GENDERS } from '../persons/person.enums.js';

/**
 * The one filter dialect of the reports. `filter` is a JSON object of known
 * keys, typed as a list's filter (common/list): an equality key takes one
 * value or a list ("one of"), a period is `<field>_gte` / `<field>_lte`
 * (inclusive; a date-only end of a timestamp period is that whole day).
 * What the reports share is declared once (`householdFilters`); each report
 * adds its own keys in its `ReportFilterSpec`.
 */
export interface ReportFilterSpec {
  /** Equality (and, with `range`, also bound) keys; `column` only where the report filters through `applyFilters`. */
  filters: Record<string, FilterField>;
  /** Fields the report takes only as a period: `<field>_gte` and `<field>_lte`. */
  periods?: Record<string, FilterField>;
  /** What `q` searches; no `q` without it. */
  search?: string[];
  /** Whether `id` (one or a list of record ids) is taken, as in a list. */
  ids?: boolean;
  /** Keys that shape the report rather than pick rows (the theme report's `level`): their values, the first the default. */
  options?: Record<string, readonly string[]>;
  /**
   * `null` read as a list reads it, "without one" (`ownerId: null`: no plan
   * owner), or refused: a report that has no answer for "without a matcher".
   */
  nulls: 'without' | 'refused';
}

export interface ReportFilter {
  /** The row filters, checked: keys and values as sent, without the options. */
  filter: Record<string, unknown>;
  /** Each option's value, its default when not sent. */
  options: Record<string, string>;
  /** The filter as sent, options included (the CSV's filter line names them). */
  sent: Record<string, unknown>;
}

/**
 * What every report about households can be narrowed to: the household's
 * municipality and track (each one value or a list). `household` is the SQL
 * column of the household id, for reports filtered through `applyFilters`.
 */
export function householdFilters(household?: string): { municipality: FilterField; track: FilterField } {
  const of = (column: string) => (household ? `(SELECT h.${column} FROM households h WHERE h.id = ${household})` : '');
  return {
    municipality: { column: of('municipality'), type: 'text' },
    track: { column: of('track'), type: 'enum', values: TRACKS },
  };
}

/**
 * What every report about persons can be narrowed to: the person's
 * protection basis (their own, else the household's), gender and age band
 * (each one value or a list). `columns` are SQL expressions for reports
 * filtered through `applyFilters` (reports/person-conditions.ts
 * `personFilterColumns`); the others read them with `personFilterOf`.
 */
export function personFilters(columns?: { protectionBasis: string; gender: string; ageBand: string }): {
  protectionBasis: FilterField;
  gender: FilterField;
  ageBand: FilterField;
} {
  return {
    protectionBasis: { column: columns?.protectionBasis ?? '', type: 'enum', values: PROTECTION_BASES },
    gender: { column: columns?.gender ?? '', type: 'enum', values: GENDERS },
    ageBand: { column: columns?.ageBand ?? '', type: 'enum', values: AGE_BANDS },
  };
}

/** The filter's keys a client may send, in the order the 400 for an unknown one lists them. */
export function reportFilterKeys(spec: ReportFilterSpec): string[] {
  return [
    ...Object.keys(spec.options ?? {}),
    ...(spec.search?.length ? ['q'] : []),
    ...(spec.ids ? ['id'] : []),
    ...Object.keys(spec.periods ?? {}).flatMap((key) => [`${key}_gte`, `${key}_lte`]),
    ...Object.entries(spec.filters).flatMap(([key, field]) =>
      field.range ? [key, `${key}_gte`, `${key}_lte`] : [key],
    ),
  ];
}

/** Parses a report's `filter`; anything off is a 400 that names the key. No filter at all is an empty one. */
export function parseReportFilter(raw: unknown, spec: ReportFilterSpec): ReportFilter {
  const parsed = parseQueryJson(raw, 'filter');
  // `filter=null` is a mistake, not "no filter": answering everything would look like a match.
  const sent = parsed === undefined ? {} : parsed;
  if (typeof sent !== 'object' || sent === null || Array.isArray(sent))
    throw invalidQuery('filter must be a JSON object');
  const known = reportFilterKeys(spec);
  const asList: ListSpec = {
    resource: 'reports',
    sortable: {},
    filters: {
      ...spec.filters,
      ...Object.fromEntries(Object.entries(spec.periods ?? {}).map(([key, field]) => [key, { ...field, range: true }])),
    },
    search: spec.search ?? [],
    defaultSort: ['id', 'ASC'],
  };
  const filter: Record<string, unknown> = {};
  const options: Record<string, string> = Object.fromEntries(
    Object.entries(spec.options ?? {}).map(([key, values]) => [key, values[0]]),
  );
  for (const [key, value] of Object.entries(sent as Record<string, unknown>)) {
    if (!known.includes(key)) throw invalidQuery(`unknown filter "${key}"; filters: ${known.join(', ')}`);
    const choices = spec.options && Object.hasOwn(spec.options, key) ? spec.options[key] : undefined;
    if (choices) {
      if (typeof value !== 'string' || !choices.includes(value))
        throw invalidQuery(`filter ${key} must be ${choices.map((c) => `"${c}"`).join(' or ')}`);
      options[key] = value;
      continue;
    }
    if (spec.nulls === 'refused' && (value === null || (Array.isArray(value) && value.includes(null)))) {
      throw invalidQuery(`filter ${key}: null is not a valid value`);
    }
    validateFilter(key, value, asList);
    filter[key] = value;
  }
  return { filter, options, sent: sent as Record<string, unknown> };
}

/** A filter value or list of values ("one of") as a list without repeats; undefined when not given. */
export function oneOf(value: unknown): string[] | undefined {
  return value === undefined ? undefined : [...new Set((Array.isArray(value) ? value : [value]).map(String))];
}
