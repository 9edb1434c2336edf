import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { TRACKS } from '../common/choices';

/**
 * A report's filters live in the query string of its hash route
 * (`#/reports/themes?occurredAt_gte=2026-01-01&municipality=Zaanstad`), so a
 * filtered report can be bookmarked and shared. The keys are the API's filter
 * keys; a value that does not fit its key is dropped rather than sent.
 */
export type Filters = Record<string, string>;
export type Validators<T extends Filters> = Partial<Record<keyof T, (value: string) => boolean>>;

export const isDay = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v));
export const isId = (v: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v);
export const isTrack = (v: string) => (TRACKS as readonly string[]).includes(v);
export const isText = (v: string) => v.trim() !== '' && v.length <= 200;

/** The filters a query string holds: every known key, its default when absent or invalid. */
export function parseReportFilters<T extends Filters>(
  search: string | URLSearchParams,
  defaults: T,
  valid: Validators<T> = {},
): T {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const out: Filters = { ...defaults };
  for (const key of Object.keys(defaults)) {
    const value = params.get(key);
    if (value !== null && value !== '' && (valid[key]?.(value) ?? true)) out[key] = value;
  }
  return out as T;
}

/** The query string for filters: only the values that differ from the defaults, in a stable order. */
export function reportFiltersSearch<T extends Filters>(filter: T, defaults: T): string {
  const params = new URLSearchParams();
  for (const key of Object.keys(defaults)) {
    if (filter[key] && filter[key] !== defaults[key]) params.set(key, filter[key]);
  }
  return params.toString();
}

/** The report's filters, read from and written to the URL (replacing the entry: each pick is no new history step). */
export function useUrlFilters<T extends Filters>(defaults: T, valid: Validators<T> = {}): [T, (next: T) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const search = searchParams.toString();
  // defaults and valid are constants of each report; the filter changes only with the URL.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const filter = useMemo(() => parseReportFilters(search, defaults, valid), [search]);
  const setFilter = useCallback(
    (next: T) => setSearchParams(new URLSearchParams(reportFiltersSearch(next, defaults)), { replace: true }),
    [setSearchParams, defaults],
  );
  return [filter, setFilter];
}
