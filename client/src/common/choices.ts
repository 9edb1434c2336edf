/**
 * The API's enums as the client offers them: every list is the generated
 * values array of a named enum in server/openapi.json (src/api/schema.ts), so
 * a value added on the server shows up here after a rebuild, and the type
 * check (i18n/enumTranslations.ts) fails until it has a text in en, nl and uk.
 */
import {
  auditActionValues,
  channelValues,
  consentMethodValues,
  consentPurposeValues,
  contractTypeValues,
  deadlineKindValues,
  diplomaEvaluationValues,
  domainGroupValues,
  educationLevelValues,
  employerStatusValues,
  endReasonValues,
  signalKindValues,
  twvStatusValues,
  subsidyConditionValues,
  fitValues,
  genderValues,
  ageBandValues,
  helpdeskStatusValues,
  householdRoleValues,
  householdStatusValues,
  languageLevelValues,
  levelLanguageValues,
  obstacleStatusValues,
  outcomeValues,
  placementStatusValues,
  placementTypeValues,
  planStatusValues,
  protectionBasisValues,
  referralStatusValues,
  roleValues,
  severityValues,
  shelterTypeValues,
  sourceValues,
  taskStatusValues,
  timelineTypeValues,
  trackValues,
  integrationRouteKindValues,
  integrationPartValues,
  integrationPartStatusValues,
  incomeSourceValues,
  policyParameterKeyValues,
  policyParameterUnitValues,
  assessmentMethodValues,
  courseKindValues,
  dutchLevelValues,
  qualificationEvaluatorValues,
  recognitionStatusValues,
  regulatedProfessionValues,
  skillKindValues,
  skillLevelValues,
  vacancyStatusValues,
} from '../api/schema';
import type { ObstacleStatus } from '../api/types';
import type { DoorbraakMessages } from '../i18n/en';

type Resources = DoorbraakMessages['resources'];

/**
 * Choices whose labels are translation keys: `resources.<resource>.<field>.<value>`.
 * Every value must have its text there (a type error otherwise).
 */
export function choices<
  R extends keyof Resources,
  F extends keyof Resources[R] & string,
  V extends keyof Resources[R][F] & string,
>(resource: R, field: F, values: readonly V[]) {
  return values.map((id) => ({ id, name: `resources.${resource}.${field}.${id}` }));
}

export const SHELTER_TYPES = shelterTypeValues;
export const PROTECTION_BASES = protectionBasisValues;
export const GENDERS = genderValues;
export const AGE_BANDS = ageBandValues;
export const TRACKS = trackValues;
export const HOUSEHOLD_STATUSES = householdStatusValues;
export const HOUSEHOLD_ROLES = householdRoleValues;
/** The keys of a person's `languageLevels`. */
export const LEVEL_LANGUAGES = levelLanguageValues;
export const LANGUAGE_LEVELS = languageLevelValues;
export const EDUCATION_LEVELS = educationLevelValues;
export const DIPLOMA_EVALUATIONS = diplomaEvaluationValues;
export const ROLES = roleValues;

export const PLAN_STATUSES = planStatusValues;
export const SEVERITIES = severityValues;
export const OBSTACLE_STATUSES = obstacleStatusValues;
export const DOMAIN_GROUPS = domainGroupValues;

/** Status colours shared by the wheel, chips and charts (`none`: a domain without obstacles). */
export const STATUS_COLORS: Record<string, string> = {
  open: '#d32f2f',
  in_progress: '#ed6c02',
  resolved: '#2e7d32',
  not_resolvable: '#757575',
  none: '#e0e0e0',
} satisfies Record<ObstacleStatus | 'none', string>;

export const EMPLOYER_STATUSES = employerStatusValues;
export const OUTCOMES = outcomeValues;
export const PLACEMENT_TYPES = placementTypeValues;
export const CONTRACT_TYPES = contractTypeValues;
export const FITS = fitValues;
export const PLACEMENT_STATUSES = placementStatusValues;
export const SOURCES = sourceValues;
export const END_REASONS = endReasonValues;
export const TWV_STATUSES = twvStatusValues;
export const SIGNAL_KINDS = signalKindValues;
export const SUBSIDY_CONDITIONS = subsidyConditionValues;

export const TASK_STATUSES = taskStatusValues;
export const DEADLINE_KINDS = deadlineKindValues;
export const REFERRAL_STATUSES = referralStatusValues;
export const CONSENT_PURPOSES = consentPurposeValues;
export const CONSENT_METHODS = consentMethodValues;

// Issue 14: the municipality's rules.
export const INCOME_SOURCES = incomeSourceValues;
export const POLICY_PARAMETER_KEYS = policyParameterKeyValues;
export const POLICY_PARAMETER_UNITS = policyParameterUnitValues;

export const CHANNELS = channelValues;
export const HELPDESK_STATUSES = helpdeskStatusValues;
export const AUDIT_ACTIONS = auditActionValues;
export const TIMELINE_TYPES = timelineTypeValues;
export const INTEGRATION_ROUTE_KINDS = integrationRouteKindValues;
export const INTEGRATION_PARTS = integrationPartValues;
export const INTEGRATION_PART_STATUSES = integrationPartStatusValues;

// Issue 16: skills, learning, vacancies.
export const SKILL_KINDS = skillKindValues;
export const SKILL_LEVELS = skillLevelValues;
export const QUALIFICATION_EVALUATORS = qualificationEvaluatorValues;
export const DUTCH_LEVELS = dutchLevelValues;
export const REGULATED_PROFESSIONS = regulatedProfessionValues;
export const RECOGNITION_STATUSES = recognitionStatusValues;
export const ASSESSMENT_METHODS = assessmentMethodValues;
export const COURSE_KINDS = courseKindValues;
export const VACANCY_STATUSES = vacancyStatusValues;
