import type { FieldErrorCode } from './error-codes.js';

/**
 * Which field a database CHECK or foreign key refused, so that even a value
 * the services did not catch comes back as a 422 on its field (a form marks
 * the input) and never as an error about "a value" somewhere in the record.
 * Only names are read from the driver's error, never values.
 */

/** The message for a value the database refused on a field. */
export const BAD_FIELD_VALUE = 'a value is out of range or malformed';

/** CHECKs whose name does not end in the column they guard, or that deserve a better message and code. */
const CHECKS: Record<string, { field: string; code?: FieldErrorCode; message?: string }> = {
  ck_perspective_plans_review_after_start: {
    field: 'nextReviewDate',
    code: 'before_start_date',
    message: 'cannot be before the start date',
  },
  ck_placements_end_after_start: {
    field: 'endDate',
    code: 'before_start_date',
    message: 'cannot be before the start date',
  },
  ck_placements_hours: { field: 'hoursPerWeek' },
  // Issue 17.
  ck_activities_duration: { field: 'durationMinutes' },
  ck_activities_place: {
    field: 'municipality',
    code: 'municipality_required',
    message: 'an activity on site names its municipality',
  },
  ck_placements_end_reason: { field: 'endReason' },
  ck_placements_hourly_wage: { field: 'hourlyWage' },
  ck_placements_actual_hours: { field: 'actualHoursPerWeek' },
  ck_obstacles_resolved_on: {
    field: 'resolvedOn',
    code: 'resolved_on_required',
    message: 'is required when the obstacle is resolved',
  },
  ck_obstacles_resolved_after_identified: { field: 'resolvedOn' },
  ck_obstacle_links_not_self: { field: 'blocksIds', code: 'blocks_itself', message: 'an obstacle cannot block itself' },
  ck_network_conversations_with_whom: {
    field: 'employerId',
    code: 'employer_or_contact',
    message: 'an employer or a contact is required',
  },
  ck_referrals_breakthrough_when_completed: { field: 'breakthroughId' },
  ck_tasks_done_on: { field: 'doneOn' },
  ck_tasks_deadline_date: { field: 'deadlineDate' },
  ck_labels_not_own_parent: { field: 'parentId' },
  ck_consents_sharing_partner: { field: 'partnerOrganizationId' },
  ck_consents_withdrawn_after_given: { field: 'withdrawnOn' },
  ck_policy_parameters_period: { field: 'validTo' },
  ck_incomes_period: { field: 'to' },
  ck_breakthroughs_cost: { field: 'costEur' },
  ck_qualifications_recognition_only_regulated: { field: 'recognitionStatus' },
  ck_courses_hours: { field: 'hoursPerWeek' },
  ck_courses_end_after_start: { field: 'endDate' },
  ck_vacancies_level_with_language: { field: 'languageLevel' },
  ck_vacancies_hours: { field: 'hoursPerWeek' },
  ck_persons_hours_wanted: { field: 'hoursWantedPerWeek' },
  ck_integration_routes_deadline_after_start: { field: 'deadline' },
  ck_integration_routes_lesson_hours: { field: 'lessonHoursPerWeek' },
};

const camelCase = (column: string) => column.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());

/**
 * The field of a CHECK: listed above, else the column its name ends in
 * (`ck_households_shelter_type` on `households` → `shelterType`).
 */
export function checkField(
  constraint: string | undefined,
  table: string | undefined,
): { field: string; code: FieldErrorCode; message: string } | undefined {
  if (!constraint) return undefined;
  const known = CHECKS[constraint];
  if (known)
    return { field: known.field, code: known.code ?? 'value_malformed', message: known.message ?? BAD_FIELD_VALUE };
  const prefix = `ck_${table ?? ''}_`;
  if (!table || !constraint.startsWith(prefix) || constraint.length === prefix.length) return undefined;
  return { field: camelCase(constraint.slice(prefix.length)), code: 'value_malformed', message: BAD_FIELD_VALUE };
}

/** The field of a foreign key that points nowhere, from "Key (person_id)=(…) is not present in table …". */
export function foreignKeyField(detail: string | undefined): string | undefined {
  const match = /^Key \(([a-z0-9_]+)\)=\(.*\) is not present in table/s.exec(detail ?? '');
  return match ? camelCase(match[1]) : undefined;
}
