import { entriesFor, MENU_SECTIONS } from './menu-sections';
import { en } from '../i18n/en';

const names = (role: string) => entriesFor(role).map((entry) => (entry.kind === 'resource' ? entry.name : entry.path));

describe('menu sections', () => {
  it('shows a matcher the matching work and not the codebook or labelling', () => {
    expect(names('matcher')).toEqual(expect.arrayContaining(['pipeline', 'placements', 'employers', 'reports/placements', 'households']));
    expect(names('matcher')).not.toEqual(expect.arrayContaining(['labels']));
    expect(names('matcher')).not.toContain('labelling');
    expect(names('matcher')).not.toContain('users');
  });

  it('shows a researcher labelling, the codebook and double coding, not the pipeline', () => {
    expect(names('researcher')).toEqual(expect.arrayContaining(['labelling', 'labels', 'coding', 'reports/themes', 'contact-logs']));
    expect(names('researcher')).not.toContain('pipeline');
  });

  it('shows an admin every entry, users included', () => {
    expect(names('admin')).toHaveLength(MENU_SECTIONS.flatMap((section) => section.entries).length);
    expect(names('admin')).toContain('users');
  });

  it('has a translated title for every section', () => {
    const lookup = (key: string) => key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], en);
    for (const section of MENU_SECTIONS) expect(typeof lookup(section.title)).toBe('string');
  });
});

describe('menu names', () => {
  it('never gives two entries, or an entry and its section, the same name in any language', async () => {
    const { i18nProvider } = await import('../providers/i18nProvider');
    for (const locale of ['nl', 'en', 'uk']) {
      await i18nProvider.changeLocale(locale);
      // The menu names a resource by its plural, as react-admin's ResourceItem does.
      const label = (entry: (typeof MENU_SECTIONS)[number]['entries'][number]) =>
        i18nProvider.translate(entry.kind === 'resource' ? `resources.${entry.name}.name` : entry.label, { smart_count: 2 });
      const names = MENU_SECTIONS.flatMap((section) => [i18nProvider.translate(section.title), ...section.entries.map(label)]);
      const repeated = names.filter((name, i) => names.indexOf(name) !== i);
      expect(repeated.map((name) => `${locale}: ${name}`)).toEqual([]);
    }
    await i18nProvider.changeLocale('nl');
  });
});
