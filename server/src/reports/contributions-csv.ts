import type { ContributionReport } from '../contributions/contributions.service.js';
import { reportCsv, sharedFilterNames, type Names, type ReportLocale } from './report-csv.js';

const WORDS = {
  title: { nl: 'Eigen bijdrage ontheemden', en: 'Contributions of displaced people', uk: 'Внески переміщених осіб' },
  month: { nl: 'Maand', en: 'Month', uk: 'Місяць' },
  reference: { nl: 'Huishouden', en: 'Household', uk: 'Домогосподарство' },
  municipality: { nl: 'Gemeente', en: 'Municipality', uk: 'Громада' },
  exemption: { nl: 'Geen bijdrage omdat', en: 'No contribution because', uk: 'Без внеску, бо' },
  catering: { nl: 'Catering', en: 'Catering', uk: 'Харчування' },
  adults: { nl: 'Meerderjarigen', en: 'Adults', uk: 'Повнолітні' },
  gasWaterElectricity: {
    nl: 'Gas, water, elektra (€)',
    en: 'Gas, water, electricity (€)',
    uk: 'Газ, вода, електрика (€)',
  },
  cateringContribution: { nl: 'Catering (€)', en: 'Catering (€)', uk: 'Харчування (€)' },
  total: { nl: 'Totaal (€)', en: 'Total (€)', uk: 'Разом (€)' },
  livingAllowanceStops: {
    nl: 'Leefgeld stopt (personen)',
    en: 'Living allowance stops (persons)',
    uk: 'Кошти на проживання припиняються (особи)',
  },
  yes: { nl: 'ja', en: 'yes', uk: 'так' },
  no: { nl: 'nee', en: 'no', uk: 'ні' },
  not_temporary_protection: {
    nl: 'geen tijdelijke bescherming',
    en: 'not under temporary protection',
    uk: 'без тимчасового захисту',
  },
  not_in_municipal_shelter: {
    nl: 'niet in gemeentelijke opvang',
    en: 'not in municipal shelter',
    uk: 'не в муніципальному притулку',
  },
} satisfies Record<string, Names>;

/** One row per household for invoicing, in the reader's language; with ids also the household's id and keys. */
export function contributionReportCsv(
  report: ContributionReport,
  filter: Record<string, unknown>,
  locale: ReportLocale,
  ids: boolean,
): string {
  const w = (key: keyof typeof WORDS) => WORDS[key][locale];
  return reportCsv(locale, {
    title: w('title'),
    filters: [[w('month'), report.month], ...sharedFilterNames(filter, locale)],
    columns: [
      ...(ids ? ['householdId', 'exemption'] : []),
      w('reference'),
      w('municipality'),
      w('exemption'),
      w('catering'),
      w('adults'),
      w('gasWaterElectricity'),
      w('cateringContribution'),
      w('total'),
      w('livingAllowanceStops'),
    ],
    rows: report.households.map((r) => [
      ...(ids ? [r.householdId, r.exemption ?? ''] : []),
      r.reference,
      r.municipality,
      r.exemption ? w(r.exemption) : '',
      w(r.catering ? 'yes' : 'no'),
      r.adults,
      r.gasWaterElectricity,
      r.cateringContribution,
      r.total,
      r.livingAllowanceStops,
    ]),
  });
}
