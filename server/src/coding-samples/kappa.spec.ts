import { cohensKappa } from './kappa.js';

describe("Cohen's kappa", () => {
  it('matches a hand-computed example', () => {
    // 10 logs: both 4, first only 1, second only 2, neither 3.
    // observed = 7/10; chance = 0.5 × 0.6 + 0.5 × 0.4 = 0.5; kappa = (0.7 − 0.5) / 0.5 = 0.4
    const { agreement, kappa } = cohensKappa({ both: 4, firstOnly: 1, secondOnly: 2, neither: 3 });
    expect(agreement).toBeCloseTo(0.7, 10);
    expect(kappa).toBeCloseTo(0.4, 10);
  });

  it('is 1 for perfect agreement and can go below 0', () => {
    expect(cohensKappa({ both: 3, firstOnly: 0, secondOnly: 0, neither: 2 }).kappa).toBe(1);
    expect(cohensKappa({ both: 0, firstOnly: 2, secondOnly: 2, neither: 0 }).kappa).toBe(-1);
  });

  it('is undefined when nobody used the label', () => {
    expect(cohensKappa({ both: 0, firstOnly: 0, secondOnly: 0, neither: 5 })).toEqual({ agreement: 1, kappa: null });
  });
});
