import type { Names, ReportLocale } from './report-csv.js';

/** Names for the person groups and filters the reports use, in the CSV's languages. */
export const PROTECTION_BASIS_NAMES: Record<string, Names> = {
  temporary_protection: { nl: 'Tijdelijke bescherming', en: 'Temporary protection', uk: 'Тимчасовий захист' },
  status_holder: { nl: 'Statushouder', en: 'Status holder', uk: 'Має дозвіл на проживання' },
  asylum_seeker: { nl: 'Asielzoeker', en: 'Asylum seeker', uk: 'Шукач притулку' },
  third_country_national: { nl: 'Derdelander', en: 'Third-country national', uk: 'Громадянин третьої країни' },
  other: { nl: 'Anders', en: 'Other', uk: 'Інше' },
};

export const GENDER_NAMES: Record<string, Names> = {
  female: { nl: 'Vrouw', en: 'Female', uk: 'Жінка' },
  male: { nl: 'Man', en: 'Male', uk: 'Чоловік' },
  non_binary: { nl: 'Non-binair', en: 'Non-binary', uk: 'Небінарна особа' },
  unknown: { nl: 'Onbekend', en: 'Unknown', uk: 'Невідомо' },
};

export const AGE_BAND_NAMES: Record<string, Names> = {
  under_18: { nl: 'Jonger dan 18', en: 'Under 18', uk: 'До 18' },
  '18_26': { nl: '18–26', en: '18–26', uk: '18–26' },
  '27_44': { nl: '27–44', en: '27–44', uk: '27–44' },
  '45_66': { nl: '45–66', en: '45–66', uk: '45–66' },
  '67_plus': { nl: '67 en ouder', en: '67 and over', uk: '67 і старше' },
  unknown: { nl: 'Onbekend', en: 'Unknown', uk: 'Невідомо' },
};

const WORDS = {
  protectionBasis: { nl: 'Verblijfsgrond', en: 'Protection basis', uk: 'Підстава захисту' },
  gender: { nl: 'Gender', en: 'Gender', uk: 'Стать' },
  ageBand: { nl: 'Leeftijd', en: 'Age band', uk: 'Вікова група' },
  fewerThan5: { nl: 'minder dan 5', en: 'fewer than 5', uk: 'менше 5' },
  unknown: { nl: 'Onbekend', en: 'Unknown', uk: 'Невідомо' },
  all: { nl: 'Iedereen', en: 'Everyone', uk: 'Усі' },
} satisfies Record<string, Names>;

/** What a CSV cell says for a group of 1 to 4 persons. */
export const fewerThan5 = (locale: ReportLocale): string => WORDS.fewerThan5[locale];

const list = (v: unknown) => (Array.isArray(v) ? v : [v]).map(String);
const named = (names: Record<string, Names>, values: unknown, locale: ReportLocale) =>
  list(values)
    .map((v) => names[v]?.[locale] ?? v)
    .join(' / ');

/** The person filters (protection basis, gender, age band) as a CSV's filter line names them. */
export function personFilterNames(filter: Record<string, unknown>, locale: ReportLocale): [string, string][] {
  const out: [string, string][] = [];
  if (filter.protectionBasis !== undefined)
    out.push([WORDS.protectionBasis[locale], named(PROTECTION_BASIS_NAMES, filter.protectionBasis, locale)]);
  if (filter.gender !== undefined) out.push([WORDS.gender[locale], named(GENDER_NAMES, filter.gender, locale)]);
  if (filter.ageBand !== undefined) out.push([WORDS.ageBand[locale], named(AGE_BAND_NAMES, filter.ageBand, locale)]);
  return out;
}

/** A group's key as people read it: enum names translated, `unknown` and `all` in words, others as they are. */
export function groupName(key: string, locale: ReportLocale): string {
  const names = PROTECTION_BASIS_NAMES[key] ?? GENDER_NAMES[key] ?? AGE_BAND_NAMES[key];
  if (names) return names[locale];
  if (key === 'unknown') return WORDS.unknown[locale];
  if (key === 'all') return WORDS.all[locale];
  return key;
}
