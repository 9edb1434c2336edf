import '@testing-library/jest-dom/vitest';
import { loadOwnTexts } from './auth/texts';
import { LOCALES, loadMessages, prepareI18n } from './providers/i18nProvider';

// The UI's default language follows the browser's; the unit tests read the app as a Dutch browser shows it.
Object.defineProperty(window.navigator, 'languages', { value: ['nl-NL', 'nl'], configurable: true });

// The app loads each language when it is used; the tests read all three at once.
await prepareI18n();
await Promise.all(LOCALES.map(({ locale }) => Promise.all([loadMessages(locale), loadOwnTexts(locale)])));
