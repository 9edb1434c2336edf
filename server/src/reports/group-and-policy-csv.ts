import { formatFilterDate, nameIn, reportCsv, type Names, type ReportLocale } from './report-csv.js';
import type { ActivityReport } from './activities-report.service.js';
import type { PolicySignalReportRow } from '../policy-signals/policy-signals.repository.js';

/** The words of the activities and policy-signals CSVs (issue 17). */
const WORDS = {
  activitiesTitle: { nl: 'Activiteiten en bereik', en: 'Activities and reach', uk: 'Заходи та охоплення' },
  signalsTitle: { nl: 'Beleidssignalen', en: 'Policy signals', uk: 'Сигнали для політики' },
  period: { nl: 'Periode', en: 'Period', uk: 'Період' },
  theme: { nl: 'Thema', en: 'Theme', uk: 'Тема' },
  total: { nl: 'Totaal (elke persoon één keer)', en: 'Total (each person once)', uk: 'Разом (кожна особа один раз)' },
  unlabelled: { nl: 'Zonder label', en: 'Unlabelled', uk: 'Без мітки' },
  activities: { nl: 'Activiteiten', en: 'Activities', uk: 'Заходи' },
  attendance: { nl: 'Aanwezigen', en: 'Attendance', uk: 'Відвідуваність' },
  uniquePersons: { nl: 'Unieke bekende personen', en: 'Unique known persons', uk: 'Унікальні відомі особи' },
  inIndividualSupport: {
    nl: 'Waarvan in individuele ondersteuning',
    en: 'Of whom in individual support',
    uk: 'З них в індивідуальній підтримці',
  },
  inMatching: { nl: 'Waarvan in matching', en: 'Of whom in matching', uk: 'З них у підборі роботи' },
  from: { nl: 'Vanaf', en: 'From', uk: 'З' },
  to: { nl: 'Tot en met', en: 'Until', uk: 'До' },
  title: { nl: 'Titel', en: 'Title', uk: 'Назва' },
  problem: { nl: 'Probleem', en: 'Problem', uk: 'Проблема' },
  status: { nl: 'Status', en: 'Status', uk: 'Статус' },
  raisedWith: { nl: 'Aangekaart bij', en: 'Raised with', uk: 'Куди подано' },
  raisedOn: { nl: 'Aangekaart op', en: 'Raised on', uk: 'Дата подання' },
  raisedHow: { nl: 'Hoe', en: 'How', uk: 'Як' },
  answer: { nl: 'Antwoord', en: 'Answer', uk: 'Відповідь' },
  answeredOn: { nl: 'Beantwoord op', en: 'Answered on', uk: 'Дата відповіді' },
  obstacles: { nl: 'Systemische obstakels', en: 'Systemic obstacles', uk: 'Системні перешкоди' },
  households: { nl: 'Huishoudens', en: 'Households', uk: 'Домогосподарства' },
  municipalities: { nl: 'Gemeenten', en: 'Municipalities', uk: 'Громади' },
  since: { nl: 'Sinds', en: 'Since', uk: 'Від' },
} satisfies Record<string, Names>;

const PERIOD_NAMES: Record<string, Names> = {
  month: { nl: 'Maand', en: 'Month', uk: 'Місяць' },
  quarter: { nl: 'Kwartaal', en: 'Quarter', uk: 'Квартал' },
  year: { nl: 'Jaar', en: 'Year', uk: 'Рік' },
};

export const POLICY_THEME_NAMES: Record<string, Names> = {
  language: { nl: 'Taal', en: 'Language', uk: 'Мова' },
  work: { nl: 'Werk', en: 'Work', uk: 'Робота' },
  housing: { nl: 'Huisvesting', en: 'Housing', uk: 'Житло' },
  residence_security: { nl: 'Verblijfszekerheid', en: 'Residence security', uk: 'Безпека перебування' },
  health: { nl: 'Gezondheid', en: 'Health', uk: "Здоров'я" },
  information: { nl: 'Informatie', en: 'Information', uk: 'Інформація' },
  income: { nl: 'Inkomen', en: 'Income', uk: 'Дохід' },
  education: { nl: 'Onderwijs', en: 'Education', uk: 'Освіта' },
  other: { nl: 'Overig', en: 'Other', uk: 'Інше' },
};

const STATUS_NAMES: Record<string, Names> = {
  open: { nl: 'Open', en: 'Open', uk: 'Відкритий' },
  raised: { nl: 'Aangekaart', en: 'Raised', uk: 'Подано' },
  answered: { nl: 'Beantwoord', en: 'Answered', uk: 'Отримано відповідь' },
  changed: { nl: 'Veranderd', en: 'Changed', uk: 'Змінено' },
  dropped: { nl: 'Losgelaten', en: 'Dropped', uk: 'Відкликано' },
};

