import { wantsCsv } from '../common/http/csv.js';
import type { RawListParams } from '../common/list/list-query.js';
import { reportLocale, wantsIds, type ReportLocale } from './report-csv.js';

/** A report's query string: its `filter` (report-filter.ts) and how to answer. */
export type ReportParams = RawListParams & { format?: string; lang?: string; locale?: string; ids?: string };

/** How a report answers: JSON or CSV, the CSV's language, and whether it adds ids. */
export interface ReportAnswer {
  csv: boolean;
  locale: ReportLocale;
  ids: boolean;
}

/**
 * Reads `format` (or `Accept: text/csv`), `lang`/`locale` and `ids`, each
 * checked for JSON too, so a misspelt language is a 400 before the CSV link
 * is the first to fail.
 */
export function reportAnswer(params: ReportParams, accept: string | undefined): ReportAnswer {
  const csv = wantsCsv(params.format, accept);
  return { csv, locale: reportLocale(params), ids: wantsIds(params.ids) };
}
