import polyglotI18nProvider from 'ra-i18n-polyglot';
import englishMessages from 'ra-language-english';
import dutchMessages from 'ra-language-dutch';
import ukrainianMessages from 'ra-language-ukrainian';
import type { TranslationMessages } from 'react-admin';
import { en } from '../i18n/en';
import { nl } from '../i18n/nl';
import { uk } from '../i18n/uk';

export const LOCALES = [
  { locale: 'nl', name: 'Nederlands' },
  { locale: 'en', name: 'English' },
  { locale: 'uk', name: 'Українська' },
] as const;
export type Locale = (typeof LOCALES)[number]['locale'];

const LOCALE_KEY = 'doorbraak.locale';

type Tree = { [key: string]: string | Tree };

/** Keys react-admin 5 added after the v4 Dutch and Ukrainian packs fall back to English. */
export function deepMerge(base: Tree, override: Tree): Tree {
  const result: Tree = { ...base };
  for (const [key, value] of Object.entries(override)) {
    const current = result[key];
    result[key] = typeof value === 'object' && typeof current === 'object' ? deepMerge(current, value) : value;
  }
  return result;
}

const english = englishMessages as unknown as Tree;
export const messages: Record<Locale, TranslationMessages> = {
  en: deepMerge(english, en as unknown as Tree) as unknown as TranslationMessages,
  nl: deepMerge(deepMerge(english, dutchMessages as unknown as Tree), nl as unknown as Tree) as unknown as TranslationMessages,
  uk: deepMerge(deepMerge(english, ukrainianMessages as unknown as Tree), uk as unknown as Tree) as unknown as TranslationMessages,
};

export function initialLocale(): Locale {
  const stored = typeof localStorage !== 'undefined' ? localStorage.getItem(LOCALE_KEY) : null;
  return LOCALES.some((l) => l.locale === stored) ? (stored as Locale) : 'nl';
}

const polyglot = polyglotI18nProvider((locale) => messages[locale as Locale] ?? messages.nl, initialLocale(), [...LOCALES], {
  allowMissing: true,
});

/** Remembers the language a user picks, across sign-outs. */
export const i18nProvider = {
  ...polyglot,
  changeLocale: (locale: string, options?: unknown) => {
    localStorage.setItem(LOCALE_KEY, locale);
    return polyglot.changeLocale(locale, options);
  },
};
