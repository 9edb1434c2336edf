import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ActingUser } from '../common/auth/acting-user.js';
import { ACTIVITY_TYPES } from '../activities/activity.entity.js';
import { personInMatching } from '../persons/in-matching.js';
import { oneOf, type ReportFilter, type ReportFilterSpec } from './report-filter.js';

/** How the activities report groups dates. */
export const ACTIVITY_PERIODS = ['month', 'quarter', 'year'] as const;
export type ActivityPeriod = (typeof ACTIVITY_PERIODS)[number];

/**
 * The theme report's activity minutes: none (the default, the report as it
 * was), attendance × duration (the people's time), or the organiser's time
 * (`organiserMinutes`, else the duration: the organisation's time).
 */
export const ACTIVITY_MINUTES_BASES = ['none', 'attendance', 'organiser'] as const;
export type ActivityMinutesBasis = (typeof ACTIVITY_MINUTES_BASES)[number];

export const ACTIVITY_REPORT_FILTER: ReportFilterSpec = {
  options: { period: ACTIVITY_PERIODS },
  periods: { date: { column: '', type: 'date' } },
  filters: {
    type: { column: '', type: 'enum', values: ACTIVITY_TYPES },
    online: { column: '', type: 'boolean' },
    municipality: { column: '', type: 'text' },
  },
  nulls: 'refused',
};

const PERIOD_SQL: Record<ActivityPeriod, string> = {
  month: `to_char(a.date, 'YYYY-MM')`,
  quarter: `to_char(a.date, 'YYYY-"Q"Q')`,
  year: `to_char(a.date, 'YYYY')`,
};

export interface ActivityCounts {
  activities: number;
  /** Known persons present plus anonymous attendees, summed over the activities. */
  attendance: number;
  /** Distinct known persons: one who came twice counts once. */
  uniquePersons: number;
  /** Of those, persons whose household is in individual support. */
  inIndividualSupport: number;
  /** Of those, persons in matching (matchingSince, a placement or a network conversation). */
  inMatching: number;
}

export interface ActivityReportRow extends ActivityCounts {
  period: string;
  /** The top-level theme; null: activities without a label. */
  labelId: string | null;
  name: Record<string, string> | null;
  color: string | null;
}

export interface ActivityReport {
  period: ActivityPeriod;
  totals: ActivityCounts;
  rows: ActivityReportRow[];
}

type Query = { query: (sql: string, params?: unknown[]) => Promise<unknown> };

/** The activities picked by the filter, as SQL over bound parameters ($1 the organisation). */
function picked(filter: Record<string, unknown>, params: unknown[], period: ActivityPeriod): string {
  const param = (value: unknown) => `$${params.push(value)}`;
  const parts = ['a.organization_id = $1', 'a.deleted_at IS NULL'];
  if (typeof filter.date_gte === 'string') parts.push(`a.date >= ${param(filter.date_gte)}::date`);
  if (typeof filter.date_lte === 'string') parts.push(`a.date <= ${param(filter.date_lte)}::date`);
  const types = oneOf(filter.type);
  if (types) parts.push(`a.type = ANY(${param(types)}::text[])`);
  if (filter.online !== undefined)
    parts.push(`a.online = ${param(filter.online === true || filter.online === 'true')}`);
  const municipalities = oneOf(filter.municipality);
  if (municipalities)
    parts.push(`lower(a.municipality) = ANY(${param(municipalities.map((m) => m.toLowerCase()))}::text[])`);
  return `SELECT a.id, a.anonymous_count, ${PERIOD_SQL[period]} AS period FROM activities a WHERE ${parts.join(' AND ')}`;
}

