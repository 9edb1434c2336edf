import type { EntityManager } from 'typeorm';
import { Label } from './label.entity.js';
import { IntegrationDomain } from '../integration-domains/integration-domain.entity.js';

/** The report's themes, top level, with the colour each had in its chart. */
export const DEFAULT_THEMES = [
  {
    key: 'work',
    name: { nl: 'Werk', en: 'Work', uk: 'Робота' },
    color: '#1976d2',
    domainKey: 'work',
    children: ['work'],
  },
  {
    key: 'health',
    name: { nl: 'Zorg', en: 'Health care', uk: "Охорона здоров'я" },
    color: '#d32f2f',
    domainKey: 'health_social_care',
    children: ['health_social_care'],
  },
  {
    key: 'social',
    name: { nl: 'Sociale verbindingen', en: 'Social connections', uk: "Соціальні зв'язки" },
    color: '#9c27b0',
    domainKey: null,
    children: ['bonds', 'bridges', 'links'],
  },
  {
    key: 'language',
    name: { nl: 'Taal', en: 'Language', uk: 'Мова' },
    color: '#ed6c02',
    domainKey: 'language_communication',
    children: ['language_communication'],
  },
  {
    key: 'housing',
    name: { nl: 'Huisvesting', en: 'Housing', uk: 'Житло' },
    color: '#2e7d32',
    domainKey: 'housing',
    children: ['housing'],
  },
  {
    key: 'education',
    name: { nl: 'Onderwijs', en: 'Education', uk: 'Освіта' },
    color: '#0288d1',
    domainKey: 'education',
    children: ['education'],
  },
  {
    key: 'other',
    name: { nl: 'Overig', en: 'Other', uk: 'Інше' },
    color: '#757575',
    domainKey: null,
    children: ['leisure', 'culture', 'digital_skills', 'safety', 'stability', 'rights_responsibilities'],
  },
] as const;

export type ThemeKey = (typeof DEFAULT_THEMES)[number]['key'];

type Names = { nl?: string; en?: string; uk?: string };

/** What a domain label that shares its theme's name gets appended, per language. */
const GENERAL = { nl: 'algemeen', en: 'general', uk: 'загалом' } as const;

/**
 * A domain's label under its theme. Where the theme and the domain have the same name ("Werk"
 * under "Werk") the child becomes "Werk (algemeen)", so a list, a chart or a typed search never
 * shows two labels that read alike.
 */
export function childName(theme: Names, domain: Names): Names {
  const languages = ['nl', 'en', 'uk'] as const;
  const clashes = languages.some((lang) => domain[lang] !== undefined && domain[lang] === theme[lang]);
  if (!clashes) return domain;
  return Object.fromEntries(
    languages.filter((lang) => domain[lang] !== undefined).map((lang) => [lang, `${domain[lang]} (${GENERAL[lang]})`]),
  );
}

/**
 * A new organisation's codebook: the report's seven themes at the top, the
 * 14 integration domains under the theme they map to (see `childName`). Returns the theme
 * labels by key and the domain labels by domain key.
 */
export async function createDefaultCodebook(manager: EntityManager, organizationId: string) {
  const domains = await manager.find(IntegrationDomain, { order: { order: 'ASC' } });
  const themes = {} as Record<ThemeKey, Label>;
  const byDomain: Record<string, Label> = {};
  for (const theme of DEFAULT_THEMES) {
    themes[theme.key] = await manager.save(
      manager.create(Label, {
        organizationId,
        name: theme.name,
        color: theme.color,
        domainKey: theme.domainKey,
        parentId: null,
        definition: null,
      }),
    );
    for (const key of theme.children) {
      const domain = domains.find((d) => d.key === key);
      if (!domain) continue;
      byDomain[key] = await manager.save(
        manager.create(Label, {
          organizationId,
          name: childName(theme.name, domain.name),
          parentId: themes[theme.key].id,
          color: theme.color,
          domainKey: key,
          // No copy of the domain's description: the client shows that in the reader's language.
          definition: null,
        }),
      );
    }
  }
  return { themes, byDomain };
}
