import polyglotI18nProvider from 'ra-i18n-polyglot';
import { i18nProvider, messages, type Locale } from '../providers/i18nProvider';

type Tree = { [key: string]: string | Tree };

function phrases(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'string' ? [[`${prefix}${k}`, v] as [string, string]] : phrases(v, `${prefix}${k}.`),
  );
}

const polyglotFor = (locale: Locale) => {
  const provider = polyglotI18nProvider(() => messages[locale], locale);
  return { t: (key: string, options: Record<string, unknown>) => provider.translate(key, options) };
};

describe('plurals', () => {
  it('counts days in Ukrainian with its three forms (1 день, 2 дні, 5 днів)', () => {
    const t = polyglotFor('uk');
    const inDays = (n: number) => t.t('app.deadlines.inDays', { smart_count: n });
    expect(inDays(1)).toBe('через 1 день');
    expect(inDays(2)).toBe('через 2 дні');
    expect(inDays(5)).toBe('через 5 днів');
    expect(inDays(10)).toBe('через 10 днів');
    expect(inDays(11)).toBe('через 11 днів');
    expect(inDays(21)).toBe('через 21 день');
    expect(inDays(22)).toBe('через 22 дні');
  });

  it('counts in Dutch and English with two forms', () => {
    expect(polyglotFor('nl').t('app.deadlines.inDays', { smart_count: 1 })).toBe('over 1 dag');
    expect(polyglotFor('nl').t('app.deadlines.inDays', { smart_count: 21 })).toBe('over 21 dagen');
    expect(polyglotFor('en').t('app.deadlines.inDays', { smart_count: 0 })).toBe('in 0 days');
    expect(polyglotFor('en').t('app.deadlines.title', { smart_count: 1 })).toBe('Coming deadlines (1 week)');
  });

  it('gives every Ukrainian counted text three forms and every Dutch and English one two', () => {
    const forms = (locale: Locale) =>
      phrases(messages[locale] as unknown as Tree)
        .filter(([, text]) => text.includes('||||'))
        .map(([key, text]) => [key, text.split('||||').length] as const);
    expect(forms('uk').filter(([, n]) => n !== 3)).toEqual([]);
    expect(forms('nl').filter(([, n]) => n !== 2)).toEqual([]);
    expect(forms('en').filter(([, n]) => n !== 2)).toEqual([]);
  });

  it('writes every text that carries a count with plural forms', () => {
    for (const locale of ['en', 'nl', 'uk'] as const) {
      const single = phrases(messages[locale] as unknown as Tree).filter(
        ([, text]) => text.includes('%{smart_count}') && !text.includes('||||'),
      );
      expect(single.map(([key]) => `${locale}: ${key}`)).toEqual([]);
    }
  });

  it('uses the Ukrainian rules in the app provider after switching language', async () => {
    await i18nProvider.changeLocale('uk');
    expect(i18nProvider.translate('app.deadlines.inDays', { smart_count: 10 })).toBe('через 10 днів');
    expect(i18nProvider.translate('ra.notification.updated', { smart_count: 3 })).toBe('3 елементи оновлено');
    await i18nProvider.changeLocale('nl');
  });
});
