import type { Response } from 'express';
import { badRequest } from '../errors/app-error.js';

/** RFC 4180 quoting; a leading =,+,-,@ is escaped so spreadsheets do not run it as a formula. */
function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text = typeof value === 'number' ? String(value) : String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv<T extends object>(rows: T[], columns: (keyof T & string)[]): string {
  const lines = [columns.join(','), ...rows.map((row) => columns.map((c) => cell(row[c])).join(','))];
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
    throw badRequest('format must be csv or json');
  }
  return format === 'csv' || (format === undefined && (accept ?? '').includes('text/csv'));
}
