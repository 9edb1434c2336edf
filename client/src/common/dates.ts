/**
 * Shows a calendar day ("2026-12-03", or the day part of an instant) the way a DateField
 * does: in the browser's locale, read as a local day so no time zone shifts it.
 */
export function formatDay(value: string | null | undefined): string {
  const match = value ? /^(\d{4})-(\d{2})-(\d{2})/.exec(value) : null;
  if (!match) return value ?? '';
  return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])).toLocaleDateString();
}
