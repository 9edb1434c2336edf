import { periodRange } from './trend-periods.js';

describe('trend periods', () => {
  it('lists every month and quarter between two, across a new year', () => {
    expect(periodRange('2025-11', '2026-02', 'month')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(periodRange('2025-Q4', '2026-Q2', 'quarter')).toEqual(['2025-Q4', '2026-Q1', '2026-Q2']);
    expect(periodRange('2026-03', '2026-03', 'month')).toEqual(['2026-03']);
  });
});
