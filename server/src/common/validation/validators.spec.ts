import { isCalendarDate } from './validators.js';

describe('isCalendarDate', () => {
  it.each(['2024-02-29', '2026-12-31', '1999-01-01'])('accepts %s', (value) =>
    expect(isCalendarDate(value)).toBe(true),
  );
  it.each(['2023-02-29', '2026-13-01', '2026-1-1', '2026-01-01T00:00:00Z', ''])('rejects %s', (value) =>
    expect(isCalendarDate(value)).toBe(false),
  );
});
