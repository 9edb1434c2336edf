/**
 * The UI language: which ones exist, which one a person chose, and the default before they chose.
 * Kept free of react-admin so the sign-in screen can load without it.
 */
export const LOCALES = [
  { locale: 'nl', name: 'Nederlands' },
  { locale: 'en', name: 'English' },
  { locale: 'uk', name: 'Українська' },
] as const;
export type Locale = (typeof LOCALES)[number]['locale'];

export const LOCALE_KEY = 'doorbraak.locale';
const FALLBACK: Locale = 'nl';

export function isLocale(value: unknown): value is Locale {
  return LOCALES.some((l) => l.locale === value);
}

/** The first of the browser's languages we speak ("uk-UA" is uk), else Dutch. */
export function browserLocale(
  languages: readonly string[] = typeof navigator !== 'undefined' ? (navigator.languages ?? []) : [],
): Locale {
  for (const language of languages) {
    const base = language.toLowerCase().split('-')[0];
    if (isLocale(base)) return base;
  }
  return FALLBACK;
}

/** The language chosen earlier in this browser; the browser's own language until then. */
export function initialLocale(): Locale {
  const stored = typeof localStorage !== 'undefined' ? localStorage.getItem(LOCALE_KEY) : null;
  return isLocale(stored) ? stored : browserLocale();
}

/** Remembers a chosen language across sign-outs and reloads. */
export function rememberLocale(locale: Locale): void {
  localStorage.setItem(LOCALE_KEY, locale);
  document.documentElement.lang = locale;
}
