import { messages, deepMerge } from './i18nProvider';
import { en } from '../i18n/en';

type Tree = { [key: string]: string | Tree };

function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'string' ? [`${prefix}${k}`] : keys(v, `${prefix}${k}.`),
  );
}

describe('translations', () => {
  it('has every react-admin and Doorbraak key in Dutch and Ukrainian', () => {
    const english = keys(messages.en as unknown as Tree);
    // The v4 packs may carry a retired key or two; what matters is that none is missing.
    expect(english.filter((k) => !keys(messages.nl as unknown as Tree).includes(k))).toEqual([]);
    expect(english.filter((k) => !keys(messages.uk as unknown as Tree).includes(k))).toEqual([]);
  });

  it('translates Doorbraak texts, not only falls back to English', () => {
    const nl = messages.nl as unknown as {
      resources: { households: { name: string } };
      ra: { action: { save: string } };
    };
    const uk = messages.uk as unknown as typeof nl;
    expect(nl.resources.households.name).toMatch(/^Huishouden/);
    expect(uk.resources.households.name).toMatch(/^Домогосподарство/);
    expect(nl.ra.action.save).toBe('Opslaan');
    expect(uk.ra.action.save).not.toBe('Save');
    expect(keys(en as unknown as Tree).length).toBeGreaterThan(50);
  });

  it('translates the texts react-admin 5 added that the v4 packs lack', () => {
    const text = (locale: 'en' | 'nl' | 'uk', key: string) =>
      key.split('.').reduce<string | Tree>((t, k) => (t as Tree)[k], messages[locale] as unknown as Tree);
    for (const key of [
      'ra.navigation.no_filtered_results',
      'ra.navigation.clear_filters',
      'ra.page.access_denied',
      'ra.message.access_denied',
      'ra.validation.unique',
    ]) {
      expect(text('nl', key)).not.toBe(text('en', key));
      expect(text('uk', key)).not.toBe(text('en', key));
    }
  });

  it('names a record in page titles instead of showing its UUID', () => {
    for (const locale of ['nl', 'uk'] as const) {
      const ra = (messages[locale] as unknown as { ra: { page: Tree; message: Tree } }).ra;
      for (const text of [ra.page.edit, ra.page.show, ra.message.delete_title]) {
        expect(text).toContain('%{recordRepresentation}');
        expect(text).not.toContain('%{id}');
      }
    }
  });

  it('merges nested keys without dropping siblings', () => {
    expect(deepMerge({ a: { b: '1', c: '2' } }, { a: { c: '3' } })).toEqual({ a: { b: '1', c: '3' } });
  });
});
