import { today } from './today.js';

describe('today', () => {
  it('is the UTC calendar day, as the services filled it in before', () => {
    expect(today(new Date('2026-03-01T23:30:00+01:00'))).toBe('2026-03-01');
    expect(today(new Date('2026-03-02T00:30:00+01:00'))).toBe('2026-03-01');
    expect(today(new Date('2026-12-31T23:59:59Z'))).toBe('2026-12-31');
  });
});
