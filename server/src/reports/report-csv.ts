import { cellText, withoutFormulas } from '../common/http/csv.js';
import { invalidQuery } from '../common/errors/app-error.js';
import { personFilterNames } from './group-names.js';

/**
 * Report CSVs for people: names in the reader's language, shares as rounded
 * percentages, the filters used on the first line, and the separators the
 * reader's spreadsheet expects, so a double click opens it in columns.
 */
export const REPORT_LOCALES = ['nl', 'en', 'uk'] as const;
export type ReportLocale = (typeof REPORT_LOCALES)[number];
/** One name in each language the UI speaks. */
export type Names = Record<ReportLocale, string>;

/** Dutch and Ukrainian spreadsheets read `;` between cells and a decimal comma; English ones `,` and a point. */
const DELIMITER: Record<ReportLocale, string> = { nl: ';', en: ',', uk: ';' };
const DECIMAL: Record<ReportLocale, string> = { nl: ',', en: '.', uk: ',' };
const INTL_LOCALE: Record<ReportLocale, string> = { nl: 'nl-NL', en: 'en-GB', uk: 'uk-UA' };

const WORDS = {
  filters: { nl: 'Filters', en: 'Filters', uk: 'Фільтри' },
  none: { nl: 'geen', en: 'none', uk: 'немає' },
  municipality: { nl: 'Gemeente', en: 'Municipality', uk: 'Громада' },
  track: { nl: 'Traject', en: 'Track', uk: 'Напрям' },
} satisfies Record<string, Names>;

/** Household tracks, a filter of the theme and obstacle reports. */
export const TRACK_NAMES: Record<string, Names> = {
  individual_support: { nl: 'Individuele ondersteuning', en: 'Individual support', uk: 'Індивідуальна підтримка' },
  helpdesk: { nl: 'Helpdesk', en: 'Helpdesk', uk: 'Служба підтримки' },
  placement: { nl: 'Plaatsing', en: 'Placement', uk: 'Працевлаштування' },
};

/** `lang` (or its alias `locale`): nl, en or uk; English when neither is given, 400 for anything else. */
export function reportLocale(params: { lang?: unknown; locale?: unknown }): ReportLocale {
  const given = [params.lang, params.locale].filter((v) => v !== undefined);
  for (const value of given) {
    if (!(REPORT_LOCALES as readonly unknown[]).includes(value))
      throw invalidQuery(`lang must be one of ${REPORT_LOCALES.join(', ')}`);
  }
  if (given.length === 2 && given[0] !== given[1]) throw invalidQuery('lang and locale must not differ');
  return (given[0] as ReportLocale | undefined) ?? 'en';
}

/** `ids=true` adds the internal keys and ids next to the names; `false` or absent leaves them out. */
export function wantsIds(value: unknown): boolean {
  if (value === undefined || value === 'false') return false;
  if (value === 'true') return true;
  throw invalidQuery('ids must be true or false');
}

/** A fraction of 1 as a percentage rounded to one decimal, as the screen shows it. */
export const percent = (share: number): number => Math.round(share * 1000) / 10;

/** A name in the reader's language, else in another one the record has. */
export function nameIn(names: Partial<Record<string, string>> | null | undefined, locale: ReportLocale): string {
  return names?.[locale] ?? names?.en ?? names?.nl ?? names?.uk ?? '';
}

/** A filter date (YYYY-MM-DD) or timestamp as the reader writes it, e.g. "1 januari 2026". */
export function formatFilterDate(value: string, locale: ReportLocale): string {
  const dayOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const date = new Date(dayOnly ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(
    INTL_LOCALE[locale],
    dayOnly
      ? { dateStyle: 'long', timeZone: 'UTC' }
      : { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Amsterdam' },
  ).format(date);
}

export interface CsvReport {
  /** The report's name, first on the filter line. */
  title: string;
  /** The filters used, each as [name, value] in the reader's language. */
  filters: [string, string][];
  columns: string[];
  rows: unknown[][];
}

/**
 * The CSV text: a UTF-8 byte order mark (so spreadsheets read é and
 * Cyrillic right), one comment line `# title · Filters: …`, the header row
 * and the rows. The comment line holds no separator or quote, so it stays
 * one cell in a spreadsheet and `comment='#'` skips it in pandas or R.
 */
export function reportCsv(locale: ReportLocale, report: CsvReport): string {
  const delimiter = DELIMITER[locale];
  const filters = report.filters.map(([name, value]) => `${name}: ${value}`).join(' · ') || WORDS.none[locale];
  const comment = `# ${report.title} · ${WORDS.filters[locale]}: ${filters}`
    .replace(/[\r\n"]+|[,;]/g, ' ')
    .replace(/ {2,}/g, ' ');
  const line = (cells: unknown[]) => cells.map((value) => cell(value, locale)).join(delimiter);
  return `\ufeff${[comment, line(report.columns), ...report.rows.map(line)].join('\r\n')}\r\n`;
}

/** The filter names every report shares: municipality and track, then the person filters (group-names.ts). */
export function sharedFilterNames(filter: Record<string, unknown>, locale: ReportLocale): [string, string][] {
  const out: [string, string][] = [];
  const persons = personFilterNames(filter, locale);
  const list = (v: unknown) => (Array.isArray(v) ? v : [v]).map(String);
  if (filter.municipality !== undefined) out.push([WORDS.municipality[locale], list(filter.municipality).join(' / ')]);
  if (filter.track !== undefined)
    out.push([
      WORDS.track[locale],
      list(filter.track)
        .map((t) => TRACK_NAMES[t]?.[locale] ?? t)
        .join(' / '),
    ]);
  return [...out, ...persons];
}

/**
 * RFC 4180 quoting; numbers with the reader's decimal mark; text escaped so no
 * formula runs however the line is split, on `,` or on `;` (common/http/csv.ts).
 */
function cell(value: unknown, locale: ReportLocale): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(Math.round(value * 100) / 100).replace('.', DECIMAL[locale]);
  const text = withoutFormulas(cellText(value));
  return /[",;\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
