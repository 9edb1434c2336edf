import { guardCounts, guardGroup, isFewerThan5 } from './small-groups.js';

describe('the small-group rule', () => {
  it('hides 1 to 4 persons and shows 0 and 5', () => {
    expect([0, 1, 4, 5, 6].map(isFewerThan5)).toEqual([false, true, true, false, false]);
  });

  it("nulls a group's figures and lists them, keeping its key", () => {
    const row = { key: 'work', total: 9, median: 3 };
    expect(guardGroup(row, 4, ['total', 'median'])).toEqual({
      key: 'work',
      total: null,
      median: null,
      fewerThan5: ['total', 'median'],
    });
    expect(guardGroup(row, 5, ['total', 'median'])).toEqual({ ...row, fewerThan5: [] });
  });

  it('guards each count by its own persons, or by itself when it counts persons', () => {
    expect(guardCounts({ a: 5, b: 4, c: 0 })).toEqual({ a: 5, b: null, c: 0, fewerThan5: ['b'] });
    expect(guardCounts({ a: 9, b: 9 }, { a: 5, b: 2 })).toEqual({ a: 9, b: null, fewerThan5: ['b'] });
  });
});
