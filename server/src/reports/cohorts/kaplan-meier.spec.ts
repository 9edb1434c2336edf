import { atRiskAt, estimateAt, kaplanMeier, type Observation } from './kaplan-meier.js';

/**
 * Worked by hand. Eight persons (days): events at 2, 2 (a tie), 5, 9;
 * censored at 3, 5 (tied with an event: still at risk at 5), 8, 10.
 *   t=2: n=8, d=2 → S = 6/8 = 0.75;  Greenwood Σ = 2/(8·6) = 1/24
 *   t=5: n=5, d=1 → S = 0.75·4/5 = 0.6;  Σ += 1/(5·4) → 1/24 + 1/20
 *   t=9: n=2, d=1 → S = 0.6·1/2 = 0.3;  Σ += 1/(2·1)
 * The 95% interval on the log(−log S) scale, at t=5:
 *   θ = 1.96·√(1/24 + 1/20) / |ln 0.6| = 1.1617; S ∈ [0.6^e^θ, 0.6^e^−θ] = [0.1955, 0.8523],
 *   so the share reached 0.4 ∈ [0.1477, 0.8045] (as R's survfit with conf.type = "log-log").
 */
const HAND: Observation[] = [
  { time: 2, event: true, count: 2 },
  { time: 3, event: false, count: 1 },
  { time: 5, event: true, count: 1 },
  { time: 5, event: false, count: 1 },
  { time: 8, event: false, count: 1 },
  { time: 9, event: true, count: 1 },
  { time: 10, event: false, count: 1 },
];

describe('Kaplan–Meier', () => {
  it('matches the example worked by hand, with ties and censoring', () => {
    const steps = kaplanMeier(HAND);
    expect(steps.map((s) => [s.time, s.atRisk, s.events, s.censored])).toEqual([
      [2, 8, 2, 0],
      [3, 6, 0, 1],
      [5, 5, 1, 1],
      [8, 3, 0, 1],
      [9, 2, 1, 0],
      [10, 1, 0, 1],
    ]);
    expect(steps.map((s) => s.survival)).toEqual([0.75, 0.75, 0.6, 0.6, 0.3, 0.3].map((v) => expect.closeTo(v, 12)));
    expect(steps[2].greenwood).toBeCloseTo(1 / 24 + 1 / 20, 12);

    const at = (t: number) => estimateAt(steps, t, 8)!;
    expect(at(0)).toEqual({ share: 0, lower: 0, upper: 0, atRisk: 8 });
    expect(at(1).share).toBe(0);
    expect(at(2).share).toBeCloseTo(0.25, 12);
    expect(at(2).lower).toBeCloseTo(0.0691017, 6);
    expect(at(2).upper).toBeCloseTo(0.6851929, 6);
    expect(at(4).share).toBeCloseTo(0.25, 12);
    expect(at(5).share).toBeCloseTo(0.4, 12);
    expect(at(5).lower).toBeCloseTo(0.1477457, 6);
    expect(at(5).upper).toBeCloseTo(0.8045041, 6);
    expect(at(9).share).toBeCloseTo(0.7, 12);
    expect(at(9).lower).toBeCloseTo(0.2912055, 6);
    expect(at(9).upper).toBeCloseTo(0.9851757, 6);
    expect(at(10).share).toBeCloseTo(0.7, 12);
    // Beyond the longest follow-up nothing is known.
    expect(estimateAt(steps, 11, 8)).toBeNull();
    expect([0, 2, 3, 4, 5, 6, 9, 10, 11].map((t) => atRiskAt(steps, t, 8))).toEqual([8, 8, 6, 5, 5, 3, 2, 1, 0]);
  });

  it('reaches 1 when everyone had the event, with a point interval', () => {
    const steps = kaplanMeier([
      { time: 1, event: true, count: 1 },
      { time: 4, event: true, count: 2 },
    ]);
    expect(estimateAt(steps, 4, 3)).toEqual({ share: 1, lower: 1, upper: 1, atRisk: 2 });
    expect(estimateAt(steps, 40, 3)).toEqual({ share: 1, lower: 1, upper: 1, atRisk: 0 });
  });

  it('is the plain share reached when nobody is censored', () => {
    const steps = kaplanMeier([
      { time: 3, event: true, count: 3 },
      { time: 7, event: false, count: 7 },
    ]);
    expect(estimateAt(steps, 5, 10)!.share).toBeCloseTo(0.3, 12);
  });

  it('finds the exponential curve it was generated from, with censoring', () => {
    // 40,000 persons: event after an exponential time (mean 300 days), censored after an
    // independent uniform time in [0, 900] days; the true share by t is 1 − e^(−t/300).
    // mulberry32, seeded: the same persons every run.
    let state = 20261203;
    const next = () => {
      state = (state + 0x6d2b79f5) | 0;
      let z = Math.imul(state ^ (state >>> 15), 1 | state);
      z = (z + Math.imul(z ^ (z >>> 7), 61 | z)) ^ z;
      return (((z ^ (z >>> 14)) >>> 0) + 0.5) / 2 ** 32;
    };
    const counts = new Map<string, Observation>();
    for (let i = 0; i < 40_000; i++) {
      const event = Math.floor(-300 * Math.log(next()));
      const censor = Math.floor(900 * next());
      const o = event <= censor ? { time: event, event: true } : { time: censor, event: false };
      const key = `${o.time}:${o.event}`;
      const seen = counts.get(key) ?? { ...o, count: 0 };
      seen.count++;
      counts.set(key, seen);
    }
    const steps = kaplanMeier([...counts.values()]);
    for (const t of [30, 180, 365, 600]) {
      // Times are whole days (floored), so by day t the true share is that of t + 1.
      const truth = 1 - Math.exp(-(t + 1) / 300);
      const e = estimateAt(steps, t, 40_000)!;
      expect(Math.abs(e.share - truth)).toBeLessThan(0.015);
      expect(e.lower).toBeLessThan(truth);
      expect(e.upper).toBeGreaterThan(truth);
      expect(e.upper - e.lower).toBeLessThan(0.05);
    }
  });
});
