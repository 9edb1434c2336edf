/**
 * The latest calendar date it is anywhere (UTC+14): a date after it is in the
 * future for everyone, whatever the caseworker's time zone.
 */
export function latestToday(now = new Date()): string {
  return new Date(now.getTime() + 14 * 3600_000).toISOString().slice(0, 10);
}

/** Whether a `YYYY-MM-DD` date has not happened yet anywhere. */
export const isFutureDate = (date: string, now = new Date()): boolean => date > latestToday(now);
