import type { OpenAPIObject } from '@nestjs/swagger';
import { AUDIT_ACTIONS } from '../audit-events/audit-event.entity.js';
import { ROLES } from '../auth/roles.js';
import { SEARCH_KINDS } from '../search/search.repository.js';
import { NOTIFICATION_KINDS } from '../notifications/notification-sources.js';
import { CONSENT_METHODS, CONSENT_PURPOSES } from '../consents/consent.entity.js';
import { CHANNELS } from '../contact-logs/contact-log.entity.js';
import { EMPLOYER_STATUSES } from '../employers/employer.entity.js';
import { HELPDESK_STATUSES } from '../helpdesk/helpdesk-question.entity.js';
import { HOUSEHOLD_STATUSES, PROTECTION_BASES, SHELTER_TYPES, TRACKS } from '../households/household.enums.js';
import { DOMAIN_GROUPS } from '../integration-domains/integration-domain.entity.js';
import { OUTCOMES } from '../network-conversations/network-conversation.entity.js';
import { OBSTACLE_STATUSES, SEVERITIES } from '../obstacles/obstacle.enums.js';
import {
  DIPLOMA_EVALUATIONS,
  AGE_BANDS,
  EDUCATION_LEVELS,
  GENDERS,
  HOUSEHOLD_ROLES,
  LANGUAGE_LEVELS,
  LEVEL_LANGUAGES,
} from '../persons/person.enums.js';
import { PLAN_STATUSES } from '../perspective-plans/plan.enums.js';
import {
  CONTRACT_TYPES,
  FITS,
  PLACEMENT_STATUSES,
  PLACEMENT_TYPES,
  SIGNAL_KINDS,
  SOURCES,
  TWV_STATUSES,
} from '../placements/placement.enums.js';
import { START_BLOCKERS, WORK_PERMIT_REQUIREMENTS } from '../placements/work-permit.js';
import { SUBSIDY_CONDITIONS } from '../placements/employer-subsidy.js';
import { END_REASONS } from '../placements/transitions.js';
import { REFERRAL_STATUSES } from '../referrals/referral.entity.js';
import { DEADLINE_KINDS, TASK_STATUSES } from '../tasks/task.entity.js';
import { TIMELINE_TYPES } from '../timeline/timeline.repository.js';
import { ERROR_CODES, FIELD_ERROR_CODES } from '../common/errors/error-codes.js';
import { DATABASE_STATES, HEALTH_STATUSES } from '../health/health.controller.js';
import { THEME_LEVELS } from '../reports/themes.service.js';
import { IMPORT_KINDS, IMPORT_STATUSES } from '../imports/import-kinds.js';
import {
  INTEGRATION_PART_STATUSES,
  INTEGRATION_PARTS,
  INTEGRATION_ROUTE_KINDS,
} from '../integration-routes/integration-route.enums.js';
import { ERASURE_REASONS } from '../person-data/dto/person-data.dto.js';
import { RESEARCH_EXPORT_STATUSES } from '../research-exports/research-export.constants.js';
import { POLICY_PARAMETER_KEYS, POLICY_PARAMETER_UNITS } from '../policy-parameters/policy-parameter.entity.js';
import { INCOME_SOURCES } from '../incomes/income.entity.js';
import { CONTRIBUTION_COMPONENTS, CONTRIBUTION_EXEMPTIONS } from '../contributions/contribution.js';
import { TREND_INTERVALS } from '../reports/theme-trend.js';
import { COHORT_EVENTS, COHORT_GROUPS, COHORT_STARTS } from '../reports/cohorts/cohort.enums.js';
import { SKILL_KINDS } from '../skills/skill.enums.js';
import {
  ASSESSMENT_METHODS,
  COURSE_KINDS,
  DUTCH_LEVELS,
  QUALIFICATION_EVALUATORS,
  RECOGNITION_STATUSES,
  REGULATED_PROFESSIONS,
  SKILL_LEVELS,
} from '../learning/learning.enums.js';
import {
  SUGGESTION_FACTORS,
  SUGGESTION_OUTCOMES,
  VACANCY_STATUSES,
  WORK_PERMISSIONS,
} from '../vacancies/vacancy.enums.js';
import { ACTIVITY_TYPES } from '../activities/activity.entity.js';
import { POLICY_AUDIENCES, POLICY_SIGNAL_STATUSES, POLICY_THEMES } from '../policy-signals/policy-signal.entity.js';
import { ACTIVITY_MINUTES_BASES, ACTIVITY_PERIODS } from '../reports/activities-report.service.js';

/**
 * Every enum of the API by the name it has in the OpenAPI document (the
 * server's type name), from the server's own constants. DTO properties refer
 * to them with `enumName`; the document holds each one as a named schema even
 * where no request or response property names it yet (the keys of
 * `languageLevels`, a filter's values), so the client derives every choice
 * list and its translations from the generated types and copies none.
 */
