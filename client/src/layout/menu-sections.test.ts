import { entriesFor, MENU_SECTIONS } from './menu-sections';
import { en } from '../i18n/en';
import type { Permissions } from '../providers/permissions';

/** Permission rows as GET /api/auth/me hands them out (fixtures: the menu reads them, it holds no rules). */
const MATCHER: Permissions = {
  persons: ['list', 'show'],
  tasks: ['list', 'show', 'create', 'update', 'delete'],
  placements: ['list', 'show', 'create', 'update', 'delete'],
  employers: ['list', 'show', 'create', 'update', 'delete'],
  'network-conversations': ['list', 'show', 'create', 'update', 'delete'],
  reports: ['placements'],
  labels: [],
  'contact-logs': [],
  users: ['list', 'show'],
};
const RESEARCHER: Permissions = {
  'contact-logs': ['list', 'show', 'create', 'update', 'delete', 'bulk-label'],
  labels: ['list', 'show', 'create', 'update', 'delete', 'merge'],
  'coding-samples': ['list', 'show', 'code', 'agreement'],
  placements: ['list', 'show'],
  reports: ['obstacles', 'systemic-obstacles', 'themes', 'placements'],
};
const everything = (): Permissions => {
  const all: Permissions = {};
  for (const entry of MENU_SECTIONS.flatMap((section) => section.entries)) {
    const [resource, action] = entry.kind === 'resource' ? [entry.name, 'list'] : entry.needs;
    all[resource] = [...(all[resource] ?? []), action];
  }
  return all;
};

const names = (permissions: Permissions | undefined) =>
  entriesFor(permissions).map((entry) => (entry.kind === 'resource' ? entry.name : entry.path));

describe('menu sections', () => {
  it('shows a matcher the matching work and not the codebook, labelling or households', () => {
    expect(names(MATCHER)).toEqual(
      expect.arrayContaining(['pipeline', 'placements', 'employers', 'reports/placements', 'persons']),
    );
    expect(names(MATCHER)).not.toContain('labels');
    expect(names(MATCHER)).not.toContain('labelling');
    expect(names(MATCHER)).not.toContain('households');
    expect(names(MATCHER)).not.toContain('contact-logs');
  });

  it('shows a researcher labelling, the codebook and double coding; the placements to read, not the board to move them', () => {
    expect(names(RESEARCHER)).toEqual(
      expect.arrayContaining(['labelling', 'labels', 'coding', 'reports/themes', 'contact-logs', 'placements']),
    );
    expect(names(RESEARCHER)).not.toContain('pipeline');
  });

  it('shows every entry to whom everything is allowed, and nothing before the permissions arrive', () => {
    expect(names(everything())).toHaveLength(MENU_SECTIONS.flatMap((section) => section.entries).length);
    expect(names(undefined)).toEqual([]);
  });

  it('has a translated title for every section', () => {
    const lookup = (key: string) =>
      key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], en);
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
        i18nProvider.translate(entry.kind === 'resource' ? `resources.${entry.name}.name` : entry.label, {
          smart_count: 2,
        });
      const names = MENU_SECTIONS.flatMap((section) => [
        i18nProvider.translate(section.title),
        ...section.entries.map(label),
      ]);
      const repeated = names.filter((name, i) => names.indexOf(name) !== i);
      expect(repeated.map((name) => `${locale}: ${name}`)).toEqual([]);
    }
    await i18nProvider.changeLocale('nl');
  });
});
