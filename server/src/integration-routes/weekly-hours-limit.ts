import type { EntityManager } from 'typeorm';

/** Until the policy parameter is read: the default the issue names (40 hours a week). */
export const DEFAULT_MAX_WEEKLY_HOURS = 40;

/**
 * The most hours a week of lessons and work together before the person's
 * page warns (Shakib's story in letter 002: lessons that compete with a
 * full-time job). It will be the dated policy parameter
 * `max_weekly_hours_lessons_and_work` of the organisation, valid on `date`.
 * The lead wires this to the policy-parameters resource at merge; the one
 * place that reads the limit is here, so nothing else changes then.
 */
export function weeklyHoursLimit(_manager: EntityManager, _organizationId: string, _date: string): Promise<number> {
  return Promise.resolve(DEFAULT_MAX_WEEKLY_HOURS);
}
