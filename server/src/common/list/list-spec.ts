export type FilterType = 'text' | 'uuid' | 'date' | 'timestamp' | 'number' | 'boolean' | 'enum' | 'uuidArrayContains';

export interface FilterField {
  /** SQL expression, usually `alias.column`. */
  column: string;
  type: FilterType;
  /** Allowed values for `enum`. */
  values?: readonly string[];
  /** Whether `<field>_gte` / `<field>_lte` are accepted (dates and numbers). */
  range?: boolean;
}

/** What a resource lets clients sort, filter and search on; nothing else is accepted. */
export interface ListSpec {
  /** Name in `Content-Range`, e.g. `households`. */
  resource: string;
  /** JSON field → SQL expression. */
  sortable: Record<string, string>;
  filters: Record<string, FilterField>;
  /** SQL expressions searched by `q`. */
  search: string[];
  defaultSort: [string, 'ASC' | 'DESC'];
}

export interface ListQuery {
  sort: [string, 'ASC' | 'DESC'];
  range: [number, number];
  filter: Record<string, unknown>;
}

export interface ListResult<T> {
  rows: T[];
  total: number;
  range: [number, number];
}

export const MAX_PAGE_SIZE = 1000;
export const DEFAULT_RANGE: [number, number] = [0, 24];
