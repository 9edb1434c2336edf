export const HOUSEHOLD_ROLES = ['head', 'partner', 'child', 'parent', 'sibling', 'other'] as const;
export type HouseholdRole = (typeof HOUSEHOLD_ROLES)[number];

/** The languages the method asks about; `other` stands for any further one. */
export const LEVEL_LANGUAGES = ['nl', 'en', 'uk', 'ru', 'other'] as const;
export type LevelLanguage = (typeof LEVEL_LANGUAGES)[number];

export const LANGUAGE_LEVELS = ['A0', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'native'] as const;
export type LanguageLevel = (typeof LANGUAGE_LEVELS)[number];

export const EDUCATION_LEVELS = [
  'none',
  'primary',
  'secondary',
  'vocational',
  'bachelor',
  'master',
  'doctorate',
] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

export const DIPLOMA_EVALUATIONS = ['not_needed', 'not_started', 'requested', 'evaluated'] as const;
export type DiplomaEvaluation = (typeof DIPLOMA_EVALUATIONS)[number];
