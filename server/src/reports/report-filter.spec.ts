import { AppError } from '../common/errors/app-error.js';
import { ERROR_CODES } from '../common/errors/error-codes.js';
import { householdFilters, parseReportFilter, reportFilterKeys, type ReportFilterSpec } from './report-filter.js';

const spec: ReportFilterSpec = {
  options: { level: ['top', 'all'] },
  periods: { occurredAt: { column: '', type: 'timestamp' } },
  filters: { authorId: { column: '', type: 'uuid' }, ...householdFilters() },
  nulls: 'refused',
};
const parse = (filter: unknown, s = spec) =>
  parseReportFilter(filter === undefined ? undefined : JSON.stringify(filter), s);
/** The HTTP status the filter's error is answered with (undefined: it did not throw). */
function statusOf(work: () => unknown): number | undefined {
  try {
    work();
  } catch (error) {
    if (error instanceof AppError) return ERROR_CODES[error.code].status;
    throw error;
  }
  return undefined;
}
const ID = '6f1c8a4e-2b7d-4c1e-9a3f-0d5e6b7c8a9b';

describe('the report filter dialect', () => {
  it('reads no filter as an empty one with the options at their defaults', () => {
    expect(parse(undefined)).toEqual({ filter: {}, options: { level: 'top' }, sent: {} });
  });

  it('keeps the row filters apart from the options, and the filter as sent for the CSV line', () => {
    const sent = { level: 'all', occurredAt_gte: '2026-01-01', municipality: ['Zaanstad', 'Nijmegen'], authorId: ID };
    expect(parse(sent)).toEqual({
      filter: { occurredAt_gte: '2026-01-01', municipality: ['Zaanstad', 'Nijmegen'], authorId: ID },
      options: { level: 'all' },
      sent,
    });
  });

  it('takes a period only as its bounds, and names the keys it knows in a 400', () => {
    expect(reportFilterKeys(spec)).toEqual([
      'level',
      'occurredAt_gte',
      'occurredAt_lte',
      'authorId',
      'municipality',
      'track',
    ]);
    expect(() => parse({ occurredAt: '2026-01-01' })).toThrow(
      'unknown filter "occurredAt"; filters: level, occurredAt_gte, occurredAt_lte, authorId, municipality, track',
    );
  });

  it.each([
    ['a filter that is not an object', null],
    ['a list for a filter', []],
    ['an option it does not have', { level: 'some' }],
    ['a wrong id in a list', { authorId: [ID, 'not-a-uuid'] }],
    ['a day that does not exist', { occurredAt_lte: '2031-02-30T10:00:00Z' }],
    ['a track that does not exist', { track: ['nowhere'] }],
    ['null where "without one" is no question the report answers', { authorId: null }],
    ['null in a list', { municipality: ['Zaanstad', null] }],
  ])('refuses %s with a 400', (_what, filter) => {
    expect(statusOf(() => parse(filter))).toBe(400);
  });

  it('reads null as "without one" where the report says so, and takes q and id where it has them', () => {
    const listLike: ReportFilterSpec = {
      filters: { ownerId: { column: 'x', type: 'uuid' } },
      search: ['title'],
      ids: true,
      nulls: 'without',
    };
    expect(parse({ ownerId: null, q: 'rent', id: [ID] }, listLike).filter).toEqual({
      ownerId: null,
      q: 'rent',
      id: [ID],
    });
    expect(statusOf(() => parse({ q: 'rent' }))).toBe(400);
  });

  it('declares the household filters once, as columns where the report filters in SQL', () => {
    expect(householdFilters('o.household_id').municipality.column).toBe(
      '(SELECT h.municipality FROM households h WHERE h.id = o.household_id)',
    );
    expect(householdFilters().track).toMatchObject({ column: '', type: 'enum' });
  });
});
