import { formatDateTime, formatDay } from './dates';
import { setFormatLocale } from './formats';

describe('formatDay', () => {
  it('shows a day in the reader’s language, one format per language', () => {
    expect(formatDay('2026-12-03', 'nl')).toBe('3-12-2026');
    expect(formatDay('2026-12-03', 'en')).toBe('03/12/2026');
    expect(formatDay('2026-12-03', 'uk')).toBe('03.12.2026');
  });

  it('follows the app’s language when none is given', () => {
    setFormatLocale('uk');
    expect(formatDay('2026-12-03')).toBe('03.12.2026');
    setFormatLocale('nl');
    expect(formatDay('2026-12-03')).toBe('3-12-2026');
  });

  it('takes the day part of an instant and leaves anything else alone', () => {
    expect(formatDay('2026-01-31T00:00:00.000Z', 'nl')).toBe('31-1-2026');
    expect(formatDay(null)).toBe('');
    expect(formatDay('soon')).toBe('soon');
  });
});

describe('formatDateTime', () => {
  it('shows a local day and time to the minute', () => {
    const at = new Date(2026, 11, 3, 14, 5, 59);
    expect(formatDateTime(at, 'nl')).toBe('3-12-2026, 14:05');
    expect(formatDateTime(at, 'uk')).toMatch(/^03\.12\.2026.*14:05$/);
    expect(formatDateTime(null)).toBe('');
  });
});
