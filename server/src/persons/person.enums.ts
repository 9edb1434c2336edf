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

/** Gender as the reports group it; `unknown` also holds what was not said or not recognised. */
export const GENDERS = ['female', 'male', 'non_binary', 'unknown'] as const;
export type Gender = (typeof GENDERS)[number];

/**
 * Age bands, derived from the birth year (age = this year − birth year, so
 * at most a year off): minors; 18–26, the young adults Dutch work and income
 * rules treat apart (under 27); 27–44; 45–66, up to the state pension age;
 * 67 and older; `unknown` without a birth year.
 */
export const AGE_BANDS = ['under_18', '18_26', '27_44', '45_66', '67_plus', 'unknown'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];
