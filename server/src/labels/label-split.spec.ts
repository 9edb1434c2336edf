import { AppError } from '../common/errors/app-error.js';
import { splitMinutes } from './label-split.js';

describe('splitMinutes', () => {
  it('splits equally and puts the remainder on the first label, so parts add up exactly', () => {
    expect(splitMinutes(60, ['a', 'b', 'c']).map((s) => s.minutes)).toEqual([20, 20, 20]);
    const odd = splitMinutes(10, ['a', 'b', 'c']).map((s) => s.minutes);
    expect(odd).toEqual([3.34, 3.33, 3.33]);
    expect(odd.reduce((x, y) => x + y, 0)).toBeCloseTo(10, 10);
  });

  it("takes the author's split when it adds up", () => {
    expect(splitMinutes(45, ['a', 'b'], { a: 30, b: 15 })).toEqual([
      { labelId: 'a', minutes: 30, explicit: true },
      { labelId: 'b', minutes: 15, explicit: true },
    ]);
  });

  it('refuses thirds of a minute that would lose time when stored to the hundredth', () => {
    expect(() => splitMinutes(10, ['a', 'b', 'c'], { a: 3.333, b: 3.333, c: 3.334 })).toThrow(AppError);
    expect(
      splitMinutes(10, ['a', 'b', 'c'], { a: 3.33, b: 3.33, c: 3.34 }).reduce((s, x) => s + x.minutes, 0),
    ).toBeCloseTo(10, 10);
  });

  it.each([
    [{ a: 30, b: 10 }, /add up to the duration \(45 minutes\), not 40/],
    [{ a: 45 }, /exactly the labels/],
    [{ a: 45, c: 0 }, /exactly the labels/],
    [{ a: 50, b: -5 }, /0 or more/],
    [{ a: 15.333, b: 29.667 }, /at most two decimals/],
    [{ a: 45, b: 0, c: 0 }, /exactly the labels/],
  ])('refuses %j', (split, message) => {
    try {
      splitMinutes(45, ['a', 'b'], split);
      throw new Error('expected a 422');
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).errors?.labelMinutes.message).toMatch(message);
    }
  });
});
