import type { Locale } from '../providers/locale';
import type { Translate } from '../providers/serverErrors';

type Tree = { [key: string]: string | Tree };

// Only the language shown is fetched (a chunk each); the app's own i18n provider reuses the same chunk.
const OWN_TEXTS: Record<Locale, () => Promise<Tree>> = {
  nl: () => import('../i18n/nl').then((module) => module.nl as unknown as Tree),
  en: () => import('../i18n/en').then((module) => module.en as unknown as Tree),
  uk: () => import('../i18n/uk').then((module) => module.uk as unknown as Tree),
};
const loaded: Partial<Record<Locale, Tree>> = {};

/** Fetches a language's own texts, once; the sign-in screen shows a language only after this. */
export async function loadOwnTexts(locale: Locale): Promise<void> {
  loaded[locale] ??= await OWN_TEXTS[locale]();
}

/**
 * Translates Doorbraak's own texts (`app.…`) without react-admin's i18n provider, for the sign-in screen,
 * which must load before react-admin. Supports `%{name}` arguments and the `_` fallback, no plurals.
 * The language's texts must have been loaded (`loadOwnTexts`).
 */
export function ownTextTranslator(locale: Locale): Translate {
  return (key, options = {}) => {
    const text = key
      .split('.')
      .reduce<string | Tree | undefined>(
        (node, part) => (typeof node === 'object' ? node[part] : undefined),
        loaded[locale],
      );
    if (typeof text !== 'string') return typeof options._ === 'string' ? options._ : key;
    return text.replace(/%\{(\w+)\}/g, (placeholder, name: string) =>
      name in options ? String(options[name]) : placeholder,
    );
  };
}
