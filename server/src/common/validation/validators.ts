import { IsIn, ValidateBy, ValidateIf, type ValidationOptions } from 'class-validator';

/** A calendar date as `YYYY-MM-DD` that exists (no 2024-02-30). */
export function IsCalendarDate(options?: ValidationOptions) {
  return ValidateBy(
    {
      name: 'isCalendarDate',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && isCalendarDate(value),
        defaultMessage: () => 'must be a date (YYYY-MM-DD)',
      },
    },
    options,
  );
}

/** Years 0001–9999: PostgreSQL has no year 0, so `0000-01-01` is no date either. */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || value.startsWith('0000')) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** A year that is not in the future (checked at validation time, not at start-up). */
export function IsNotFutureYear(options?: ValidationOptions) {
  return ValidateBy(
    {
      name: 'isNotFutureYear',
      validator: {
        validate: (value: unknown) => typeof value === 'number' && value <= new Date().getFullYear(),
        defaultMessage: () => 'cannot be in the future',
      },
    },
    options,
  );
}

/** One of the given values, with the list in the message so the caller can correct it. */
export function IsOneOf(values: readonly string[], options?: ValidationOptions) {
  return IsIn([...values], { message: `must be one of: ${values.join(', ')}`, ...options });
}

/** May be left out, but not set to null (for fields the database requires). */
export function IsOptionalNotNull() {
  return ValidateIf((_object, value) => value !== undefined);
}

/** Text that is not only spaces (an empty name is as good as none: code `required`). */
export function IsNotBlank(options?: ValidationOptions) {
  return ValidateBy(
    {
      name: 'isNotBlank',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && /\S/.test(value),
        defaultMessage: () => 'must not be empty',
      },
    },
    options,
  );
}
