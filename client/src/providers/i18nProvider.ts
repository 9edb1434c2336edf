import polyglotI18nProvider from 'ra-i18n-polyglot';
import englishMessages from 'ra-language-english';
import dutchMessages from 'ra-language-dutch';
import ukrainianMessages from 'ra-language-ukrainian';
import type { TranslationMessages } from 'react-admin';
import { en } from '../i18n/en';
import { nl } from '../i18n/nl';
import { uk } from '../i18n/uk';
import { setFormatLocale } from '../common/formats';

import { LOCALES, initialLocale, isLocale, rememberLocale, type Locale } from './locale';

export { LOCALES, initialLocale, type Locale };

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

/**
 * Texts react-admin 5 shows that the v4 Dutch and Ukrainian packs lack (they would show in English), and
 * titles the v4 packs still build from the record's id (a UUID) where react-admin 5 names the record.
 */
const RA5_GAPS: Record<'nl' | 'uk', Tree> = {
  nl: {
    ra: {
      action: { reset: 'Herstellen', search_columns: 'Kolommen zoeken', select_all_button: 'Alles selecteren', update_application: 'Applicatie herladen' },
      page: { access_denied: 'Geen toegang', authentication_error: 'Authenticatiefout', edit: '%{name} %{recordRepresentation}', show: '%{name} %{recordRepresentation}' },
      message: {
        delete_title: '%{name} %{recordRepresentation} verwijderen',
        access_denied: 'Je hebt geen rechten om deze pagina te bekijken',
        authentication_error: 'De authenticatieserver gaf een fout; je gegevens konden niet worden gecontroleerd.',
        auth_error: 'Er ging iets mis bij het controleren van het authenticatietoken.',
        clear_array_input: 'Weet je zeker dat je de hele lijst wilt leegmaken?',
        select_all_limit_reached: 'Er zijn te veel elementen om alles te selecteren. Alleen de eerste %{max} zijn geselecteerd.',
        placeholder_data_warning: 'Netwerkprobleem: gegevens konden niet worden ververst.',
      },
      navigation: { clear_filters: 'Filters wissen', no_filtered_results: 'Geen %{name} gevonden met de huidige filters.' },
      auth: { email: 'E-mail' },
      notification: { application_update_available: 'Er is een nieuwe versie beschikbaar.', offline: 'Geen verbinding. Gegevens konden niet worden opgehaald.' },
      validation: { unique: 'Moet uniek zijn' },
    },
  },
  uk: {
    ra: {
      action: { reset: 'Скинути', search_columns: 'Пошук стовпців', select_all_button: 'Вибрати все' },
      page: { access_denied: 'Доступ заборонено', authentication_error: 'Помилка автентифікації', edit: '%{name} %{recordRepresentation}', show: '%{name} %{recordRepresentation}' },
      message: {
        delete_title: 'Видалити %{name} %{recordRepresentation}',
        access_denied: 'У вас немає прав для перегляду цієї сторінки',
        authentication_error: 'Сервер автентифікації повернув помилку; ваші дані не вдалося перевірити.',
        select_all_limit_reached: 'Елементів забагато, щоб вибрати всі. Вибрано лише перші %{max}.',
        placeholder_data_warning: 'Проблема з мережею: не вдалося оновити дані.',
      },
      navigation: { clear_filters: 'Очистити фільтри', no_filtered_results: 'Не знайдено %{name} за поточними фільтрами.' },
      auth: { email: 'Електронна пошта' },
      notification: { offline: 'Немає з’єднання. Не вдалося отримати дані.' },
      validation: { unique: 'Має бути унікальним' },
    },
  },
};

/**
 * The v4 Ukrainian pack writes its counted texts with two forms, so 5 falls back to the singular
 * ("5 елемент"); Ukrainian needs three (1 елемент, 2 елементи, 5 елементів), as polyglot picks them.
 */
const UK_PLURALS: Tree = {
  ra: {
    action: { bulk_actions: 'Обрано %{smart_count} елемент |||| Обрано %{smart_count} елементи |||| Обрано %{smart_count} елементів' },
    message: {
      bulk_delete_content:
        'Ви дійсно хочете видалити %{smart_count} елемент? |||| Ви дійсно хочете видалити %{smart_count} елементи? |||| Ви дійсно хочете видалити %{smart_count} елементів?',
      bulk_delete_title: 'Видалити %{smart_count} елемент |||| Видалити %{smart_count} елементи |||| Видалити %{smart_count} елементів',
      bulk_update_content:
        'Ви дійсно хочете оновити %{smart_count} елемент? |||| Ви дійсно хочете оновити %{smart_count} елементи? |||| Ви дійсно хочете оновити %{smart_count} елементів?',
      bulk_update_title: 'Оновити %{smart_count} елемент |||| Оновити %{smart_count} елементи |||| Оновити %{smart_count} елементів',
    },
    notification: {
      updated: '%{smart_count} елемент оновлено |||| %{smart_count} елементи оновлено |||| %{smart_count} елементів оновлено',
      deleted: '%{smart_count} елемент видалено |||| %{smart_count} елементи видалено |||| %{smart_count} елементів видалено',
    },
  },
};

const english = englishMessages as unknown as Tree;
export const messages: Record<Locale, TranslationMessages> = {
  en: deepMerge(english, en as unknown as Tree) as unknown as TranslationMessages,
  nl: deepMerge(deepMerge(deepMerge(english, dutchMessages as unknown as Tree), RA5_GAPS.nl), nl as unknown as Tree) as unknown as TranslationMessages,
  uk: deepMerge(deepMerge(deepMerge(deepMerge(english, ukrainianMessages as unknown as Tree), RA5_GAPS.uk), UK_PLURALS), uk as unknown as Tree) as unknown as TranslationMessages,
};

setFormatLocale(initialLocale());

// ra-i18n-polyglot hands the locale to node-polyglot, which then picks Ukrainian plural forms (1, 2–4, 5+).
const polyglot = polyglotI18nProvider((locale) => messages[locale as Locale] ?? messages.nl, initialLocale(), [...LOCALES], {
  allowMissing: true,
});

/** Remembers the language a user picks, across sign-outs. */
export const i18nProvider = {
  ...polyglot,
  changeLocale: (locale: string, options?: unknown) => {
    if (isLocale(locale)) rememberLocale(locale);
    setFormatLocale(locale);
    return polyglot.changeLocale(locale, options);
  },
};
