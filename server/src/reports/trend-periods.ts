import { invalidQuery } from '../common/errors/app-error.js';
import { TREND_INTERVALS, type TrendInterval } from './theme-trend.js';

/** `interval` from the query string: month (default) or quarter. */
export function trendInterval(value: unknown): TrendInterval {
  if (value === undefined || value === '') return 'month';
  if (typeof value !== 'string' || !(TREND_INTERVALS as readonly string[]).includes(value))
    throw invalidQuery(`interval must be one of ${TREND_INTERVALS.join(', ')}`);
  return value as TrendInterval;
}

/** Every period from the first to the last, both included, so a chart has no silent gaps. */
export function periodRange(first: string, last: string, interval: TrendInterval): string[] {
  const index = (p: string) =>
    interval === 'month'
      ? Number(p.slice(0, 4)) * 12 + Number(p.slice(5, 7)) - 1
      : Number(p.slice(0, 4)) * 4 + Number(p.slice(6, 7)) - 1;
  const name = (i: number) =>
    interval === 'month'
      ? `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`
      : `${Math.floor(i / 4)}-Q${(i % 4) + 1}`;
  const out: string[] = [];
  for (let i = index(first); i <= index(last); i++) out.push(name(i));
  return out;
}
