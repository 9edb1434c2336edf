import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { unfinishedPartsSql, type IntegrationPart } from '../integration-routes/integration-route.enums.js';

export interface Deadline {
  kind: 'shelter_end' | 'protection_end' | 'contract_end' | 'integration_deadline';
  date: string;
  daysLeft: number;
  householdId: string;
  householdReference: string;
  personId: string | null;
  placementId: string | null;
  /** For an integration route's deadline: the parts still to finish (else empty). */
  unfinishedParts: IntegrationPart[];
  /** An open or done task already made for this deadline (same kind and date: a moved date needs a new task). */
  taskId: string | null;
}

/**
 * The deadlines as one SQL union, so the caseload and the dashboard agree.
 * Each kind is read by its date range within the organisation (indexes
 * ix_households_shelter_end, ix_households_protection_end,
 * ix_placements_contract_end); the contract ends are the organisation's own
 * placements, not every organisation's joined to its households. An
 * integration route's deadline counts while a part is unfinished (letter
 * 002: every part within three years), and names those parts.
 */
const DEADLINES_SQL = `
  WITH d AS (
    SELECT 'shelter_end' AS kind, h.shelter_end_date AS date, h.id AS household_id, h.reference, NULL::uuid AS person_id, NULL::uuid AS placement_id,
           '{}'::text[] AS unfinished_parts
      FROM households h
     WHERE h.organization_id = $1 AND h.deleted_at IS NULL AND h.status = 'active' AND h.shelter_end_date IS NOT NULL
       AND h.shelter_end_date BETWEEN CURRENT_DATE AND CURRENT_DATE + ($2::int * 7)
       AND ($3::uuid IS NULL OR $3::uuid = ANY(h.assignee_ids))
    UNION ALL
    SELECT 'protection_end', h.protection_end_date, h.id, h.reference, NULL, NULL, '{}'
      FROM households h
     WHERE h.organization_id = $1 AND h.deleted_at IS NULL AND h.status = 'active' AND h.protection_end_date IS NOT NULL
       AND h.protection_end_date BETWEEN CURRENT_DATE AND CURRENT_DATE + ($2::int * 7)
       AND ($3::uuid IS NULL OR $3::uuid = ANY(h.assignee_ids))
    UNION ALL
    SELECT 'contract_end', pl.end_date, h.id, h.reference, pl.person_id, pl.id, '{}'
      FROM placements pl JOIN persons p ON p.id = pl.person_id JOIN households h ON h.id = p.household_id
     WHERE pl.organization_id = $1 AND pl.deleted_at IS NULL AND pl.end_date IS NOT NULL AND pl.status IN ('started', 'extended')
       AND pl.end_date BETWEEN CURRENT_DATE AND CURRENT_DATE + ($2::int * 7)
       AND h.organization_id = $1 AND h.deleted_at IS NULL AND h.status = 'active'
       AND ($3::uuid IS NULL OR $3::uuid = ANY(h.assignee_ids))
    UNION ALL
    SELECT 'integration_deadline', ir.deadline, h.id, h.reference, ir.person_id, NULL, ${unfinishedPartsSql('ir')}
      FROM integration_routes ir JOIN persons p ON p.id = ir.person_id JOIN households h ON h.id = p.household_id
     WHERE ir.organization_id = $1 AND ir.deleted_at IS NULL AND p.deleted_at IS NULL
       AND cardinality(${unfinishedPartsSql('ir')}) > 0
       AND ir.deadline BETWEEN CURRENT_DATE AND CURRENT_DATE + ($2::int * 7)
       AND h.organization_id = $1 AND h.deleted_at IS NULL AND h.status = 'active'
       AND ($3::uuid IS NULL OR $3::uuid = ANY(h.assignee_ids))
  )
  SELECT d.kind, to_char(d.date, 'YYYY-MM-DD') AS date, (d.date - CURRENT_DATE)::int AS "daysLeft",
         d.household_id AS "householdId", d.reference AS "householdReference",
         d.person_id AS "personId", d.placement_id AS "placementId", d.unfinished_parts AS "unfinishedParts",
         (SELECT t.id FROM tasks t
           WHERE t.household_id = d.household_id AND t.deadline_kind = d.kind AND t.deadline_date = d.date AND t.deleted_at IS NULL
             AND t.status <> 'cancelled' AND (d.placement_id IS NULL OR t.placement_id = d.placement_id)
             AND (d.kind <> 'integration_deadline' OR t.person_id = d.person_id)
           ORDER BY t.created_at DESC LIMIT 1) AS "taskId"
    FROM d
   ORDER BY d.date, d.reference`;

