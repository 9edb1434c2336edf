import type { DataSource } from 'typeorm';
import { householdReferences, userNames } from './filter-names.js';
import {
  formatFilterDate,
  nameIn,
  percent,
  reportCsv,
  sharedFilterNames,
  type Names,
  type ReportLocale,
} from './report-csv.js';
import type { ShownThemeRow as ThemeRow, ShownThemeTotals as ThemeTotals } from './theme-groups.js';
import { fewerThan5 } from './group-names.js';

/** The theme report's words in the CSV (label names come from the codebook). */
const WORDS = {
  title: { nl: 'Tijd per thema', en: 'Time per theme', uk: 'Час за темами' },
  source: { nl: 'Bron', en: 'Source', uk: 'Джерело' },
  label: { nl: 'Thema', en: 'Theme', uk: 'Тема' },
  minutes: { nl: 'Minuten', en: 'Minutes', uk: 'Хвилини' },
  share: { nl: 'Aandeel (%)', en: 'Share (%)', uk: 'Частка (%)' },
  count: { nl: 'Aantal', en: 'Number', uk: 'Кількість' },
  logs: { nl: 'Contactmomenten', en: 'Contact logs', uk: 'Записи контактів' },
  helpdesk: { nl: 'Helpdeskvragen', en: 'Helpdesk questions', uk: 'Питання до служби підтримки' },
  level: { nl: 'Labels', en: 'Labels', uk: 'Мітки' },
  top: { nl: 'Hoofdniveau', en: 'Top level', uk: 'Верхній рівень' },
  all: { nl: 'Alle niveaus', en: 'All levels', uk: 'Усі рівні' },
  from: { nl: 'Vanaf', en: 'From', uk: 'З' },
  to: { nl: 'Tot en met', en: 'Until', uk: 'До' },
  author: { nl: 'Auteur', en: 'Author', uk: 'Автор' },
  household: { nl: 'Huishouden', en: 'Household', uk: 'Домогосподарство' },
  activities: { nl: 'Activiteiten', en: 'Activities', uk: 'Заходи' },
  activityMinutes: { nl: 'Minuten activiteiten', en: 'Activity minutes', uk: 'Хвилини заходів' },
  attendance: { nl: 'aanwezigen × duur', en: 'attendance × duration', uk: 'учасники × тривалість' },
  organiser: { nl: 'tijd organisator', en: 'organiser time', uk: 'час організатора' },
} satisfies Record<string, Names>;

/**
 * Contact logs and helpdesk rows under the names the report page shows
 * ("Parent › Label" in the reader's language); `labelId` only with ids.
 */
export async function themesCsv(
  db: DataSource,
  organizationId: string,
  report: {
    level: string;
    rows: ThemeRow[];
    helpdesk: ThemeTotals;
    activities?: ThemeTotals & { basis: 'attendance' | 'organiser' };
  },
  rawFilter: Record<string, unknown>,
  locale: ReportLocale,
  ids: boolean,
): Promise<string> {
  const w = (key: keyof typeof WORDS) => WORDS[key][locale];
  const label = (r: ThemeRow) =>
    [r.parentName, r.name]
      .filter((n) => n)
      .map((n) => nameIn(n, locale))
      .join(' › ');
  const row = (source: string, r: ThemeRow) => [
    source,
    label(r),
    ...(ids ? [r.labelId] : []),
    // A row of fewer than 5 households says so under minutes and leaves share and number empty.
    r.minutes === null ? fewerThan5(locale) : r.minutes,
    r.share === null ? null : percent(r.share),
    r.logs,
  ];
  const filters: [string, string][] = [[w('level'), report.level === 'all' ? w('all') : w('top')]];
  if (typeof rawFilter.occurredAt_gte === 'string')
    filters.push([w('from'), formatFilterDate(rawFilter.occurredAt_gte, locale)]);
  if (typeof rawFilter.occurredAt_lte === 'string')
    filters.push([w('to'), formatFilterDate(rawFilter.occurredAt_lte, locale)]);
  filters.push(...sharedFilterNames(rawFilter, locale));
  if (report.activities) filters.push([w('activityMinutes'), w(report.activities.basis)]);
  if (rawFilter.authorId !== undefined)
    filters.push([w('author'), await userNames(db, organizationId, rawFilter.authorId)]);
  if (rawFilter.householdId !== undefined)
    filters.push([w('household'), await householdReferences(db, organizationId, rawFilter.householdId)]);
  return reportCsv(locale, {
    title: w('title'),
    filters,
    columns: [w('source'), w('label'), ...(ids ? ['labelId'] : []), w('minutes'), w('share'), w('count')],
    rows: [
      ...report.rows.map((r) => row(w('logs'), r)),
      ...report.helpdesk.rows.map((r) => row(w('helpdesk'), r)),
      ...(report.activities?.rows ?? []).map((r) => row(w('activities'), r)),
    ],
  });
}
