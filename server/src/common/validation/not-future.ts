import { problem, validationFailed, type FieldErrors } from '../errors/app-error.js';

/**
 * "Cannot be in the future", the one rule for every record of something that
 * happened (a contact, a question received, an obstacle seen or resolved, a
 * breakthrough, a review, a status change).
 */
export const NOT_IN_FUTURE = 'cannot be in the future';

/** How far a device's clock may run ahead of the server's before its "now" counts as the future. */
const CLOCK_SKEW_MS = 5 * 60_000;

/**
 * The latest calendar date it is anywhere (UTC+14): a date after it is in the
 * future for everyone, whatever the caseworker's time zone.
 */
export function latestToday(now = new Date()): string {
  return new Date(now.getTime() + 14 * 3600_000).toISOString().slice(0, 10);
}

/** Whether a `YYYY-MM-DD` date has not happened yet anywhere. */
export const isFutureDate = (date: string, now = new Date()): boolean => date > latestToday(now);

/** Whether an ISO date and time (with its zone) is still to come, beyond a little clock skew. */
export const isFutureInstant = (instant: string | Date, now = new Date()): boolean =>
  new Date(instant).getTime() > now.getTime() + CLOCK_SKEW_MS;

/** A date (`YYYY-MM-DD`) by the calendar rule, a date and time by the clock. */
export function isFuture(value: string | Date, now = new Date()): boolean {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)
    ? isFutureDate(value, now)
    : isFutureInstant(value, now);
}

/** Refuses every given field whose value is in the future, all named at once (422). Absent values pass. */
export function refuseFuture(values: Record<string, string | Date | null | undefined>, now = new Date()): void {
  const errors: FieldErrors = {};
  for (const [field, value] of Object.entries(values)) {
    if (value !== null && value !== undefined && isFuture(value, now))
      errors[field] = problem('date_in_future', NOT_IN_FUTURE);
  }
  if (Object.keys(errors).length) throw validationFailed(errors);
}
