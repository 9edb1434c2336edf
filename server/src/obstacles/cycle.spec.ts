import { findCycle } from './cycle.js';

describe('findCycle', () => {
  it('finds no cycle in a chain', () => {
    expect(
      findCycle(
        [
          ['a', 'b'],
          ['b', 'c'],
        ],
        'a',
      ),
    ).toBeUndefined();
  });

  it('names the cycle through the start, in order', () => {
    expect(
      findCycle(
        [
          ['a', 'b'],
          ['b', 'c'],
          ['c', 'a'],
          ['c', 'd'],
        ],
        'a',
      ),
    ).toEqual(['a', 'b', 'c', 'a']);
  });

  it('ignores cycles that do not pass through the start', () => {
    expect(
      findCycle(
        [
          ['a', 'b'],
          ['b', 'c'],
          ['c', 'b'],
        ],
        'a',
      ),
    ).toBeUndefined();
  });

  it('handles diamonds without revisiting', () => {
    expect(
      findCycle(
        [
          ['a', 'b'],
          ['a', 'c'],
          ['b', 'd'],
          ['c', 'd'],
          ['d', 'a'],
        ],
        'a',
      ),
    ).toEqual(['a', 'b', 'd', 'a']);
  });
});
