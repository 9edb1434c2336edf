import polyglotI18nProvider from 'ra-i18n-polyglot';
import englishMessages from 'ra-language-english';
import type { I18nProvider, TranslationMessages } from 'react-admin';
import type { Tree } from '../i18n/packs/tree';
import { setFormatLocale } from '../common/formats';

import { LOCALES, initialLocale, isLocale, rememberLocale, type Locale } from './locale';

export { LOCALES, initialLocale, type Locale };

/** Keys react-admin 5 added after the v4 Dutch and Ukrainian packs fall back to English. */
export function deepMerge(base: Tree, override: Tree): Tree {
  const result: Tree = { ...base };
  for (const [key, value] of Object.entries(override)) {
    const current = result[key];
    result[key] = typeof value === 'object' && typeof current === 'object' ? deepMerge(current, value) : value;
  }
  return result;
}

// Each language is its own chunk, fetched when it is first used: a Dutch session never downloads Ukrainian.
const PACKS: Record<Locale, () => Promise<{ layers: Tree[] }>> = {
  nl: () => import('../i18n/packs/nl'),
  en: () => import('../i18n/packs/en'),
  uk: () => import('../i18n/packs/uk'),
};

/** The texts of each language loaded so far: react-admin's English (the fallback) with the language's layers over it. */
export const messages = {} as Record<Locale, TranslationMessages>;

/** Loads a language's texts (once). */
export async function loadMessages(locale: Locale): Promise<TranslationMessages> {
  if (!messages[locale]) {
    const { layers } = await PACKS[locale]();
    messages[locale] = layers.reduce(deepMerge, englishMessages as unknown as Tree) as unknown as TranslationMessages;
  }
  return messages[locale];
}

let polyglot: I18nProvider | undefined;

/**
 * Loads the UI language's texts and builds the provider; the app renders after this (react-admin needs the
 * first language's texts at once; the others load when someone switches).
 */
export async function prepareI18n(): Promise<void> {
  if (polyglot) return;
  const locale = initialLocale();
  await loadMessages(locale);
  setFormatLocale(locale);
  // ra-i18n-polyglot hands the locale to node-polyglot, which then picks Ukrainian plural forms (1, 2–4, 5+).
  polyglot = polyglotI18nProvider(
    (asked) => (isLocale(asked) ? (messages[asked] ?? loadMessages(asked)) : messages[locale]),
    locale,
    [...LOCALES],
    {
      allowMissing: true,
    },
  );
}

function ready(): I18nProvider {
  if (!polyglot) throw new Error('i18nProvider used before prepareI18n()');
  return polyglot;
}

/** Remembers the language a user picks, across sign-outs. */
export const i18nProvider: I18nProvider = {
  translate: (key, options) => ready().translate(key, options),
  getLocale: () => ready().getLocale(),
  getLocales: () => ready().getLocales?.() ?? [...LOCALES],
  changeLocale: async (locale, options) => {
    if (isLocale(locale)) rememberLocale(locale);
    setFormatLocale(locale);
    return ready().changeLocale(locale, options);
  },
};
