import { isFutureDate, latestToday } from './dates.js';

describe('isFutureDate', () => {
  const lateEvening = new Date('2026-03-10T23:30:00Z');

  it('allows today where the day has already begun anywhere (up to UTC+14)', () => {
    expect(latestToday(lateEvening)).toBe('2026-03-11');
    expect(isFutureDate('2026-03-11', lateEvening)).toBe(false);
  });

  it('refuses a day that has not begun anywhere', () => {
    expect(isFutureDate('2026-03-12', lateEvening)).toBe(true);
    expect(isFutureDate('2099-01-01')).toBe(true);
  });
});
