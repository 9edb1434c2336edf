import { cohensKappa, pooledKappa } from './kappa.js';

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

describe('pooled kappa over all labels', () => {
  it('matches a hand-computed example', () => {
    // Work on 4 logs: both 2, first only 1, neither 1 → p_o = 0.75, p_e = 0.75 × 0.5 + 0.25 × 0.5 = 0.5
    // Housing:        first only 1, second only 1, neither 2 → p_o = 0.5, p_e = 0.25² + 0.75² = 0.625
    // mean p_o = 0.625, mean p_e = 0.5625 → kappa = 0.0625 / 0.4375 = 1/7
    // (a kappa of the summed 2×2 table would say 0.25: chance from pooled margins).
    const { agreement, kappa } = pooledKappa([
      { both: 2, firstOnly: 1, secondOnly: 0, neither: 1 },
      { both: 0, firstOnly: 1, secondOnly: 1, neither: 2 },
    ]);
    expect(agreement).toBeCloseTo(0.625, 10);
    expect(kappa).toBeCloseTo(1 / 7, 10);
  });

  it('is the label kappa for one label, and undefined without labels', () => {
    const counts = { both: 4, firstOnly: 1, secondOnly: 2, neither: 3 };
    expect(pooledKappa([counts]).kappa).toBeCloseTo(cohensKappa(counts).kappa!, 10);
    expect(pooledKappa([]).kappa).toBeNull();
    expect(pooledKappa([{ both: 0, firstOnly: 0, secondOnly: 0, neither: 4 }]).kappa).toBeNull();
  });
});
