import { AppError } from '../errors/app-error.js';
import { parseListQuery } from './list-query.js';
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
  ])('rejects %j', (raw, message) => {
    expect(rejects(raw)).toMatch(message);
  });

  it('always accepts id, react-admin\'s default sort', () => {
    expect(parse({ sort: '["id","DESC"]' }).sort).toEqual(['id', 'DESC']);
  });

  it('answers every id a getMany asks for, not just a first page', () => {
    const ids = Array.from({ length: 40 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
    expect(parse({ filter: JSON.stringify({ id: ids }) }).range).toEqual([0, 39]);
  });

  it('accepts exactly 1000 rows a page', () => {
    expect(parse({ range: '[0,999]' }).range).toEqual([0, 999]);
  });
});
