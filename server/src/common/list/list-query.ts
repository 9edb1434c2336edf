import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { invalidQuery } from '../errors/app-error.js';
import { isCalendarDate } from '../validation/validators.js';
import { isUuid } from '../validation/uuid.js';
import { jsonShapeProblem, textProblems } from '../validation/json-shape.js';
import { DEFAULT_RANGE, MAX_PAGE_SIZE, type FilterField, type ListQuery, type ListSpec } from './list-spec.js';

export interface RawListParams {
  sort?: unknown;
  range?: unknown;
  filter?: unknown;
}

/** Date, optional time, optional zone no further than the real ones (PostgreSQL refuses beyond ±15:59). */
const TIMESTAMP = /^(\d{4}-\d{2}-\d{2})(T[\d:.]+(Z|[+-](0\d|1[0-4]):?[0-5]\d)?)?$/;
/** Number filters compare with integer and numeric columns; beyond int4 PostgreSQL fails instead of answering. */
const MAX_FILTER_NUMBER = 2_147_483_647;

/** Parses react-admin simple-rest's `sort`, `range` and `filter`; anything off is a 400. */
export function parseListQuery(raw: RawListParams, spec: ListSpec): ListQuery {
  const sort = parseSort(raw.sort, spec);
  const range = parseRange(raw.range);
  const parsed = parseQueryJson(raw.filter, 'filter');
  // `filter=null` is a mistake, not "no filter": answering everything would look like a match.
  const filter = parsed === undefined ? {} : parsed;
  if (typeof filter !== 'object' || Array.isArray(filter) || filter === null) {
    throw invalidQuery('filter must be a JSON object');
  }
  for (const [key, value] of Object.entries(filter)) {
    validateFilter(key, value, spec);
  }
  // getMany sends ids without a range: answer all of them, not a first page.
  const ids = (filter as { id?: unknown }).id;
  if (raw.range === undefined && Array.isArray(ids)) {
    if (ids.length > MAX_PAGE_SIZE) throw invalidQuery(`filter id: at most ${MAX_PAGE_SIZE} ids`);
    return { sort, range: [0, Math.max(ids.length, 1) - 1], filter: filter as Record<string, unknown> };
  }
  return { sort, range, filter: filter as Record<string, unknown> };
}

/** A JSON query parameter (`filter`, `sort`, `range`), bounded and checked before anything walks it; anything off is a 400. */
export function parseQueryJson(raw: unknown, name: string): unknown {
  if (raw === undefined || raw === '') return undefined;
  if (typeof raw !== 'string') throw invalidQuery(`${name} must be given once, as JSON`);
  // Bounded before parsing: a filter of 5,000 nested `[` must not reach any walk over it.
  const shape = jsonShapeProblem(raw);
  if (shape) throw invalidQuery(`${name} ${shape.message}`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw invalidQuery(`${name} is not valid JSON`);
  }
  // PostgreSQL text cannot hold NUL, and would store an unpaired surrogate as U+FFFD; refuse both here.
  const [problem] = textProblems(parsed, 1);
  if (problem) throw invalidQuery(`${name} ${problem[1]}`);
  return parsed;
}

