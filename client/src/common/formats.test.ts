import { formatMoney, formatNumber, formatPercent, formatPercentage, languageName } from './formats';

// Intl separates a currency sign from its amount with a no-break space.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('formats', () => {
  it('writes shares with the reader’s decimal separator', () => {
    expect(formatPercent(0.313, 1, 'nl')).toBe('31,3%');
    expect(formatPercent(0.313, 1, 'en')).toBe('31.3%');
    expect(plain(formatPercent(0.313, 1, 'uk'))).toBe('31,3%');
    expect(formatPercentage(31.25, 1, 'nl')).toBe('31,3%');
    expect(formatPercent(null)).toBe('');
  });

  it('writes euros the Dutch way in Dutch', () => {
    expect(plain(formatMoney(25, 'nl'))).toBe('€ 25,00');
    expect(formatMoney('1234.5', 'en')).toBe('€1,234.50');
    expect(plain(formatMoney(25, 'uk'))).toBe('25,00 €');
    expect(formatMoney(undefined)).toBe('');
  });

  it('groups thousands and rounds decimals per language', () => {
    expect(formatNumber(1234.56, 1, 'nl')).toBe('1.234,6');
    expect(formatNumber(1234.56, 1, 'en')).toBe('1,234.6');
    expect(formatNumber('abc')).toBe('');
  });

  it('names languages in the reader’s language', () => {
    expect(languageName('uk', 'nl')).toBe('Oekraïens');
    expect(languageName('uk', 'en')).toBe('Ukrainian');
    expect(languageName('nl', 'uk')).toBe('Нідерландська');
    expect(languageName('other', 'nl', () => 'Anders')).toBe('Anders');
  });
});
