import { AppError } from '../common/errors/app-error.js';
import { splitMinutes } from './label-split.js';

describe('splitMinutes', () => {
  it('splits equally and puts the remainder on the first label, so parts add up exactly', () => {
    expect(splitMinutes(60, ['a', 'b', 'c']).map((s) => s.minutes)).toEqual([20, 20, 20]);
    const odd = splitMinutes(10, ['a', 'b', 'c']).map((s) => s.minutes);
    expect(odd).toEqual([3.34, 3.33, 3.33]);
    expect(odd.reduce((x, y) => x + y, 0)).toBeCloseTo(10, 10);
  });

  it('takes the author\'s split when it adds up', () => {
    expect(splitMinutes(45, ['a', 'b'], { a: 30, b: 15 })).toEqual([
      { labelId: 'a', minutes: 30, explicit: true },
      { labelId: 'b', minutes: 15, explicit: true },
    ]);
  });

  it.each([
    [{ a: 30, b: 10 }, /add up to the duration \(45 minutes\), not 40/],
    [{ a: 45 }, /exactly the labels/],
    [{ a: 45, c: 0 }, /exactly the labels/],
    [{ a: 50, b: -5 }, /0 or more/],
  ])('refuses %j', (split, message) => {
    try {
      splitMinutes(45, ['a', 'b'], split);
      throw new Error('expected a 422');
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).errors?.labelMinutes).toMatch(message);
    }
  });
});
