import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { OrgScopedRepository } from '../common/database/org-scoped.repository.js';
import { SHELTER_TYPES, type ShelterType } from '../households/household.enums.js';
import { ShelterMove } from './shelter-move.entity.js';

/** The report's figures for one municipality, or for all (`municipality` null). */
export interface ShelterMoveFigures {
  municipality: string | null;
  moves: number;
  forcedMoves: number;
  medianNoticeDays: number | null;
  medianNoticeDaysForced: number | null;
  placementsEndedAfterForcedMove: number;
}

export interface ShelterMoveReportFilter {
  from?: string;
  to?: string;
  municipalities?: string[];
}

/** How many days after a forced move a placement's end counts against the move (the report's question). */
export const DAYS_AFTER_FORCED_MOVE = 30;

@Injectable()
export class ShelterMovesRepository extends OrgScopedRepository<ShelterMove> {
  constructor(dataSource: DataSource) {
    super(dataSource, ShelterMove, 'sm', {
      resource: 'shelter-moves',
      sortable: { date: 'sm.date', noticeDays: 'sm.noticeDays', createdAt: 'sm.createdAt' },
      filters: {
        householdId: { column: 'sm.householdId', type: 'uuid' },
        forced: { column: 'sm.forced', type: 'boolean' },
        fromShelterType: { column: 'sm.fromShelterType', type: 'enum', values: SHELTER_TYPES },
        toShelterType: { column: 'sm.toShelterType', type: 'enum', values: SHELTER_TYPES },
        date: { column: 'sm.date', type: 'date', range: true },
      },
      search: ['sm.fromPlace', 'sm.toPlace', 'sm.reason'],
      defaultSort: ['date', 'DESC'],
    });
  }

  /**
   * Where the household lived just before `date`, by its moves: the
   * destination of the last move on or before it, else the origin of the
   * first move after it; null without moves (then the household's own field).
   */
  async shelterBefore(
    organizationId: string,
    householdId: string,
    date: string,
    manager: EntityManager,
  ): Promise<ShelterType | null> {
    const [row] = await manager.query<{ shelterType: ShelterType }[]>(
      `(SELECT to_shelter_type AS "shelterType", 0 AS side FROM shelter_moves
         WHERE organization_id = $1 AND household_id = $2 AND deleted_at IS NULL AND date <= $3::date
         ORDER BY date DESC, created_at DESC, id DESC LIMIT 1)
       UNION ALL
       (SELECT from_shelter_type, 1 FROM shelter_moves
         WHERE organization_id = $1 AND household_id = $2 AND deleted_at IS NULL AND date > $3::date
         ORDER BY date, created_at, id LIMIT 1)
       ORDER BY side LIMIT 1`,
      [organizationId, householdId, date],
    );
    return row?.shelterType ?? null;
  }

  /** The household's latest move (latest day; on one day, the last recorded), leaving out `exceptId`. */
  async latest(
    organizationId: string,
    householdId: string,
    exceptId: string | null,
    manager: EntityManager,
  ): Promise<{ toShelterType: ShelterType; date: string } | null> {
    const [row] = await manager.query<{ toShelterType: ShelterType; date: string }[]>(
      `SELECT to_shelter_type AS "toShelterType", to_char(date, 'YYYY-MM-DD') AS date
         FROM shelter_moves
        WHERE organization_id = $1 AND household_id = $2 AND deleted_at IS NULL AND ($3::uuid IS NULL OR id <> $3::uuid)
        ORDER BY date DESC, created_at DESC, id DESC LIMIT 1`,
      [organizationId, householdId, exceptId],
    );
    return row ?? null;
  }

  /**
   * Per municipality of the household (and for all, `municipality` null):
   * moves in the period, forced ones, the median notice (all moves, and
   * forced ones; moves without a known notice left out), and the placements
   * of the household's members that ended within 30 days after a forced
   * move (each placement once, however many forced moves came before it).
   */
  async report(organizationId: string, f: ShelterMoveReportFilter): Promise<ShelterMoveFigures[]> {
    const rows = await this.dataSource.query<(ShelterMoveFigures & { total: boolean })[]>(
      `WITH m AS (
         SELECT sm.id, sm.household_id, sm.date, sm.forced, sm.notice_days, h.municipality, lower(h.municipality) AS key
           FROM shelter_moves sm JOIN households h ON h.id = sm.household_id
          WHERE sm.organization_id = $1 AND sm.deleted_at IS NULL AND h.organization_id = $1 AND h.deleted_at IS NULL
            AND ($2::date IS NULL OR sm.date >= $2::date) AND ($3::date IS NULL OR sm.date <= $3::date)
            AND ($4::text[] IS NULL OR h.municipality = ANY($4::text[]))
       ),
       ended AS (
         SELECT DISTINCT m.key, pl.id
           FROM m
           JOIN persons p ON p.household_id = m.household_id AND p.deleted_at IS NULL
           JOIN placements pl ON pl.person_id = p.id AND pl.deleted_at IS NULL AND pl.status = 'ended'
          WHERE m.forced AND pl.end_date >= m.date AND pl.end_date <= m.date + $5::int
       ),
       figures AS (
         SELECT m.key, min(m.municipality) AS municipality, GROUPING(m.key) = 1 AS total,
                count(*)::int AS moves,
                count(*) FILTER (WHERE m.forced)::int AS forced,
                percentile_cont(0.5) WITHIN GROUP (ORDER BY m.notice_days) AS median,
                percentile_cont(0.5) WITHIN GROUP (ORDER BY m.notice_days) FILTER (WHERE m.forced) AS median_forced
           FROM m GROUP BY GROUPING SETS ((m.key), ())
       ),
       ended_counts AS (
         SELECT e.key, GROUPING(e.key) = 1 AS total, count(DISTINCT e.id)::int AS n
           FROM ended e GROUP BY GROUPING SETS ((e.key), ())
       )
       SELECT CASE WHEN f.total THEN NULL ELSE f.municipality END AS municipality, f.total,
              f.moves, f.forced AS "forcedMoves", f.median AS "medianNoticeDays",
              f.median_forced AS "medianNoticeDaysForced", COALESCE(e.n, 0) AS "placementsEndedAfterForcedMove"
         FROM figures f
         LEFT JOIN ended_counts e ON e.total = f.total AND (f.total OR e.key = f.key)
        ORDER BY f.total DESC, f.municipality`,
      [organizationId, f.from ?? null, f.to ?? null, f.municipalities ?? null, DAYS_AFTER_FORCED_MOVE],
    );
    return rows.map(({ total: _total, ...row }) => ({
      ...row,
      medianNoticeDays: row.medianNoticeDays === null ? null : Number(row.medianNoticeDays),
      medianNoticeDaysForced: row.medianNoticeDaysForced === null ? null : Number(row.medianNoticeDaysForced),
    }));
  }
}
