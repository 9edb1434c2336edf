/** How long the Wet inburgering 2021 gives to finish every part (letter 002; letter 004, footnote 8). */
export const ROUTE_YEARS = 3;

/**
 * The default deadline: the same calendar day `years` later. A start on
 * 29 February ends on 28 February (the day exists in every year; rolling on
 * to 1 March would give one day more than the law does).
 */
export function yearsAfter(date: string, years: number = ROUTE_YEARS): string {
  const [y, m, d] = date.split('-').map(Number);
  const lastDay = new Date(Date.UTC(y + years, m, 0)).getUTCDate();
  const day = Math.min(d, lastDay);
  return `${String(y + years).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
