import type { Skill } from '../api/types';

/** A skill's name in the reader's language (the shared list has all three; an organisation's own at least Dutch). */
export function skillName(skill: Pick<Skill, 'nameNl' | 'nameEn' | 'nameUk'> | undefined, locale: string): string {
  if (!skill) return '…';
  const byLocale: Record<string, string> = { nl: skill.nameNl, en: skill.nameEn, uk: skill.nameUk };
  return byLocale[locale] || skill.nameNl;
}

/** The list's sort field for the reader's language. */
export const skillNameField = (locale: string) => (locale === 'en' ? 'nameEn' : locale === 'uk' ? 'nameUk' : 'nameNl');
