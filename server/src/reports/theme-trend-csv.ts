import { fewerThan5 } from './group-names.js';
import {
  formatFilterDate,
  nameIn,
  percent,
  reportCsv,
  sharedFilterNames,
  type Names,
  type ReportLocale,
} from './report-csv.js';
import type { ThemeTrend } from './themes.service.js';

const WORDS = {
  title: { nl: 'Tijd per thema door de tijd', en: 'Time per theme over time', uk: 'Час за темами в динаміці' },
  interval: { nl: 'Periode', en: 'Period', uk: 'Період' },
  month: { nl: 'Maand', en: 'Month', uk: 'Місяць' },
  quarter: { nl: 'Kwartaal', en: 'Quarter', uk: 'Квартал' },
  source: { nl: 'Bron', en: 'Source', uk: 'Джерело' },
  label: { nl: 'Thema', en: 'Theme', uk: 'Тема' },
  minutes: { nl: 'Minuten', en: 'Minutes', uk: 'Хвилини' },
  share: { nl: 'Aandeel (%)', en: 'Share (%)', uk: 'Частка (%)' },
  logs: { nl: 'Contactmomenten', en: 'Contact logs', uk: 'Записи контактів' },
  helpdesk: { nl: 'Helpdeskvragen', en: 'Helpdesk questions', uk: 'Питання до служби підтримки' },
  unlabelled: { nl: 'Zonder label', en: 'Unlabelled', uk: 'Без мітки' },
  from: { nl: 'Vanaf', en: 'From', uk: 'З' },
  to: { nl: 'Tot en met', en: 'Until', uk: 'До' },
} satisfies Record<string, Names>;

/** One row per source, period and theme; a cell of fewer than 5 households says so instead of its minutes. */
export function themeTrendCsv(
  report: ThemeTrend,
  rawFilter: Record<string, unknown>,
  locale: ReportLocale,
  ids: boolean,
): string {
  const w = (key: keyof typeof WORDS) => WORDS[key][locale];
  const names = new Map(report.themes.map((t) => [t.labelId, nameIn(t.name, locale)]));
  const rows: unknown[][] = [];
  for (const [source, periods] of [
    [w('logs'), report.contactLogs],
    [w('helpdesk'), report.helpdesk],
  ] as const) {
    for (const p of periods)
      for (const r of p.rows)
        rows.push([
          source,
          p.period,
          r.labelId === null ? w('unlabelled') : (names.get(r.labelId) ?? ''),
          ...(ids ? [r.labelId] : []),
          r.minutes === null ? fewerThan5(locale) : r.minutes,
          r.share === null ? null : percent(r.share),
        ]);
  }
  const filters: [string, string][] = [[w('interval'), w(report.interval)]];
  if (typeof rawFilter.occurredAt_gte === 'string')
    filters.push([w('from'), formatFilterDate(rawFilter.occurredAt_gte, locale)]);
  if (typeof rawFilter.occurredAt_lte === 'string')
    filters.push([w('to'), formatFilterDate(rawFilter.occurredAt_lte, locale)]);
  filters.push(...sharedFilterNames(rawFilter, locale));
  return reportCsv(locale, {
    title: w('title'),
    filters,
    columns: [w('source'), w(report.interval), w('label'), ...(ids ? ['labelId'] : []), w('minutes'), w('share')],
    rows,
  });
}
