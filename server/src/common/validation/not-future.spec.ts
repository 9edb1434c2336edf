import { AppError } from '../errors/app-error.js';
import { isFuture, isFutureDate, latestToday, refuseFuture } from './not-future.js';

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

describe('isFuture on a date and time', () => {
  const now = new Date('2026-03-10T12:00:00Z');

  it('allows now, the past and a device clock a few minutes ahead', () => {
    expect(isFuture('2026-03-10T12:00:00Z', now)).toBe(false);
    expect(isFuture('2026-03-10T13:03:00+01:00', now)).toBe(false);
  });

  it('refuses a time still to come, whatever its zone', () => {
    expect(isFuture('2026-03-10T12:10:00Z', now)).toBe(true);
    expect(isFuture('2026-03-11T09:00:00+14:00', now)).toBe(true);
  });
});

describe('refuseFuture', () => {
  it('names every future field at once and lets absent ones pass', () => {
    const now = new Date('2026-03-10T12:00:00Z');
    let error: unknown;
    try {
      refuseFuture(
        { occurredAt: '2026-03-12T09:00:00Z', followUpOn: null, date: '2026-04-01', seen: '2026-03-01' },
        now,
      );
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    const future = { code: 'date_in_future', message: 'cannot be in the future' };
    expect((error as AppError).errors).toEqual({ occurredAt: future, date: future });
  });
});
