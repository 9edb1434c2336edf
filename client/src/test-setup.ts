import '@testing-library/jest-dom/vitest';

// The UI's default language follows the browser's; the unit tests read the app as a Dutch browser shows it.
Object.defineProperty(window.navigator, 'languages', { value: ['nl-NL', 'nl'], configurable: true });
