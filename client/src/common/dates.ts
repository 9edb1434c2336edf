import { formatLocale, intlTag } from './formats';

/** One date format per language: "3-12-2026" (nl), "03/12/2026" (en), "03.12.2026" (uk). */
const DAY_OPTIONS: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'numeric', year: 'numeric' };
/** The same day with the time to the minute; seconds mean nothing to a reader. */
const DAY_TIME_OPTIONS: Intl.DateTimeFormatOptions = { ...DAY_OPTIONS, hour: '2-digit', minute: '2-digit' };

/** For react-admin's DateField: `<DateField locales={dateLocales()} options={DAY_FIELD_OPTIONS} />`. */
export const DAY_FIELD_OPTIONS = DAY_OPTIONS;
export const DAY_TIME_FIELD_OPTIONS = DAY_TIME_OPTIONS;

/**
 * Shows a calendar day ("2026-12-03", or the day part of an instant) in the reader's language,
 * read as a local day so no time zone shifts it.
 */
export function formatDay(value: string | null | undefined, locale: string = formatLocale()): string {
  const match = value ? /^(\d{4})-(\d{2})-(\d{2})/.exec(value) : null;
  if (!match) return value ?? '';
  return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])).toLocaleDateString(
    intlTag(locale),
    DAY_OPTIONS,
  );
}

/** An instant (ISO string with time) as a local day and time in the reader's language. */
export function formatDateTime(value: string | Date | null | undefined, locale: string = formatLocale()): string {
  if (!value) return '';
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? String(value) : date.toLocaleString(intlTag(locale), DAY_TIME_OPTIONS);
}
