import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { OrgScopedRepository } from '../common/database/org-scoped.repository.js';
import { Placement } from './placement.entity.js';
import { PlacementStatusChange } from './placement-status-change.entity.js';
import { personConditions, type PersonFilter } from '../reports/person-conditions.js';
import {
  CONTRACT_TYPES,
  FITS,
  PLACEMENT_STATUSES,
  PLACEMENT_TYPES,
  SIGNAL_KINDS,
  SOURCES,
  TWV_STATUSES,
} from './placement.enums.js';
import { END_REASONS } from './transitions.js';
import { liveUntilErased } from '../person-data/personal-data-registry.js';
import { protectionBasisSql } from './work-permit.js';
import type { SubsidyPlacement } from './employer-subsidy.js';

export interface PlacementReportFilter {
  from?: string;
  to?: string;
  /** One of these matchers; undefined for all. */
  matcherIds?: string[];
  /** One of these municipalities; undefined for all. */
  municipalities?: string[];
  /** The person filters (protection basis, gender, age band). */
  persons?: PersonFilter;
}

@Injectable()
export class PlacementsRepository extends OrgScopedRepository<Placement> {
  constructor(dataSource: DataSource) {
    super(dataSource, Placement, 'pl', {
      resource: 'placements',
      sortable: {
        startDate: 'pl.startDate',
        endDate: 'pl.endDate',
        status: 'pl.status',
        type: 'pl.type',
        hoursPerWeek: 'pl.hoursPerWeek',
        sector: 'pl.sector',
        createdAt: 'pl.createdAt',
        updatedAt: 'pl.updatedAt',
      },
      filters: {
        personId: { column: 'pl.personId', type: 'uuid' },
        employerId: { column: 'pl.employerId', type: 'uuid' },
        matcherId: { column: 'pl.matcherId', type: 'uuid' },
        type: { column: 'pl.type', type: 'enum', values: PLACEMENT_TYPES },
        contractType: { column: 'pl.contractType', type: 'enum', values: CONTRACT_TYPES },
        status: { column: 'pl.status', type: 'enum', values: PLACEMENT_STATUSES },
        fit: { column: 'pl.fit', type: 'enum', values: FITS },
        source: { column: 'pl.source', type: 'enum', values: SOURCES },
        twvStatus: { column: 'pl.twvStatus', type: 'enum', values: TWV_STATUSES },
        endReason: { column: 'pl.endReason', type: 'enum', values: END_REASONS },
        sector: { column: 'pl.sector', type: 'text' },
        longTerm: { column: 'pl.longTerm', type: 'boolean' },
        startDate: { column: 'pl.startDate', type: 'date', range: true },
        hoursPerWeek: { column: 'pl.hoursPerWeek', type: 'number', range: true },
      },
      search: ['pl.jobTitle', 'pl.sector', 'pl.notes'],
      defaultSort: ['startDate', 'DESC'],
    });
  }

  /** The sectors the organisation's placements are in, for a filter's choice list. */
  async sectors(organizationId: string): Promise<string[]> {
    const rows: { sector: string }[] = await this.dataSource.query(
      `SELECT DISTINCT sector FROM placements
        WHERE organization_id = $1 AND deleted_at IS NULL AND sector IS NOT NULL AND btrim(sector) <> ''
        ORDER BY sector`,
      [organizationId],
    );
    return rows.map((r) => r.sector);
  }

  /** The employer's placements as the subsidy conditions read them (employer-subsidy.ts). */
  async forSubsidy(manager: EntityManager, organizationId: string, employerId: string): Promise<SubsidyPlacement[]> {
    const rows: (Omit<SubsidyPlacement, 'hoursPerWeek'> & { hoursPerWeek: string | null })[] = await manager.query(
      `SELECT pl.id, pl.person_id AS "personId", pl.type, pl.contract_type AS "contractType", pl.status,
              pl.hours_per_week AS "hoursPerWeek", to_char(pl.start_date, 'YYYY-MM-DD') AS "startDate",
              to_char(pl.end_date, 'YYYY-MM-DD') AS "endDate", ${protectionBasisSql('pl.person_id')} AS "protectionBasis"
         FROM placements pl
        WHERE pl.organization_id = $1 AND pl.employer_id = $2 AND pl.deleted_at IS NULL
        ORDER BY pl.start_date NULLS LAST, pl.created_at`,
      [organizationId, employerId],
    );
    return rows.map((r) => ({ ...r, hoursPerWeek: r.hoursPerWeek === null ? null : Number(r.hoursPerWeek) }));
  }

