import type { DataSource } from 'typeorm';
import { userNames } from './filter-names.js';
import {
  formatFilterDate,
  percent,
  reportCsv,
  sharedFilterNames,
  type Names,
  type ReportLocale,
} from './report-csv.js';
import { fewerThan5 } from './group-names.js';

/** The placements report's words in the CSV: sections, items, placement and contract types. */
const WORDS = {
  title: { nl: 'Plaatsingen', en: 'Placements', uk: 'Працевлаштування' },
  section: { nl: 'Onderdeel', en: 'Section', uk: 'Розділ' },
  item: { nl: 'Onderwerp', en: 'Item', uk: 'Показник' },
  value: { nl: 'Waarde', en: 'Value', uk: 'Значення' },
  funnel: { nl: 'Trechter (personen)', en: 'Funnel (persons)', uk: 'Воронка (особи)' },
  supported: { nl: 'Ondersteund', en: 'Supported', uk: 'Підтримано' },
  matched: { nl: 'Een match', en: 'Any match', uk: 'Будь-який збіг' },
  longTerm: { nl: 'Duurzame match', en: 'Long-term match', uk: 'Довгостроковий збіг' },
  activity: { nl: 'Activiteit (personen)', en: 'Activity (persons)', uk: 'Активність (особи)' },
  withConversation: { nl: 'Met een netwerkgesprek', en: 'With a network conversation', uk: 'З мережевою розмовою' },
  byType: { nl: 'Personen per soort match', en: 'Persons by type of match', uk: 'Особи за типом збігу' },
  paid_job: { nl: 'Betaald werk', en: 'Paid job', uk: 'Оплачувана робота' },
  internship: { nl: 'Stage', en: 'Internship', uk: 'Стажування' },
  volunteer: { nl: 'Vrijwilligerswerk', en: 'Volunteer work', uk: 'Волонтерство' },
  one_off_gig: { nl: 'Eenmalige klus', en: 'One-off gig', uk: 'Разова робота' },
  self_employed: { nl: 'Als zelfstandige', en: 'Self-employed', uk: 'Самозайнятість' },
  endReasons: {
    nl: 'Beëindigde matches per reden',
    en: 'Ended matches by reason',
    uk: 'Завершені збіги за причиною',
  },
  ended: { nl: 'Beëindigd', en: 'Ended', uk: 'Завершено' },
  withoutReason: { nl: 'Zonder reden', en: 'Without a reason', uk: 'Без причини' },
  contract_ended: { nl: 'Contract afgelopen', en: 'Contract ended', uk: 'Контракт закінчився' },
  not_renewed_residence_status: {
    nl: 'Niet verlengd vanwege verblijfsstatus',
    en: 'Not renewed because of residence status',
    uk: 'Не продовжено через статус проживання',
  },
  not_renewed_other: {
    nl: 'Niet verlengd, andere reden',
    en: 'Not renewed, other reason',
    uk: 'Не продовжено з іншої причини',
  },
  dismissed: { nl: 'Ontslagen', en: 'Dismissed', uk: 'Звільнено' },
  left_for_better_job: { nl: 'Vertrokken voor betere baan', en: 'Left for a better job', uk: 'Пішов на кращу роботу' },
  moved_away: { nl: 'Verhuisd', en: 'Moved away', uk: 'Переїхав' },
  health: { nl: 'Gezondheid', en: 'Health', uk: 'Здоров’я' },
  other: { nl: 'Anders', en: 'Other', uk: 'Інше' },
  residenceStatusShare: {
    nl: 'Aandeel verblijfsstatus als reden (%)',
    en: 'Share with residence status as the reason (%)',
    uk: 'Частка зі статусом проживання як причиною (%)',
  },
  signals: {
    nl: 'Arbeidsrechtsignalen per sector',
    en: 'Labour-rights signals by sector',
    uk: 'Сигнали про трудові права за сектором',
  },
  reportedSignals: {
    nl: 'Gemelde arbeidsrechtsignalen per sector',
    en: 'Reported labour-rights signals by sector',
    uk: 'Повідомлені сигнали про трудові права за сектором',
  },
  noSector: { nl: '(geen sector)', en: '(no sector)', uk: '(без сектору)' },
  matches: { nl: 'Matches', en: 'Matches', uk: 'Збіги' },
  oneOffThenLongTerm: {
    nl: 'Eenmalige klus, later duurzaam',
    en: 'One-off gig, later long-term',
    uk: 'Разова робота, потім довгострокова',
  },
  employers: { nl: 'Werkgevers', en: 'Employers', uk: 'Роботодавці' },
  employersPlaced: {
    nl: 'Werkgevers met plaatsing',
    en: 'Employers placed with',
    uk: 'Роботодавці з працевлаштуванням',
  },
  employersContacted: { nl: 'Werkgevers benaderd', en: 'Employers contacted', uk: 'Роботодавці, з якими зв’язалися' },
  hours: { nl: 'Uren', en: 'Hours', uk: 'Години' },
  fullTimeShare: { nl: 'Voltijd (35+ uur) (%)', en: 'Full-time (35+ hours) (%)', uk: 'Повний день (35+ годин) (%)' },
  contractTypes: { nl: 'Soorten contract (personen)', en: 'Contract types (persons)', uk: 'Типи контрактів (особи)' },
  permanent: { nl: 'Vast', en: 'Permanent', uk: 'Безстроковий' },
  fixed_term: { nl: 'Tijdelijk', en: 'Fixed-term', uk: 'Строковий' },
  on_call: { nl: 'Oproep', en: 'On-call', uk: 'За викликом' },
  agency: { nl: 'Uitzend', en: 'Agency / temporary', uk: 'Через агенцію' },
  none: { nl: 'Geen contract', en: 'No contract', uk: 'Без контракту' },
  started: {
    nl: 'Gestarte plaatsingen per kwartaal',
    en: 'Started placements per quarter',
    uk: 'Розпочаті працевлаштування за кварталами',
  },
  fits: {
    nl: 'Passende plaatsingen per kwartaal',
    en: 'Placements that fit, per quarter',
    uk: 'Відповідні працевлаштування за кварталами',
  },
  share: {
    nl: 'Aandeel passend per kwartaal (%)',
    en: 'Share that fits, per quarter (%)',
    uk: 'Частка відповідних за кварталами (%)',
  },
  from: { nl: 'Start vanaf', en: 'Start from', uk: 'Початок з' },
  to: { nl: 'Start tot en met', en: 'Start until', uk: 'Початок до' },
  matcher: { nl: 'Matcher', en: 'Matcher', uk: 'Підбирач' },
} satisfies Record<string, Names>;

