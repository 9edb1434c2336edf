import type { Response } from 'express';
import { invalidQuery } from '../errors/app-error.js';

/**
 * A character a spreadsheet may read as the start of a formula (=, +, -, @)
 * or that it strips before doing so (tab, carriage return), where a cell can
 * begin: at the start, and after a comma, a semicolon, a quote or a line
 * break. The file is comma-separated, but a Dutch spreadsheet splits on `;`
 * and then a quoted "a;=cmd" is two cells, the second `=cmd`; a quote or line
 * break inside a cell split that way starts a cell too.
 */
const FORMULA_START = /(?<=^|[,;"\r\n])(?=[=+\-@\t\r])/g;

/**
 * One CSV cell: RFC 4180 quoting, and a `'` before every character that could
 * make any piece of it a formula however the line is split (OWASP's advice for
 * CSV injection). Numbers stay numbers: their text is digits, a sign, a point
 * and an exponent, which no spreadsheet runs.
 */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  const text = withoutFormulas(cellText(value));
  return /[",\n\r;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A cell value's text: as String() writes strings, booleans, dates and arrays of them; another object as JSON. */
export function cellText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean' || value instanceof Date)
    return String(value);
  if (Array.isArray(value))
    return value.map((v: unknown) => (v === null || v === undefined ? '' : cellText(v))).join(',');
  if (value === null || value === undefined) return String(value);
  return JSON.stringify(value) ?? '';
}

/** A `'` before every character that could start a formula in any cell a spreadsheet splits this text into. */
export function withoutFormulas(text: string): string {
  return text.replace(FORMULA_START, "'");
}

export function toCsv<T extends object>(rows: T[], columns: (keyof T & string)[]): string {
  const lines = [columns.map(csvCell).join(','), ...rows.map((row) => columns.map((c) => csvCell(row[c])).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}

/** Sends CSV as a download; `filename` without extension. */
export function sendCsv(res: Response, filename: string, csv: string): string {
  res.setHeader('Content-Type', 'text/csv; charset=utf-8');
  res.setHeader('Content-Disposition', `attachment; filename="${filename}.csv"`);
  return csv;
}

/** A report answers CSV for `?format=csv` or `Accept: text/csv`. */
export function wantsCsv(format: unknown, accept: string | undefined): boolean {
  if (format !== undefined && format !== 'csv' && format !== 'json') {
    // A misspelt format answered with JSON would look like a broken download.
    throw invalidQuery('format must be csv or json');
  }
  return format === 'csv' || (format === undefined && (accept ?? '').includes('text/csv'));
}
