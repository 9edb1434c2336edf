export const SKILL_LEVELS = ['basic', 'experienced', 'expert'] as const;
export type SkillLevel = (typeof SKILL_LEVELS)[number];

/** The bodies that value a foreign diploma in the Netherlands. */
export const QUALIFICATION_EVALUATORS = ['nuffic_idw', 'sbb', 'duo', 'other'] as const;
export type QualificationEvaluator = (typeof QUALIFICATION_EVALUATORS)[number];

/** The Dutch level a diploma was valued at (what IDW, SBB or DUO write in their evaluation). */
export const DUTCH_LEVELS = [
  'mbo_1',
  'mbo_2',
  'mbo_3',
  'mbo_4',
  'havo',
  'vwo',
  'hbo_associate',
  'hbo_bachelor',
  'wo_bachelor',
  'hbo_master',
  'wo_master',
  'doctorate',
  'not_comparable',
] as const;
export type DutchLevel = (typeof DUTCH_LEVELS)[number];

/** Professions that need recognition before one may work in them: care under the BIG act, teaching. */
export const REGULATED_PROFESSIONS = ['none', 'care_big', 'teaching', 'other'] as const;
export type RegulatedProfession = (typeof REGULATED_PROFESSIONS)[number];

export const RECOGNITION_STATUSES = ['not_applied', 'applied', 'recognised', 'partly_recognised', 'refused'] as const;
export type RecognitionStatus = (typeof RECOGNITION_STATUSES)[number];

export const ASSESSMENT_METHODS = [
  'formal_exam',
  'course_test',
  'intake_interview',
  'observed_at_work',
  'self_assessment',
] as const;
export type AssessmentMethod = (typeof ASSESSMENT_METHODS)[number];

export const COURSE_KINDS = [
  'language_formal',
  'language_practice',
  'vocational_training',
  'job_application_workshop',
  'other',
] as const;
export type CourseKind = (typeof COURSE_KINDS)[number];
