import { fewerThan5, groupName } from '../group-names.js';
import { percent, reportCsv, sharedFilterNames, type Names, type ReportLocale } from '../report-csv.js';
import type { CohortReport } from './cohorts.service.js';

const WORDS = {
  title: { nl: 'Tijd tot werk (Kaplan–Meier)', en: 'Time to work (Kaplan–Meier)', uk: 'Час до роботи (Каплан–Маєр)' },
  first_paid_job: { nl: 'Eerste betaalde baan', en: 'First paid job', uk: 'Перша оплачувана робота' },
  first_long_term_placement: {
    nl: 'Eerste duurzame plaatsing',
    en: 'First long-term placement',
    uk: 'Перше довгострокове працевлаштування',
  },
  event: { nl: 'Gebeurtenis', en: 'Event', uk: 'Подія' },
  start: { nl: 'Vanaf', en: 'From', uk: 'Від' },
  arrival: { nl: 'Aankomst', en: 'Arrival', uk: 'Прибуття' },
  status: { nl: 'Verblijfsvergunning', en: 'Residence permit', uk: 'Дозвіл на проживання' },
  group: { nl: 'Groep', en: 'Group', uk: 'Група' },
  persons: { nl: 'Personen', en: 'Persons', uk: 'Особи' },
  unknownStart: { nl: 'Startdatum onbekend', en: 'Start date unknown', uk: 'Дата початку невідома' },
  month: { nl: 'Maand', en: 'Month', uk: 'Місяць' },
  share: { nl: 'Aandeel (%)', en: 'Share (%)', uk: 'Частка (%)' },
  lower: { nl: 'Ondergrens 95% (%)', en: 'Lower 95% (%)', uk: 'Нижня межа 95% (%)' },
  upper: { nl: 'Bovengrens 95% (%)', en: 'Upper 95% (%)', uk: 'Верхня межа 95% (%)' },
  atRisk: { nl: 'Nog gevolgd', en: 'At risk', uk: 'Під спостереженням' },
} satisfies Record<string, Names>;

/**
 * The curves in long form, one row per group and month; a group of fewer
 * than 5 persons is one row that says so, with no figures.
 */
export function cohortsCsv(report: CohortReport, rawFilter: Record<string, unknown>, locale: ReportLocale): string {
  const w = (key: keyof typeof WORDS) => WORDS[key][locale];
  const count = (n: number | null) => (n === null ? fewerThan5(locale) : n);
  const rows: unknown[][] = [];
  for (const g of report.groups) {
    const head = [groupName(g.key, locale), count(g.persons), count(g.unknownStart)];
    if (!g.curve) {
      rows.push([...head, null, null, null, null, null]);
      continue;
    }
    for (const p of g.curve)
      rows.push([...head, p.month, percent(p.share), percent(p.lower), percent(p.upper), p.atRisk]);
  }
  return reportCsv(locale, {
    title: w('title'),
    filters: [[w('event'), w(report.event)], [w('start'), w(report.start)], ...sharedFilterNames(rawFilter, locale)],
    columns: [w('group'), w('persons'), w('unknownStart'), w('month'), w('share'), w('lower'), w('upper'), w('atRisk')],
    rows,
  });
}
