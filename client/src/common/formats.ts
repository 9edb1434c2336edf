/**
 * Numbers, money and language names in the reader's language. The app's locale is one of
 * nl, en, uk; the helpers read it from here so that a helper called outside React (a
 * record representation, a CSV line) formats the same way as a component does.
 */
export type AppLocale = 'nl' | 'en' | 'uk';

/**
 * The regional variant each language formats with: English as written in Europe
 * (03/12/2026, not the US 12/3/2026), Dutch and Ukrainian as at home.
 */
const INTL_TAGS: Record<AppLocale, string> = { nl: 'nl-NL', en: 'en-GB', uk: 'uk-UA' };

let current: AppLocale = 'nl';

/** Called by the i18n provider whenever the language is set or changed. */
export function setFormatLocale(locale: string): void {
  if (locale === 'nl' || locale === 'en' || locale === 'uk') current = locale;
}

export function formatLocale(): AppLocale {
  return current;
}

/** The BCP 47 tag for Intl and for react-admin's `locales` props (DateField, NumberField). */
export function intlTag(locale: string = current): string {
  return INTL_TAGS[locale as AppLocale] ?? INTL_TAGS.nl;
}

type Num = number | string | null | undefined;

function toNumber(value: Num): number | null {
  if (value === null || value === undefined || value === '') return null;
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(n) ? n : null;
}

/** 1234.5 → "1.234,5" in Dutch; at most `digits` decimals. Empty for no value. */
export function formatNumber(value: Num, digits = 1, locale: string = current): string {
  const n = toNumber(value);
  return n === null ? '' : new Intl.NumberFormat(intlTag(locale), { maximumFractionDigits: digits }).format(n);
}

/** Always `digits` decimals (a kappa of 0.8 as "0,80" in Dutch). */
export function formatFixed(value: Num, digits: number, locale: string = current): string {
  const n = toNumber(value);
  return n === null
    ? ''
    : new Intl.NumberFormat(intlTag(locale), { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(
        n,
      );
}

/** A share between 0 and 1 → "31,3%" in Dutch. */
export function formatPercent(share: Num, digits = 1, locale: string = current): string {
  const n = toNumber(share);
  return n === null
    ? ''
    : new Intl.NumberFormat(intlTag(locale), {
        style: 'percent',
        minimumFractionDigits: 0,
        maximumFractionDigits: digits,
      }).format(n);
}

/** A percentage already times 100 (the theme report's shares) → "31,3%". */
export function formatPercentage(percent: Num, digits = 1, locale: string = current): string {
  const n = toNumber(percent);
  return n === null ? '' : formatPercent(n / 100, digits, locale);
}

/** Euros → "€ 25,00" in Dutch, "€25.00" in English. */
export function formatMoney(euros: Num, locale: string = current): string {
  const n = toNumber(euros);
  return n === null
    ? ''
    : new Intl.NumberFormat(intlTag(locale), {
        style: 'currency',
        currency: 'EUR',
        currencyDisplay: 'narrowSymbol',
      }).format(n);
}

/** Options for react-admin's NumberField showing euros. */
export const MONEY_OPTIONS = { style: 'currency', currency: 'EUR', currencyDisplay: 'narrowSymbol' } as const;

/**
 * A language code ("uk", "ar") named in the reader's language ("Oekraïens"); codes Intl does not
 * know, and "other", are passed to `fallback` (a translated "Other").
 */
export function languageName(
  code: string,
  locale: string = current,
  fallback: (code: string) => string = (c) => c,
): string {
  if (code === 'other') return fallback(code);
  try {
    const name = new Intl.DisplayNames([intlTag(locale)], { type: 'language', fallback: 'none' }).of(code);
    if (!name) return fallback(code);
    // Intl writes Dutch and Ukrainian language names in lower case where they start a label.
    return name.charAt(0).toLocaleUpperCase(intlTag(locale)) + name.slice(1);
  } catch {
    return fallback(code);
  }
}
