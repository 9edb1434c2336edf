import { effectiveProtectionBasisSql } from '../../persons/protection-basis.js';
import { personAgeBandSql, personConditions, type PersonFilter } from '../person-conditions.js';
import type { CohortEvent, CohortGroup, CohortStart } from './cohort.enums.js';

type Query = { query: (sql: string, params?: unknown[]) => Promise<unknown> };

export interface CohortQuery {
  event: CohortEvent;
  start: CohortStart;
  groupBy: CohortGroup | null;
  /** The censoring date for everyone still supported: the server's today. */
  today: string;
  municipalities?: string[];
  tracks?: string[];
  persons: PersonFilter;
}

/** One (group, follow-up time, outcome) count; `days` null for persons whose start date is unknown. */
export interface CohortCount {
  group: string;
  days: number | null;
  event: boolean;
  persons: number;
}

/** The group a person is in, as SQL (persons `p`, households `h`); `unknown` where the value is not known. */
const GROUP_SQL: Record<CohortGroup, string> = {
  protectionBasis: effectiveProtectionBasisSql('p', 'h'),
  gender: 'p.gender',
  ageBand: personAgeBandSql('p'),
  municipality: 'h.municipality',
  arrivalQuarter: `COALESCE(to_char(p.arrived_on, 'YYYY-"Q"Q'), 'unknown')`,
};

/**
 * The event: a placement that really started (started, ended or extended)
 * with a start date no later than today, of the event's kind. Long-term is
 * the placements' generated `long_term`: a contract (any contract type but
 * none) that is not a one-off gig, the placement report's definition.
 */
const EVENT_SQL: Record<CohortEvent, string> = {
  first_paid_job: `pl.type = 'paid_job'`,
  first_long_term_placement: 'pl.long_term',
};

/**
 * Counts per group (persons of working age, 18 to 66 this year), days from start to the first event (or to the
 * censoring: today, or the day a closed household's record was last
 * changed, taken as the day support ended) and outcome. One statement over
 * the organisation's persons; the estimator runs on these counts, never on
 * rows of persons. A first event before the start (work before the status
 * was granted) is reached at day 0.
 */
export async function cohortCounts(db: Query, organizationId: string, q: CohortQuery): Promise<CohortCount[]> {
  const params: unknown[] = [organizationId, q.today];
  const param = (value: unknown) => `$${params.push(value)}`;
  // Work is asked of working age: children and pensioners (by this year's age) are not followed; without a birth year, one is.
  const where = [
    'p.organization_id = $1',
    'p.deleted_at IS NULL',
    '(p.birth_year IS NULL OR EXTRACT(YEAR FROM $2::date)::int - p.birth_year BETWEEN 18 AND 66)',
  ];
  if (q.municipalities) where.push(`h.municipality = ANY(${param(q.municipalities)}::text[])`);
  if (q.tracks) where.push(`h.track = ANY(${param(q.tracks)}::text[])`);
  where.push(...personConditions(q.persons, 'p', 'h', param));
  const startColumn = q.start === 'arrival' ? 'p.arrived_on' : 'p.status_granted_on';
  const rows = (await db.query(
    `WITH followed AS (
       SELECT ${q.groupBy ? GROUP_SQL[q.groupBy] : `'all'`} AS grp,
              ${startColumn} AS start_on,
              (SELECT min(pl.start_date) FROM placements pl
                WHERE pl.person_id = p.id AND pl.deleted_at IS NULL AND pl.status IN ('started', 'ended', 'extended')
                  AND pl.start_date <= $2::date AND ${EVENT_SQL[q.event]}) AS event_on,
              CASE WHEN h.status = 'closed' THEN LEAST($2::date, h.updated_at::date) ELSE $2::date END AS end_on
         FROM persons p JOIN households h ON h.id = p.household_id AND h.deleted_at IS NULL
        WHERE ${where.join(' AND ')})
     SELECT grp AS "group",
            CASE WHEN start_on IS NULL THEN NULL ELSE GREATEST(0, COALESCE(event_on, end_on) - start_on) END AS days,
            (start_on IS NOT NULL AND event_on IS NOT NULL) AS event,
            count(*)::int AS persons
       FROM followed
      GROUP BY 1, 2, 3`,
    params,
  )) as CohortCount[];
  return rows;
}