@Injectable()
export class CaseloadRepository {
  constructor(private readonly dataSource: DataSource) {}

  deadlines(organizationId: string, weeks: number, assigneeId: string | null): Promise<Deadline[]> {
    return this.dataSource.query(DEADLINES_SQL, [organizationId, weeks, assigneeId]);
  }

  /**
   * The user's households with the next deadline, open tasks and obstacles,
   * the integration routes of its members that still have parts to finish,
   * and the last moment of contact recorded so far (conversations, reviews,
   * breakthroughs, contact logs). The next deadline is a lateral join, read
   * once per household (as a column sorted on, a subquery ran twice), and
   * the last contact the newest of each kind, each from its index.
   */
  caseload(organizationId: string, userId: string) {
    return this.dataSource.query(
      `SELECT h.id, h.reference, h.municipality, h.track, h.shelter_type AS "shelterType",
              CASE WHEN n.date IS NOT NULL THEN json_build_object('kind', n.kind, 'date', to_char(n.date, 'YYYY-MM-DD')) END AS "nextDeadline",
              (SELECT count(*) FROM tasks t WHERE t.household_id = h.id AND t.status = 'open' AND t.deleted_at IS NULL)::int AS "openTasks",
              (SELECT count(*) FROM tasks t WHERE t.household_id = h.id AND t.status = 'open' AND t.due_date < CURRENT_DATE AND t.deleted_at IS NULL)::int AS "overdueTasks",
              (SELECT count(*) FROM obstacles o WHERE o.household_id = h.id AND o.status IN ('open', 'in_progress') AND o.deleted_at IS NULL)::int AS "openObstacles",
              greatest(
                (SELECT max(nc.date)::timestamptz FROM network_conversations nc JOIN persons p ON p.id = nc.person_id
                  WHERE p.household_id = h.id AND nc.deleted_at IS NULL),
                (SELECT max(r.created_at) FROM plan_reviews r JOIN perspective_plans pp ON pp.id = r.plan_id JOIN persons p ON p.id = pp.person_id
                  WHERE p.household_id = h.id),
                (SELECT max(b.date)::timestamptz FROM breakthroughs b WHERE b.household_id = h.id AND b.deleted_at IS NULL),
                (SELECT cl.occurred_at FROM contact_logs cl WHERE cl.household_id = h.id AND cl.deleted_at IS NULL ORDER BY cl.occurred_at DESC LIMIT 1)
              ) AS "lastContactAt",
              (SELECT COALESCE(json_agg(json_build_object('personId', ir.person_id, 'route', ir.route,
                        'deadline', to_char(ir.deadline, 'YYYY-MM-DD'), 'unfinishedParts', ${unfinishedPartsSql('ir')})
                        ORDER BY ir.deadline), '[]'::json)
                 FROM integration_routes ir JOIN persons p ON p.id = ir.person_id
                WHERE p.household_id = h.id AND p.deleted_at IS NULL AND ir.deleted_at IS NULL
                  AND cardinality(${unfinishedPartsSql('ir')}) > 0) AS "integrationRoutes"
         FROM households h
         LEFT JOIN LATERAL (
              SELECT d.kind, d.date
                FROM (SELECT 'shelter_end' AS kind, h.shelter_end_date AS date
                      UNION ALL SELECT 'protection_end', h.protection_end_date
                      UNION ALL SELECT 'contract_end', pl.end_date FROM placements pl JOIN persons p ON p.id = pl.person_id
                        WHERE p.household_id = h.id AND pl.deleted_at IS NULL AND pl.status IN ('started', 'extended')
                      UNION ALL SELECT 'integration_deadline', ir.deadline FROM integration_routes ir JOIN persons p ON p.id = ir.person_id
                        WHERE p.household_id = h.id AND p.deleted_at IS NULL AND ir.deleted_at IS NULL
                          AND cardinality(${unfinishedPartsSql('ir')}) > 0) d
               WHERE d.date >= CURRENT_DATE ORDER BY d.date LIMIT 1) n ON true
        WHERE h.organization_id = $1 AND h.deleted_at IS NULL AND h.status = 'active' AND $2::uuid = ANY(h.assignee_ids)
        ORDER BY n.date NULLS LAST, h.reference`,
      [organizationId, userId],
    );
  }
}