type Word = keyof typeof WORDS;

/** A count per key, with the keys hidden by the small-group rule. */
type Counts = Record<string, number | null> & { fewerThan5?: string[] };

export interface PlacementReport {
  funnel: {
    supported: number | null;
    withConversation: number | null;
    matched: number | null;
    longTerm: number | null;
  };
  byType: Counts;
  oneOffThenLongTerm: number | null;
  employersPlaced: number;
  employersContacted: number;
  fullTimeShare: number | null;
  contractTypes: Counts;
  fitByQuarter: { quarter: string; started: number | null; fits: number | null; share: number | null }[];
  endReasons: {
    ended: number | null;
    withoutReason: number | null;
    byReason: Counts;
    residenceStatus: number | null;
    residenceStatusShare: number | null;
  };
  signalsBySector: { sector: string | null; signals: number | null; reported: number | null }[];
}

/** A count object's entries without its `fewerThan5` list. */
const entries = (counts: Counts | undefined) =>
  Object.entries(counts ?? {}).filter((e): e is [string, number | null] => e[0] !== 'fewerThan5');

/**
 * One row per figure: section, item, value, in the reader's language; with
 * ids also the section's and item's keys first. The funnel's steps are
 * nested (supported ⊇ matched ⊇ long-term); persons with a network
 * conversation are a figure of their own, not a step (people are also matched
 * without one).
 */
export async function placementReportCsv(
  db: DataSource,
  organizationId: string,
  report: PlacementReport,
  rawFilter: Record<string, unknown>,
  locale: ReportLocale,
  ids: boolean,
): Promise<string> {
  const w = (key: Word) => WORDS[key][locale];
  const rows: unknown[][] = [];
  // A hidden count reads "fewer than 5"; a hidden share is left empty.
  const add = (section: Word, item: string, itemName: string, value: number | string | null) =>
    rows.push([...(ids ? [section, item] : []), w(section), itemName, value]);
  const named = (section: Word, item: Word, value: number | string | null) => add(section, item, w(item), value);
  const count = (n: number | null) => (n === null ? fewerThan5(locale) : n);
  const share = (n: number | null) => (n === null ? null : percent(n));
  named('funnel', 'supported', count(report.funnel.supported));
  named('funnel', 'matched', count(report.funnel.matched));
  named('funnel', 'longTerm', count(report.funnel.longTerm));
  named('activity', 'withConversation', count(report.funnel.withConversation));
  for (const [type, n] of entries(report.byType)) named('byType', type as Word, count(n));
  named('matches', 'oneOffThenLongTerm', count(report.oneOffThenLongTerm));
  named('employers', 'employersPlaced', report.employersPlaced);
  named('employers', 'employersContacted', report.employersContacted);
  named('hours', 'fullTimeShare', share(report.fullTimeShare));
  for (const [type, n] of entries(report.contractTypes)) named('contractTypes', type as Word, count(n));
  for (const q of report.fitByQuarter ?? []) add('started', q.quarter, q.quarter, count(q.started));
  for (const q of report.fitByQuarter ?? []) add('fits', q.quarter, q.quarter, count(q.fits));
  for (const q of report.fitByQuarter ?? [])
    add(
      'share',
      q.quarter,
      q.quarter,
      q.started === null || q.fits === null ? null : percent(q.started ? q.fits / q.started : 0),
    );
  named('endReasons', 'ended', count(report.endReasons.ended));
  named('endReasons', 'withoutReason', count(report.endReasons.withoutReason));
  for (const [reason, n] of entries(report.endReasons.byReason)) named('endReasons', reason as Word, count(n));
  named('endReasons', 'residenceStatusShare', share(report.endReasons.residenceStatusShare));
  // A sector is text people typed: the key column repeats it.
  for (const s of report.signalsBySector) add('signals', s.sector ?? '', s.sector ?? w('noSector'), count(s.signals));
  for (const s of report.signalsBySector)
    add('reportedSignals', s.sector ?? '', s.sector ?? w('noSector'), count(s.reported));
  const filters: [string, string][] = [];
  if (typeof rawFilter.startDate_gte === 'string')
    filters.push([w('from'), formatFilterDate(rawFilter.startDate_gte, locale)]);
  if (typeof rawFilter.startDate_lte === 'string')
    filters.push([w('to'), formatFilterDate(rawFilter.startDate_lte, locale)]);
  if (rawFilter.matcherId !== undefined)
    filters.push([w('matcher'), await userNames(db, organizationId, rawFilter.matcherId)]);
  filters.push(...sharedFilterNames(rawFilter, locale));
  return reportCsv(locale, {
    title: w('title'),
    filters,
    columns: [...(ids ? ['section', 'key'] : []), w('section'), w('item'), w('value')],
    rows,
  });
}
