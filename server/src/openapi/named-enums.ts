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
  EDUCATION_LEVELS,
  HOUSEHOLD_ROLES,
  LANGUAGE_LEVELS,
  LEVEL_LANGUAGES,
} from '../persons/person.enums.js';
import { PLAN_STATUSES } from '../perspective-plans/plan.enums.js';
import { CONTRACT_TYPES, FITS, PLACEMENT_STATUSES, PLACEMENT_TYPES, SOURCES } from '../placements/placement.enums.js';
import { END_REASONS } from '../placements/transitions.js';
import { REFERRAL_STATUSES } from '../referrals/referral.entity.js';
import { DEADLINE_KINDS, TASK_STATUSES } from '../tasks/task.entity.js';
import { TIMELINE_TYPES } from '../timeline/timeline.repository.js';
import { ERROR_CODES, FIELD_ERROR_CODES } from '../common/errors/error-codes.js';
import { DATABASE_STATES, HEALTH_STATUSES } from '../health/health.controller.js';
import { THEME_LEVELS } from '../reports/themes.service.js';

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
  Channel: CHANNELS,
  ConsentMethod: CONSENT_METHODS,
  ConsentPurpose: CONSENT_PURPOSES,
  ContractType: CONTRACT_TYPES,
  DeadlineKind: DEADLINE_KINDS,
  DiplomaEvaluation: DIPLOMA_EVALUATIONS,
  DomainGroup: DOMAIN_GROUPS,
  EducationLevel: EDUCATION_LEVELS,
  EmployerStatus: EMPLOYER_STATUSES,
  EndReason: END_REASONS,
  Fit: FITS,
  HelpdeskStatus: HELPDESK_STATUSES,
  HouseholdRole: HOUSEHOLD_ROLES,
  HouseholdStatus: HOUSEHOLD_STATUSES,
  LanguageLevel: LANGUAGE_LEVELS,
  LevelLanguage: LEVEL_LANGUAGES,
  ObstacleStatus: OBSTACLE_STATUSES,
  Outcome: OUTCOMES,
  PlacementStatus: PLACEMENT_STATUSES,
  PlacementType: PLACEMENT_TYPES,
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
  Track: TRACKS,
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