/** Per attendee of the picked activities, once: in individual support, in matching. */
const FLAGS = `flags AS (
       SELECT s.person_id,
              EXISTS (SELECT 1 FROM persons fp JOIN households fh ON fh.id = fp.household_id
                       WHERE fp.id = s.person_id AND fh.track = 'individual_support' AND fh.deleted_at IS NULL) AS support,
              ${personInMatching('s.person_id')} AS matching
         FROM (SELECT DISTINCT ap.person_id FROM activity_persons ap JOIN picked p ON p.id = ap.activity_id) s)`;

const COUNT_PERSONS = `count(DISTINCT ap.person_id)::int AS "uniquePersons",
              count(DISTINCT ap.person_id) FILTER (WHERE f.support)::int AS "inIndividualSupport",
              count(DISTINCT ap.person_id) FILTER (WHERE f.matching)::int AS "inMatching"`;

/**
 * Reach of group work per period and top-level theme. An activity with
 * labels in two themes is in both rows; the totals count it once.
 */
export async function activityReport(
  db: Query,
  organizationId: string,
  { filter, options }: ReportFilter,
): Promise<ActivityReport> {
  const period = options.period as ActivityPeriod;
  const params: unknown[] = [organizationId];
  const base = `WITH RECURSIVE tree(id, root) AS (
       SELECT id, id FROM labels WHERE organization_id = $1 AND parent_id IS NULL
       UNION ALL SELECT l.id, t.root FROM labels l JOIN tree t ON l.parent_id = t.id),
     picked AS (${picked(filter, params, period)}),
     acts AS (
       SELECT p.id, p.period, p.anonymous_count + (SELECT count(*) FROM activity_persons ap WHERE ap.activity_id = p.id)::int AS attendance
         FROM picked p),
     themed AS (
       SELECT DISTINCT a.id, a.period, a.attendance, t.root AS label_id
         FROM acts a JOIN activity_labels x ON x.activity_id = a.id JOIN tree t ON t.id = x.label_id
       UNION ALL
       SELECT a.id, a.period, a.attendance, NULL FROM acts a
        WHERE NOT EXISTS (SELECT 1 FROM activity_labels x WHERE x.activity_id = a.id)),
     ${FLAGS}`;
  const rows = (await db.query(
    `${base},
     counted AS (
       SELECT period, label_id, count(*)::int AS activities, sum(attendance)::int AS attendance FROM themed GROUP BY 1, 2),
     reached AS (
       SELECT th.period, th.label_id, ${COUNT_PERSONS}
         FROM themed th JOIN activity_persons ap ON ap.activity_id = th.id JOIN flags f ON f.person_id = ap.person_id
        GROUP BY 1, 2)
     SELECT c.period, c.label_id AS "labelId", lb.name, lb.color, c.activities, c.attendance,
            COALESCE(r."uniquePersons", 0) AS "uniquePersons", COALESCE(r."inIndividualSupport", 0) AS "inIndividualSupport",
            COALESCE(r."inMatching", 0) AS "inMatching"
       FROM counted c
       LEFT JOIN reached r ON r.period = c.period AND r.label_id IS NOT DISTINCT FROM c.label_id
       LEFT JOIN labels lb ON lb.id = c.label_id
      ORDER BY c.period, c.attendance DESC, lb.name->>'en' NULLS LAST`,
    params,
  )) as ActivityReportRow[];
  const [totals] = (await db.query(
    `${base}
     SELECT (SELECT count(*)::int FROM acts) AS activities,
            (SELECT COALESCE(sum(attendance), 0)::int FROM acts) AS attendance,
            ${COUNT_PERSONS}
       FROM activity_persons ap JOIN picked p ON p.id = ap.activity_id JOIN flags f ON f.person_id = ap.person_id`,
    params,
  )) as ActivityCounts[];
  return { period, totals, rows };
}

@Injectable()
export class ActivitiesReportService {
  constructor(private readonly dataSource: DataSource) {}

  report(actor: ActingUser, filter: ReportFilter): Promise<ActivityReport> {
    return activityReport(this.dataSource, actor.organizationId, filter);
  }
}