  /** The latest status change by date (a change is never dated before the one it follows). */
  async lastRecordedChange(
    manager: EntityManager,
    placementId: string,
  ): Promise<{ status: string; on: string } | undefined> {
    const last = await manager.findOne(PlacementStatusChange, {
      where: { placementId },
      order: { changedOn: 'DESC', changedAt: 'DESC' },
    });
    return last ? { status: last.status, on: last.changedOn } : undefined;
  }

  async recordStatus(
    manager: EntityManager,
    placementId: string,
    status: string,
    changedOn: string,
    changedById: string,
  ) {
    await manager.insert(PlacementStatusChange, { placementId, status, changedOn, changedById });
  }

  /** The statuses recorded, oldest first (the order of `statusHistory`). */
  async recordedStatuses(manager: EntityManager, placementId: string): Promise<string[]> {
    const rows = await manager.find(PlacementStatusChange, {
      where: { placementId },
      order: { changedOn: 'ASC', changedAt: 'ASC' },
      select: { status: true },
    });
    return rows.map((r) => r.status);
  }

  /** Undoes the latest status change (a reversal): its row goes, so history and report read as if it never happened. */
  async removeLastChange(manager: EntityManager, placementId: string): Promise<void> {
    await manager.query(
      `DELETE FROM placement_status_changes WHERE id = (
         SELECT id FROM placement_status_changes WHERE placement_id = $1 ORDER BY changed_on DESC, changed_at DESC LIMIT 1)`,
      [placementId],
    );
  }

