export const VACANCY_STATUSES = ['open', 'filled'] as const;
export type VacancyStatus = (typeof VACANCY_STATUSES)[number];

/** What a suggestion's score is made of, in the order the reasons are listed (docs/matching.md). */
export const SUGGESTION_FACTORS = ['skills', 'language', 'hours', 'municipality', 'training', 'protection'] as const;
export type SuggestionFactor = (typeof SUGGESTION_FACTORS)[number];

export const SUGGESTION_OUTCOMES = ['met', 'partly', 'not_met', 'unknown'] as const;
export type SuggestionOutcome = (typeof SUGGESTION_OUTCOMES)[number];

/** What the person's protection basis says about taking paid work (see work-permission.ts). */
export const WORK_PERMISSIONS = ['free', 'notification', 'work_permit_needed', 'unknown'] as const;
export type WorkPermission = (typeof WORK_PERMISSIONS)[number];
