import ukrainianMessages from 'ra-language-ukrainian';
import { uk } from '../uk';
import type { Tree } from './tree';

/**
 * Texts react-admin 5 shows that the v4 Ukrainian pack lacks (they would show in English), and
 * titles the v4 pack still builds from the record's id (a UUID) where react-admin 5 names the record.
 */
const RA5_GAPS: Tree = {
  ra: {
    action: { reset: 'Скинути', search_columns: 'Пошук стовпців', select_all_button: 'Вибрати все' },
    page: {
      access_denied: 'Доступ заборонено',
      authentication_error: 'Помилка автентифікації',
      edit: '%{name} %{recordRepresentation}',
      show: '%{name} %{recordRepresentation}',
    },
    message: {
      delete_title: 'Видалити %{name} %{recordRepresentation}',
      access_denied: 'У вас немає прав для перегляду цієї сторінки',
      authentication_error: 'Сервер автентифікації повернув помилку; ваші дані не вдалося перевірити.',
      select_all_limit_reached: 'Елементів забагато, щоб вибрати всі. Вибрано лише перші %{max}.',
      placeholder_data_warning: 'Проблема з мережею: не вдалося оновити дані.',
    },
    navigation: {
      clear_filters: 'Очистити фільтри',
      no_filtered_results: 'Не знайдено %{name} за поточними фільтрами.',
    },
    auth: { email: 'Електронна пошта' },
    notification: { offline: 'Немає з’єднання. Не вдалося отримати дані.' },
    validation: { unique: 'Має бути унікальним' },
  },
};

/**
 * The v4 Ukrainian pack writes its counted texts with two forms, so 5 falls back to the singular
 * ("5 елемент"); Ukrainian needs three (1 елемент, 2 елементи, 5 елементів), as polyglot picks them.
 */
const UK_PLURALS: Tree = {
  ra: {
    action: {
      bulk_actions:
        'Обрано %{smart_count} елемент |||| Обрано %{smart_count} елементи |||| Обрано %{smart_count} елементів',
    },
    message: {
      bulk_delete_content:
        'Ви дійсно хочете видалити %{smart_count} елемент? |||| Ви дійсно хочете видалити %{smart_count} елементи? |||| Ви дійсно хочете видалити %{smart_count} елементів?',
      bulk_delete_title:
        'Видалити %{smart_count} елемент |||| Видалити %{smart_count} елементи |||| Видалити %{smart_count} елементів',
      bulk_update_content:
        'Ви дійсно хочете оновити %{smart_count} елемент? |||| Ви дійсно хочете оновити %{smart_count} елементи? |||| Ви дійсно хочете оновити %{smart_count} елементів?',
      bulk_update_title:
        'Оновити %{smart_count} елемент |||| Оновити %{smart_count} елементи |||| Оновити %{smart_count} елементів',
    },
    notification: {
      updated:
        '%{smart_count} елемент оновлено |||| %{smart_count} елементи оновлено |||| %{smart_count} елементів оновлено',
      deleted:
        '%{smart_count} елемент видалено |||| %{smart_count} елементи видалено |||| %{smart_count} елементів видалено',
    },
  },
};

/** The Ukrainian texts, merged in this order over react-admin's English ones (the fallback). */
export const layers: Tree[] = [ukrainianMessages as unknown as Tree, RA5_GAPS, UK_PLURALS, uk];