export const NAMED_ENUMS: Record<string, readonly string[]> = {
  AuditAction: AUDIT_ACTIONS,
  DatabaseState: DATABASE_STATES,
  ErrorCode: Object.keys(ERROR_CODES),
  FieldErrorCode: Object.keys(FIELD_ERROR_CODES),
  HealthStatus: HEALTH_STATUSES,
  ThemeLevel: THEME_LEVELS,
  PolicyParameterKey: POLICY_PARAMETER_KEYS,
  PolicyParameterUnit: POLICY_PARAMETER_UNITS,
  IncomeSource: INCOME_SOURCES,
  ContributionComponent: CONTRIBUTION_COMPONENTS,
  ContributionExemption: CONTRIBUTION_EXEMPTIONS,
  Channel: CHANNELS,
  ConsentMethod: CONSENT_METHODS,
  ConsentPurpose: CONSENT_PURPOSES,
  ContractType: CONTRACT_TYPES,
  DeadlineKind: DEADLINE_KINDS,
  DiplomaEvaluation: DIPLOMA_EVALUATIONS,
  CohortEvent: COHORT_EVENTS,
  CohortGroupBy: COHORT_GROUPS,
  CohortStart: COHORT_STARTS,
  DomainGroup: DOMAIN_GROUPS,
  EducationLevel: EDUCATION_LEVELS,
  EmployerStatus: EMPLOYER_STATUSES,
  EndReason: END_REASONS,
  Fit: FITS,
  Gender: GENDERS,
  AgeBand: AGE_BANDS,
  HelpdeskStatus: HELPDESK_STATUSES,
  HouseholdRole: HOUSEHOLD_ROLES,
  HouseholdStatus: HOUSEHOLD_STATUSES,
  ImportKind: IMPORT_KINDS,
  ImportStatus: IMPORT_STATUSES,
  LanguageLevel: LANGUAGE_LEVELS,
  LevelLanguage: LEVEL_LANGUAGES,
  ObstacleStatus: OBSTACLE_STATUSES,
  Outcome: OUTCOMES,
  PlacementStatus: PLACEMENT_STATUSES,
  PlacementType: PLACEMENT_TYPES,
  TwvStatus: TWV_STATUSES,
  SignalKind: SIGNAL_KINDS,
  WorkPermitRequirement: WORK_PERMIT_REQUIREMENTS,
  StartBlocker: START_BLOCKERS,
  SubsidyCondition: SUBSIDY_CONDITIONS,
  PlanStatus: PLAN_STATUSES,
  ProtectionBasis: PROTECTION_BASES,
  ReferralStatus: REFERRAL_STATUSES,
  Role: ROLES,
  SearchKind: SEARCH_KINDS,
  SortOrder: ['ASC', 'DESC'],
  NotificationKind: NOTIFICATION_KINDS,
  Severity: SEVERITIES,
  ShelterType: SHELTER_TYPES,
  Source: SOURCES,
  TaskStatus: TASK_STATUSES,
  TimelineType: TIMELINE_TYPES,
  TrendInterval: TREND_INTERVALS,
  Track: TRACKS,
  IntegrationRouteKind: INTEGRATION_ROUTE_KINDS,
  IntegrationPart: INTEGRATION_PARTS,
  IntegrationPartStatus: INTEGRATION_PART_STATUSES,
  ErasureReason: ERASURE_REASONS,
  ResearchExportStatus: RESEARCH_EXPORT_STATUSES,
  // Issue 16: skills, learning, vacancies.
  AssessmentMethod: ASSESSMENT_METHODS,
  CourseKind: COURSE_KINDS,
  DutchLevel: DUTCH_LEVELS,
  QualificationEvaluator: QUALIFICATION_EVALUATORS,
  RecognitionStatus: RECOGNITION_STATUSES,
  RegulatedProfession: REGULATED_PROFESSIONS,
  SkillKind: SKILL_KINDS,
  SkillLevel: SKILL_LEVELS,
  SuggestionFactor: SUGGESTION_FACTORS,
  SuggestionOutcome: SUGGESTION_OUTCOMES,
  VacancyStatus: VACANCY_STATUSES,
  WorkPermission: WORK_PERMISSIONS,
  // Issue 17: activities and policy signals.
  ActivityType: ACTIVITY_TYPES,
  ActivityMinutesBasis: ACTIVITY_MINUTES_BASES,
  ActivityPeriod: ACTIVITY_PERIODS,
  PolicyTheme: POLICY_THEMES,
  PolicyAudience: POLICY_AUDIENCES,
  PolicySignalStatus: POLICY_SIGNAL_STATUSES,
};

/**
 * Adds the named enums to the document's schemas. A schema of the same name
 * that a decorator made must hold the same values: one name, one list.
 */
export function describeNamedEnums(document: OpenAPIObject): OpenAPIObject {
  document.components ??= {};
  const schemas = (document.components.schemas ??= {}) as Record<string, { type?: string; enum?: unknown[] }>;
  for (const [name, values] of Object.entries(NAMED_ENUMS)) {
    const existing = schemas[name];
    if (existing && JSON.stringify(existing.enum) !== JSON.stringify(values)) {
      throw new Error(`OpenAPI schema ${name} is not the enum ${name} (${values.join(', ')}): check its enumName`);
    }
    schemas[name] = { type: 'string', enum: [...values] };
  }
  return document;
}
