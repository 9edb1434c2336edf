import { AppError } from '../errors/app-error.js';
import { applyFilters, parseListQuery } from './list-query.js';
import type { ListSpec } from './list-spec.js';

const spec: ListSpec = {
  resource: 'things',
  sortable: { name: 't.name', createdAt: 't.createdAt' },
  filters: {
    kind: { column: 't.kind', type: 'enum', values: ['a', 'b'] },
    day: { column: 't.day', type: 'date', range: true },
    size: { column: 't.size', type: 'number', range: true },
    ownerId: { column: 't.ownerId', type: 'uuid' },
    done: { column: 't.done', type: 'boolean' },
    at: { column: 't.at', type: 'timestamp', range: true },
    tags: { column: 't.tags', type: 'text', match: 'contains' },
    labelIds: { column: 'x.label_id', type: 'uuid', exists: 'thing_labels x WHERE x.thing_id = t.id' },
  },
  search: ['t.name'],
  defaultSort: ['name', 'ASC'],
};

const parse = (raw: Record<string, unknown>) => parseListQuery(raw, spec);
const rejects = (raw: Record<string, unknown>) => {
  try {
    parse(raw);
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).status).toBe(400);
    return (error as AppError).message;
  }
  throw new Error('expected a 400');
};

describe('parseListQuery', () => {
  it('falls back to the default sort and the first 25 rows', () => {
    expect(parse({})).toEqual({ sort: ['name', 'ASC'], range: [0, 24], filter: {} });
  });

  it('reads sort, range and filter as JSON', () => {
    const query = parse({
      sort: '["createdAt","desc"]',
      range: '[50,99]',
      filter: '{"q":"kyiv","kind":["a","b"],"day_gte":"2026-01-01","size_lte":3,"done":true}',
    });
    expect(query.sort).toEqual(['createdAt', 'DESC']);
    expect(query.range).toEqual([50, 99]);
    expect(query.filter).toMatchObject({ q: 'kyiv', kind: ['a', 'b'], day_gte: '2026-01-01' });
  });

  it('names what can be sorted on when the field is unknown', () => {
    expect(rejects({ sort: '["secret","ASC"]' })).toMatch(/sortable: name, createdAt/);
  });

  it.each([
    [{ sort: 'name' }, /not valid JSON/],
    [{ range: '[0]' }, /range must be/],
    [{ range: '[-1,5]' }, /range must be/],
    [{ range: '[0,1000]' }, /at most 1000/],
    [{ filter: '[1,2]' }, /JSON object/],
    [{ filter: '{"nope":1}' }, /unknown filter "nope"/],
    [{ filter: '{"kind":"c"}' }, /not a valid value/],
    [{ filter: '{"day_gte":"2026-13-01x"}' }, /not a valid value/],
    [{ filter: '{"ownerId":"1"}' }, /not a valid value/],
    [{ filter: '{"kind_gte":"a"}' }, /unknown filter/],
    [{ filter: '{"id":["x"]}' }, /ids/],
    [{ filter: '{"q":5}' }, /q must be text/],
    [{ sort: ['a', 'b'] }, /given once/],
    // Inherited object properties are no fields.
    [{ sort: '["constructor","ASC"]' }, /cannot sort by/],
    [{ sort: '["toString","ASC"]' }, /cannot sort by/],
    [{ sort: '["valueOf","DESC"]' }, /cannot sort by/],
    [{ sort: '["hasOwnProperty","ASC"]' }, /cannot sort by/],
    [{ sort: '["__proto__","ASC"]' }, /cannot sort by/],
    [{ filter: '{"constructor":"x"}' }, /unknown filter "constructor"/],
    [{ filter: '{"__proto__":{"x":1}}' }, /unknown filter "__proto__"/],
    [{ filter: '{"constructor_gte":1}' }, /unknown filter/],
    [{ filter: '{"toString_lte":1}' }, /unknown filter/],
    // PostgreSQL text holds no NUL.
    [{ filter: '{"q":"\\u0000"}' }, /NUL/],
    [{ filter: '{"kind":["a","\\u0000"]}' }, /NUL/],
    [{ filter: '{"q\\u0000":"x"}' }, /NUL/],
    [{ sort: '["name\\u0000","ASC"]' }, /NUL/],
    // Numbers PostgreSQL cannot take.
    [{ range: '[1e20,1e20]' }, /range must be/],
    [{ range: '[0,9007199254740993]' }, /range must be/],
    [{ filter: '{"size_gte":99999999999}' }, /not a valid value/],
    [{ filter: '{"size_lte":-99999999999}' }, /not a valid value/],
    [{ filter: '{"size":1e400}' }, /not a valid value/],
    [{ filter: '{"size":"Infinity"}' }, /not a valid value/],
    [{ filter: '{"size":"NaN"}' }, /not a valid value/],
    // Dates that are not on the calendar.
    [{ filter: '{"day_gte":"2024-02-31"}' }, /not a valid value/],
    [{ filter: '{"day":"2023-02-29"}' }, /not a valid value/],
    [{ filter: '{"day_gte":"0000-01-01"}' }, /not a valid value/],
    [{ filter: '{"day_gte":"1e400"}' }, /not a valid value/],
    [{ filter: '{"at_gte":"2023-02-30"}' }, /not a valid value/],
    [{ filter: '{"at_gte":"2023-02-30T10:00:00Z"}' }, /not a valid value/],
    [{ filter: '{"at_gte":"0000-01-01"}' }, /not a valid value/],
    [{ filter: '{"at_gte":"2024-01-01T10:00:00+20:00"}' }, /not a valid value/],
    // Membership filters take values, not null.
    [{ filter: '{"tags":null}' }, /not a valid value/],
    [{ filter: '{"labelIds":"x"}' }, /not a valid value/],
  ])('rejects %j', (raw, message) => {
    expect(rejects(raw)).toMatch(message);
  });

  it("always accepts id, react-admin's default sort", () => {
    expect(parse({ sort: '["id","DESC"]' }).sort).toEqual(['id', 'DESC']);
  });

  it('answers every id a getMany asks for, not just a first page', () => {
    const ids = Array.from({ length: 40 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
    expect(parse({ filter: JSON.stringify({ id: ids }) }).range).toEqual([0, 39]);
  });

  it('accepts exactly 1000 rows a page', () => {
    expect(parse({ range: '[0,999]' }).range).toEqual([0, 999]);
  });

  it('accepts real dates, timestamps and numbers at the edges', () => {
    const query = parse({
      range: '[0,0]',
      filter:
        '{"day_gte":"2024-02-29","at_lte":"2024-12-31T23:59:59+01:00","size_gte":-2147483647,"size_lte":2147483647}',
    });
    expect(query.filter).toMatchObject({ day_gte: '2024-02-29', size_lte: 2147483647 });
  });
});

/** Records what applyFilters asks of the query builder. */
function whereOf(filter: Record<string, unknown>) {
  const wheres: [string, Record<string, unknown> | undefined][] = [];
  const qb = {
    alias: 't',
    andWhere: (sql: string, params?: Record<string, unknown>) => (wheres.push([sql, params]), qb),
  };
  applyFilters(qb as never, parseListQuery({ filter: JSON.stringify(filter) }, spec).filter, spec);
  return wheres;
}

describe('applyFilters on array columns and related tables', () => {
  it('matches an array column holding the value, or any of the values', () => {
    expect(whereOf({ tags: 'work' })).toEqual([['(t.tags)::text[] && ARRAY[:...f0]::text[]', { f0: ['work'] }]]);
    expect(whereOf({ tags: ['work', 'housing'] })).toEqual([
      ['(t.tags)::text[] && ARRAY[:...f0]::text[]', { f0: ['work', 'housing'] }],
    ]);
  });

  it('matches a related row through EXISTS', () => {
    const id = '00000000-0000-4000-8000-000000000001';
    expect(whereOf({ labelIds: [id] })).toEqual([
      ['EXISTS (SELECT 1 FROM thing_labels x WHERE x.thing_id = t.id AND x.label_id IN (:...f0))', { f0: [id] }],
    ]);
  });

  it('matches nothing for an empty list', () => {
    expect(whereOf({ tags: [] })).toEqual([['FALSE', undefined]]);
  });
});