/** Own entries only: `constructor`, `toString` or `__proto__` are no field of any resource. */
function own<T>(record: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

function parseSort(raw: unknown, spec: ListSpec): [string, 'ASC' | 'DESC'] {
  const sort = parseQueryJson(raw, 'sort');
  if (sort === undefined) return spec.defaultSort;
  if (!Array.isArray(sort) || sort.length !== 2 || typeof sort[0] !== 'string') {
    throw invalidQuery('sort must be ["field","ASC"|"DESC"]');
  }
  const [field, order] = sort as [string, unknown];
  // react-admin sorts by id when a list names no sort; every record has one.
  if (own(spec.sortable, field) === undefined && field !== 'id') {
    throw invalidQuery(`cannot sort by "${field}"; sortable: ${Object.keys(spec.sortable).join(', ')}`);
  }
  const direction = String(order).toUpperCase();
  if (direction !== 'ASC' && direction !== 'DESC') throw invalidQuery('sort order must be ASC or DESC');
  return [field, direction];
}

export function parseRange(raw: unknown): [number, number] {
  const range = parseQueryJson(raw, 'range');
  if (range === undefined) return DEFAULT_RANGE;
  // Safe integers only: 1e20 is an integer to JavaScript but overflows PostgreSQL's OFFSET.
  if (!Array.isArray(range) || range.length !== 2 || !range.every((n) => Number.isSafeInteger(n) && n >= 0)) {
    throw invalidQuery('range must be [first, last] with whole numbers from 0');
  }
  const [first, last] = range as [number, number];
  if (last < first) throw invalidQuery('range: last must not be before first');
  if (last - first + 1 > MAX_PAGE_SIZE) throw invalidQuery(`range: at most ${MAX_PAGE_SIZE} rows a page`);
  return [first, last];
}

function filterField(key: string, spec: ListSpec): { field: FilterField; op: 'eq' | 'gte' | 'lte' } | undefined {
  const match = /^(.*)_(gte|lte)$/.exec(key);
  const ranged = match ? own(spec.filters, match[1]) : undefined;
  if (match && ranged?.range) {
    return { field: ranged, op: match[2] as 'gte' | 'lte' };
  }
  const field = own(spec.filters, key);
  return field ? { field, op: 'eq' } : undefined;
}

/** Whether a value is matched against an array or a related table rather than one column. */
function isMembership(field: FilterField): boolean {
  return field.type === 'uuidArrayContains' || field.match === 'contains' || field.exists !== undefined;
}

/** One key of a list filter and its value, checked against the spec; anything off is a 400. */
export function validateFilter(key: string, value: unknown, spec: ListSpec): void {
  if (key === 'q') {
    if (typeof value !== 'string') throw invalidQuery('filter q must be text');
    // Ignoring the search would show every record as if it matched.
    if (spec.search.length === 0) throw invalidQuery(`${spec.resource} has no text search; use its filters`);
    return;
  }
  if (key === 'id') {
    const ids = Array.isArray(value) ? value : [value];
    if (!ids.every((id) => typeof id === 'string' && isUuid(id))) throw invalidQuery('filter id must be ids');
    return;
  }
  const found = filterField(key, spec);
  if (!found) {
    const known = ['q', 'id', ...Object.keys(spec.filters)].join(', ');
    throw invalidQuery(`unknown filter "${key}"; filters: ${known}`);
  }
  const values = Array.isArray(value) && found.op === 'eq' ? value : [value];
  for (const v of values) {
    if (v === null && found.op === 'eq' && !isMembership(found.field)) continue;
    if (!isValidValue(found.field, v)) throw invalidQuery(`filter ${key}: "${String(v)}" is not a valid value`);
  }
}

function isValidValue(field: FilterField, value: unknown): boolean {
  switch (field.type) {
    case 'text':
      return typeof value === 'string';
    case 'uuid':
    case 'uuidArrayContains':
      return typeof value === 'string' && isUuid(value);
    case 'date':
      return typeof value === 'string' && isCalendarDate(value);
    case 'timestamp': {
      const match = typeof value === 'string' ? TIMESTAMP.exec(value) : null;
      return match !== null && isCalendarDate(match[1]) && !Number.isNaN(Date.parse(value as string));
    }
    case 'number': {
      const n =
        typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
      return Number.isFinite(n) && Math.abs(n) <= MAX_FILTER_NUMBER;
    }
    case 'boolean':
      return typeof value === 'boolean' || value === 'true' || value === 'false';
    case 'enum':
      return typeof value === 'string' && (field.values ?? []).includes(value);
  }
}

function isDateOnly(value: unknown): boolean {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
}

/** Escapes LIKE wildcards so a search for "50%" means the text "50%". */
function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * Adds WHERE, ORDER BY, OFFSET and LIMIT. Values are always bound parameters;
 * columns come only from the spec, never from the request.
 */
export function applyListQuery<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  query: ListQuery,
  spec: ListSpec,
  idColumn = `${qb.alias}.id`,
): SelectQueryBuilder<T> {
  applyFilters(qb, query.filter, spec, idColumn);
  const [sortField, order] = query.sort;
  qb.orderBy(own(spec.sortable, sortField) ?? idColumn, order, order === 'ASC' ? 'NULLS FIRST' : 'NULLS LAST');
  // A stable tiebreaker keeps pages from overlapping when the sort key repeats.
  qb.addOrderBy(idColumn, 'ASC');
  qb.offset(query.range[0]).limit(query.range[1] - query.range[0] + 1);
  return qb;
}

/** The WHERE part alone, for reports that aggregate over the same filters a list takes. */
export function applyFilters<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  filter: Record<string, unknown>,
  spec: ListSpec,
  idColumn = `${qb.alias}.id`,
): SelectQueryBuilder<T> {
  let n = 0;
  const param = () => `f${n++}`;
  for (const [key, value] of Object.entries(filter)) {
    if (key === 'q') {
      const text = String(value).trim();
      if (!text || spec.search.length === 0) continue;
      const p = param();
      qb.andWhere(`(${spec.search.map((c) => `${c} ILIKE :${p}`).join(' OR ')})`, { [p]: likePattern(text) });
      continue;
    }
    if (key === 'id') {
      const p = param();
      qb.andWhere(`${idColumn} IN (:...${p})`, {
        [p]: Array.isArray(value) && value.length ? value : ['00000000-0000-0000-0000-000000000000'],
      });
      continue;
    }
    const { field, op } = filterField(key, spec)!;
    const p = param();
    if (isMembership(field)) {
      const values = Array.isArray(value) ? value : [value];
      if (values.length === 0) qb.andWhere('FALSE');
      else qb.andWhere(membership(field, p), { [p]: values });
    } else if (op === 'gte') {
      qb.andWhere(`${field.column} >= :${p}`, { [p]: value });
    } else if (op === 'lte' && field.type === 'timestamp' && isDateOnly(value)) {
      // "Until 23 November" on an instant means the whole of that day, not its first moment.
      qb.andWhere(`${field.column} < (CAST(:${p} AS date) + 1)`, { [p]: value });
    } else if (op === 'lte') {
      qb.andWhere(`${field.column} <= :${p}`, { [p]: value });
    } else if (Array.isArray(value)) {
      if (value.length === 0) qb.andWhere('FALSE');
      else qb.andWhere(`${field.column} IN (:...${p})`, { [p]: value });
    } else if (value === null) {
      qb.andWhere(`${field.column} IS NULL`);
    } else {
      qb.andWhere(`${field.column} = :${p}`, {
        [p]: field.type === 'boolean' ? value === true || value === 'true' : value,
      });
    }
  }
  return qb;
}

/** SQL element type of an array filter; enum and text values compare as text. */
function sqlArrayType(field: FilterField): string {
  return field.type === 'uuid' || field.type === 'uuidArrayContains' ? 'uuid[]' : 'text[]';
}

/** "Has any of `:...p`": in a related table (EXISTS) or in an array column (overlap). */
function membership(field: FilterField, p: string): string {
  if (field.exists !== undefined) {
    return `EXISTS (SELECT 1 FROM ${field.exists} AND ${field.column} IN (:...${p}))`;
  }
  const type = sqlArrayType(field);
  return `(${field.column})::${type} && ARRAY[:...${p}]::${type}`;
}
