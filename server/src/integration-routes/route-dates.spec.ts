import { yearsAfter } from './route-dates.js';

describe('yearsAfter', () => {
  it('is the same calendar day three years on', () => {
    expect(yearsAfter('2026-03-01')).toBe('2029-03-01');
    expect(yearsAfter('2025-12-31')).toBe('2028-12-31');
  });
  it('ends a start on 29 February on 28 February', () => {
    expect(yearsAfter('2024-02-29')).toBe('2027-02-28');
    expect(yearsAfter('2024-02-29', 4)).toBe('2028-02-29');
  });
});
