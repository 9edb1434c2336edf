/** `uuidArrayContains` is short for `type: 'uuid', match: 'contains'`. */
export type FilterType = 'text' | 'uuid' | 'date' | 'timestamp' | 'number' | 'boolean' | 'enum' | 'uuidArrayContains';

export interface FilterField {
  /** SQL expression, usually `alias.column`. */
  column: string;
  type: FilterType;
  /** Allowed values for `enum`. */
  values?: readonly string[];
  /** Whether `<field>_gte` / `<field>_lte` are accepted (dates and numbers). */
  range?: boolean;
  /**
   * `equals` (default): the column equals the value; an array means "one of".
   * `contains`: `column` is an SQL array (e.g. `po.domainKeys`, `ARRAY(SELECT …)`)
   * that holds the value; an array means "holds any of them".
   */
  match?: 'equals' | 'contains';
  /**
   * A related table instead of a column on the record: what follows `FROM`,
   * with the correlation, e.g. `contact_log_labels x WHERE x.contact_log_id = cl.id`.
   * `column` is then the related table's column (`x.label_id`); the record
   * matches when such a row has the value (an array: any of them). Becomes an
   * EXISTS, which PostgreSQL runs as a semi-join.
   */
  exists?: string;
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