  /**
   * The funnel and its companions in one SQL statement. Persons are those a
   * matcher supports (matching_since set, before the period ends); a match is a
   * placement that started (started, ended or extended). An employer was
   * contacted when one of these persons had a conversation or a placement
   * (of any status) with it in the period. Deleted rows count nowhere; what
   * an erasure kept of a person counts as it did (`liveUntilErased`).
   */
  async report(organizationId: string, f: PlacementReportFilter) {
    const params: unknown[] = [
      organizationId,
      f.from ?? null,
      f.to ?? null,
      f.matcherIds ?? null,
      f.municipalities ?? null,
    ];
    const personWhere = f.persons
      ? personConditions(f.persons, 'p', 'h', (value) => `$${params.push(value)}`).map((c) => `AND ${c}`)
      : [];
    const [row] = await this.dataSource.query<Record<string, unknown>[]>(
      `WITH persons_in AS (
         SELECT p.id, p.erased_at FROM persons p
           JOIN households h ON h.id = p.household_id AND ${liveUntilErased('h', 'h.erased_at')}
          WHERE p.organization_id = $1 AND ${liveUntilErased('p', 'p.erased_at')} AND p.matching_since IS NOT NULL
            AND ($3::date IS NULL OR p.matching_since <= $3::date)
            AND ($5::text[] IS NULL OR h.municipality = ANY($5::text[]))
            ${personWhere.join(' ')}
            AND ($4::uuid[] IS NULL OR h.assignee_ids && $4::uuid[]
                 OR EXISTS (SELECT 1 FROM placements x WHERE x.person_id = p.id AND x.matcher_id = ANY($4::uuid[])
                             AND ${liveUntilErased('x', 'p.erased_at')}))
       ),
       matches AS (
         SELECT pl.* FROM placements pl JOIN persons_in pi ON pi.id = pl.person_id
          WHERE ${liveUntilErased('pl', 'pi.erased_at')} AND pl.status IN ('started', 'ended', 'extended')
            AND ($2::date IS NULL OR pl.start_date >= $2::date)
            AND ($3::date IS NULL OR pl.start_date <= $3::date)
       ),
       conversations AS (
         SELECT nc.person_id, nc.employer_id FROM network_conversations nc JOIN persons_in pi ON pi.id = nc.person_id
          WHERE ${liveUntilErased('nc', 'pi.erased_at')}
            AND ($2::date IS NULL OR nc.date >= $2::date) AND ($3::date IS NULL OR nc.date <= $3::date)
       ),
       contacted AS (
         SELECT employer_id FROM conversations
         UNION
         SELECT pl.employer_id FROM placements pl JOIN persons_in pi ON pi.id = pl.person_id
          WHERE ${liveUntilErased('pl', 'pi.erased_at')}
            AND ($2::date IS NULL OR COALESCE(pl.start_date, pl.created_at::date) >= $2::date)
            AND ($3::date IS NULL OR COALESCE(pl.start_date, pl.created_at::date) <= $3::date)
       ),
       per_person AS (
         SELECT person_id, max(hours_per_week) AS max_hours FROM matches GROUP BY person_id
       )
       SELECT
         (SELECT count(*) FROM persons_in)::int AS supported,
         (SELECT count(DISTINCT person_id) FROM conversations)::int AS with_conversation,
         (SELECT count(DISTINCT person_id) FROM matches)::int AS matched,
         (SELECT count(DISTINCT person_id) FROM matches WHERE long_term)::int AS long_term,
         (SELECT count(DISTINCT person_id) FROM matches WHERE type = 'paid_job')::int AS paid_job,
         (SELECT count(DISTINCT person_id) FROM matches WHERE type = 'internship')::int AS internship,
         (SELECT count(DISTINCT person_id) FROM matches WHERE type = 'volunteer')::int AS volunteer,
         (SELECT count(DISTINCT person_id) FROM matches WHERE type = 'one_off_gig')::int AS one_off_gig,
         (SELECT count(DISTINCT person_id) FROM matches WHERE type = 'self_employed')::int AS self_employed,
         (SELECT count(DISTINCT g.person_id) FROM matches g JOIN matches l
             ON l.person_id = g.person_id AND l.long_term AND l.start_date > g.start_date
           WHERE g.type = 'one_off_gig')::int AS one_off_then_long_term,
         (SELECT count(DISTINCT m.employer_id) FROM matches m JOIN employers e ON e.id = m.employer_id AND e.deleted_at IS NULL)::int AS employers_placed,
         (SELECT count(*) FROM contacted c JOIN employers e ON e.id = c.employer_id AND e.deleted_at IS NULL)::int AS employers_contacted,
         (SELECT count(*) FILTER (WHERE max_hours >= 35)::float / NULLIF(count(*), 0) FROM per_person) AS full_time_share,
         (SELECT json_object_agg(ct, n) FROM (
             SELECT ct, (SELECT count(DISTINCT person_id) FROM matches WHERE contract_type = ct)::int AS n
               FROM unnest(ARRAY['permanent', 'fixed_term', 'on_call', 'agency', 'none']) AS ct) c) AS contract_types,
         (SELECT COALESCE(json_agg(q ORDER BY q.quarter), '[]'::json) FROM (
             SELECT to_char(date_trunc('quarter', start_date), 'YYYY-"Q"Q') AS quarter,
                    count(*)::int AS started,
                    count(*) FILTER (WHERE fit = 'fits')::int AS fits,
                    round(count(*) FILTER (WHERE fit = 'fits')::numeric / count(*), 4)::float AS share,
                    count(DISTINCT person_id)::int AS persons
               FROM matches WHERE start_date IS NOT NULL
              GROUP BY 1) q) AS fit_by_quarter,
         (SELECT json_object_agg(r, (SELECT count(*) FROM matches WHERE status = 'ended' AND end_reason = r)::int)
            FROM unnest(ARRAY[${END_REASONS.map((r) => `'${r}'`).join(', ')}]) AS r) AS end_reasons,
         (SELECT count(*) FROM matches WHERE status = 'ended')::int AS ended,
         (SELECT count(*) FROM matches WHERE status = 'ended' AND end_reason IS NULL)::int AS ended_without_reason,
         -- The persons behind the counts of matches, for the small-group rule (reports/small-groups.ts).
         (SELECT json_object_agg(r, (SELECT count(DISTINCT person_id) FROM matches WHERE status = 'ended' AND end_reason = r)::int)
            FROM unnest(ARRAY[${END_REASONS.map((r) => `'${r}'`).join(', ')}]) AS r) AS end_reason_persons,
         (SELECT count(DISTINCT person_id) FROM matches WHERE status = 'ended')::int AS ended_persons,
         (SELECT count(DISTINCT person_id) FROM matches WHERE status = 'ended' AND end_reason IS NULL)::int AS ended_without_reason_persons,
         (SELECT COALESCE(json_agg(s ORDER BY s.sector), '[]'::json) FROM (
             SELECT COALESCE(NULLIF(btrim(m.sector), ''), '') AS sector,
                    count(*)::int AS signals,
                    count(*) FILTER (WHERE (sig->>'reported')::boolean)::int AS reported,
                    count(DISTINCT m.person_id)::int AS persons,
                    ${SIGNAL_KINDS.map((k) => `count(*) FILTER (WHERE sig->>'kind' = '${k}')::int AS ${k}`).join(', ')}
               FROM matches m CROSS JOIN LATERAL jsonb_array_elements(m.signals) sig
              GROUP BY 1) s) AS signals_by_sector`,
      params,
    );
    return row;
  }
}
