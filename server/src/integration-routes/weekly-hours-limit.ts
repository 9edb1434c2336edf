import type { EntityManager } from 'typeorm';
import { parameterValuesOn } from '../policy-parameters/parameter-value.js';

/** Where no version of the policy parameter covers the day: the default the issue names (40 hours a week). */
export const DEFAULT_MAX_WEEKLY_HOURS = 40;

/**
 * The most hours a week of lessons and work together before the person's
 * page warns (Shakib's story in letter 002: lessons that compete with a
 * full-time job): the organisation's dated policy parameter
 * `max_weekly_hours_lessons_and_work` valid on `date`, or 40 where no
 * version covers that day.
 */
export async function weeklyHoursLimit(manager: EntityManager, organizationId: string, date: string): Promise<number> {
  const values = await parameterValuesOn(manager, organizationId, ['max_weekly_hours_lessons_and_work'], date);
  return values.max_weekly_hours_lessons_and_work?.value ?? DEFAULT_MAX_WEEKLY_HOURS;
}
