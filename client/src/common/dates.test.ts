import { formatDay } from './dates';

describe('formatDay', () => {
  it('shows a day in the browser locale, not as an ISO string', () => {
    expect(formatDay('2026-12-03')).toBe(new Date(2026, 11, 3).toLocaleDateString());
    expect(formatDay('2026-12-03')).not.toBe('2026-12-03');
  });

  it('takes the day part of an instant and leaves anything else alone', () => {
    expect(formatDay('2026-01-31T00:00:00.000Z')).toBe(new Date(2026, 0, 31).toLocaleDateString());
    expect(formatDay(null)).toBe('');
    expect(formatDay('soon')).toBe('soon');
  });
});
