import { en } from '../i18n/en';
import { nl } from '../i18n/nl';
import { uk } from '../i18n/uk';
import type { Locale } from '../providers/locale';
import type { Translate } from '../providers/serverErrors';

type Tree = { [key: string]: string | Tree };
const OWN_TEXTS: Record<Locale, Tree> = { en, nl, uk };

/**
 * Translates Doorbraak's own texts (`app.…`) without react-admin's i18n provider, for the sign-in screen,
 * which must load before react-admin. Supports `%{name}` arguments and the `_` fallback, no plurals.
 */
export function ownTextTranslator(locale: Locale): Translate {
  return (key, options = {}) => {
    const text = key.split('.').reduce<string | Tree | undefined>((node, part) => (typeof node === 'object' ? node[part] : undefined), OWN_TEXTS[locale]);
    if (typeof text !== 'string') return typeof options._ === 'string' ? options._ : key;
    return text.replace(/%\{(\w+)\}/g, (placeholder, name: string) => (name in options ? String(options[name]) : placeholder));
  };
}
