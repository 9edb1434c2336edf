import { browserLocale, initialLocale, LOCALE_KEY, rememberLocale } from './locale';

describe('the UI language', () => {
  afterEach(() => localStorage.clear());

  it('defaults to the first browser language Doorbraak speaks', () => {
    expect(browserLocale(['uk-UA', 'en-US'])).toBe('uk');
    expect(browserLocale(['de-DE', 'en-GB', 'nl'])).toBe('en');
    expect(browserLocale(['NL-be'])).toBe('nl');
  });

  it('falls back to Dutch when the browser speaks none of them', () => {
    expect(browserLocale(['de-DE', 'fr'])).toBe('nl');
    expect(browserLocale([])).toBe('nl');
  });

  it('prefers the language chosen before, and ignores a stored value it does not know', () => {
    rememberLocale('uk');
    expect(initialLocale()).toBe('uk');
    expect(document.documentElement.lang).toBe('uk');
    localStorage.setItem(LOCALE_KEY, 'xx');
    expect(initialLocale()).toBe(browserLocale());
  });
});