const AUDIENCE_NAMES: Record<string, Names> = {
  municipality: { nl: 'Gemeente', en: 'Municipality', uk: 'Громада' },
  ministry: { nl: 'Ministerie', en: 'Ministry', uk: 'Міністерство' },
  uwv: { nl: 'UWV', en: 'UWV', uk: 'UWV' },
  coa: { nl: 'COA', en: 'COA', uk: 'COA' },
  other: { nl: 'Anders', en: 'Other', uk: 'Інше' },
};

function dateFilters(filter: Record<string, unknown>, locale: ReportLocale): [string, string][] {
  const out: [string, string][] = [];
  if (typeof filter.date_gte === 'string') out.push([WORDS.from[locale], formatFilterDate(filter.date_gte, locale)]);
  if (typeof filter.date_lte === 'string') out.push([WORDS.to[locale], formatFilterDate(filter.date_lte, locale)]);
  return out;
}

/** Reach per period and theme, then the totals line (each person once over everything). */
export function activitiesCsv(
  report: ActivityReport,
  filter: Record<string, unknown>,
  locale: ReportLocale,
  ids: boolean,
): string {
  const w = (key: keyof typeof WORDS) => WORDS[key][locale];
  const counts = (c: ActivityReport['totals']) => [
    c.activities,
    c.attendance,
    c.uniquePersons,
    c.inIndividualSupport,
    c.inMatching,
  ];
  return reportCsv(locale, {
    title: w('activitiesTitle'),
    filters: [[w('period'), PERIOD_NAMES[report.period][locale]], ...dateFilters(filter, locale)],
    columns: [
      w('period'),
      w('theme'),
      ...(ids ? ['labelId'] : []),
      w('activities'),
      w('attendance'),
      w('uniquePersons'),
      w('inIndividualSupport'),
      w('inMatching'),
    ],
    rows: [
      ...report.rows.map((r) => [
        r.period,
        r.labelId ? nameIn(r.name, locale) : w('unlabelled'),
        ...(ids ? [r.labelId] : []),
        ...counts(r),
      ]),
      [w('total'), '', ...(ids ? [''] : []), ...counts(report.totals)],
    ],
  });
}

/**
 * The signals for a letter: what the problem is, what evidences it (counts
 * only: no obstacle, person, household or municipality named) and what came
 * of it. `ids=true` adds the signal's id (not personal data).
 */
export function policySignalsCsv(
  rows: PolicySignalReportRow[],
  filter: Record<string, unknown>,
  locale: ReportLocale,
  ids: boolean,
): string {
  const w = (key: keyof typeof WORDS) => WORDS[key][locale];
  const list = (v: unknown) => (Array.isArray(v) ? v : [v]).map(String);
  const filters: [string, string][] = [];
  if (filter.status !== undefined)
    filters.push([
      w('status'),
      list(filter.status)
        .map((s) => STATUS_NAMES[s]?.[locale] ?? s)
        .join(' / '),
    ]);
  if (filter.theme !== undefined)
    filters.push([
      w('theme'),
      list(filter.theme)
        .map((s) => POLICY_THEME_NAMES[s]?.[locale] ?? s)
        .join(' / '),
    ]);
  if (filter.raisedWith !== undefined)
    filters.push([
      w('raisedWith'),
      list(filter.raisedWith)
        .map((s) => AUDIENCE_NAMES[s]?.[locale] ?? s)
        .join(' / '),
    ]);
  const audience = (r: PolicySignalReportRow) =>
    [r.raisedWith ? AUDIENCE_NAMES[r.raisedWith][locale] : '', r.raisedWithName ?? ''].filter(Boolean).join(': ');
  return reportCsv(locale, {
    title: w('signalsTitle'),
    filters,
    columns: [
      ...(ids ? ['id'] : []),
      w('title'),
      w('theme'),
      w('problem'),
      w('obstacles'),
      w('households'),
      w('municipalities'),
      w('since'),
      w('status'),
      w('raisedWith'),
      w('raisedOn'),
      w('raisedHow'),
      w('answer'),
      w('answeredOn'),
    ],
    rows: rows.map((r) => [
      ...(ids ? [r.id] : []),
      r.title,
      POLICY_THEME_NAMES[r.theme][locale],
      r.problem,
      r.obstacles,
      r.households,
      r.municipalities,
      r.since,
      STATUS_NAMES[r.status][locale],
      audience(r),
      r.raisedOn,
      r.raisedHow,
      r.answer,
      r.answeredOn,
    ]),
  });
}
