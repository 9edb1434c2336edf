import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { OrgScopedRepository } from '../common/database/org-scoped.repository.js';
import {
  POLICY_AUDIENCES,
  POLICY_SIGNAL_STATUSES,
  POLICY_THEMES,
  PolicySignal,
  evidenceQuery,
} from './policy-signal.entity.js';

/** A systemic obstacle suggested for a signal: enough to recognise it, nothing of the person. */
export interface SuggestedObstacle {
  id: string;
  domainKey: string;
  title: string;
  identifiedOn: string;
  status: string;
}

/** One signal in the report: what a letter needs, with counts only. */
export interface PolicySignalReportRow {
  id: string;
  title: string;
  problem: string | null;
  theme: string;
  status: string;
  raisedWith: string | null;
  raisedWithName: string | null;
  raisedOn: string | null;
  raisedHow: string | null;
  answer: string | null;
  answeredOn: string | null;
  obstacles: number;
  households: number;
  municipalities: number;
  since: string | null;
}

@Injectable()
export class PolicySignalsRepository extends OrgScopedRepository<PolicySignal> {
  constructor(dataSource: DataSource) {
    super(dataSource, PolicySignal, 's', {
      resource: 'policy-signals',
      sortable: {
        title: 's.title',
        theme: 's.theme',
        status: 's.status',
        raisedOn: 's.raisedOn',
        createdAt: 's.createdAt',
        updatedAt: 's.updatedAt',
      },
      filters: {
        status: { column: 's.status', type: 'enum', values: POLICY_SIGNAL_STATUSES },
        theme: { column: 's.theme', type: 'enum', values: POLICY_THEMES },
        raisedWith: { column: 's.raisedWith', type: 'enum', values: POLICY_AUDIENCES },
        obstacleIds: {
          column: 'x.obstacle_id',
          type: 'uuid',
          exists: 'policy_signal_obstacles x WHERE x.policy_signal_id = s.id',
        },
      },
      search: ['s.title', 's.problem', 's.raisedWithName'],
      defaultSort: ['updatedAt', 'DESC'],
    });
  }

  /**
   * The signals with their evidence counts, for the report: by status (open
   * first, dropped last), then the oldest evidence first. `filter`: status,
   * theme, raisedWith (each one value or a list).
   */
  report(organizationId: string, filter: { status?: string[]; theme?: string[]; raisedWith?: string[] }) {
    return this.dataSource.query<PolicySignalReportRow[]>(
      `SELECT s.id, s.title, s.problem, s.theme, s.status, s.raised_with AS "raisedWith", s.raised_with_name AS "raisedWithName",
              to_char(s.raised_on, 'YYYY-MM-DD') AS "raisedOn", s.raised_how AS "raisedHow", s.answer,
              to_char(s.answered_on, 'YYYY-MM-DD') AS "answeredOn",
              (e.evidence->>'obstacles')::int AS obstacles, (e.evidence->>'households')::int AS households,
              (e.evidence->>'municipalities')::int AS municipalities, e.evidence->>'since' AS since
         FROM policy_signals s
         CROSS JOIN LATERAL (${evidenceQuery('s')}) AS e(evidence)
        WHERE s.organization_id = $1 AND s.deleted_at IS NULL
          AND ($2::text[] IS NULL OR s.status = ANY($2::text[]))
          AND ($3::text[] IS NULL OR s.theme = ANY($3::text[]))
          AND ($4::text[] IS NULL OR s.raised_with = ANY($4::text[]))
        ORDER BY array_position($5::text[], s.status), e.evidence->>'since' NULLS LAST, s.title`,
      [
        organizationId,
        filter.status ?? null,
        filter.theme ?? null,
        filter.raisedWith ?? null,
        [...POLICY_SIGNAL_STATUSES],
      ],
    );
  }

  /** How many of `ids` are systemic obstacles of the organisation (not removed). */
  async countSystemicObstacles(organizationId: string, ids: string[], manager: EntityManager): Promise<number> {
    const rows: { n: number }[] = await manager.query(
      `SELECT count(*)::int AS n FROM obstacles
        WHERE organization_id = $1 AND id = ANY($2::uuid[]) AND deleted_at IS NULL AND systemic`,
      [organizationId, ids],
    );
    return rows[0].n;
  }

  /** How many of `ids` are obstacles of the organisation at all (to tell "missing" from "not systemic"). */
  async countObstacles(organizationId: string, ids: string[], manager: EntityManager): Promise<number> {
    const rows: { n: number }[] = await manager.query(
      `SELECT count(*)::int AS n FROM obstacles WHERE organization_id = $1 AND id = ANY($2::uuid[]) AND deleted_at IS NULL`,
      [organizationId, ids],
    );
    return rows[0].n;
  }

  async replaceObstacles(manager: EntityManager, organizationId: string, signalId: string, obstacleIds: string[]) {
    await manager.query('DELETE FROM policy_signal_obstacles WHERE policy_signal_id = $1', [signalId]);
    await this.addObstacles(manager, organizationId, signalId, obstacleIds);
  }

  /** Links obstacles (those already linked stay as they are); how many were new. */
  async addObstacles(
    manager: EntityManager,
    organizationId: string,
    signalId: string,
    obstacleIds: string[],
  ): Promise<number> {
    if (obstacleIds.length === 0) return 0;
    const rows: unknown[] = await manager.query(
      `INSERT INTO policy_signal_obstacles (policy_signal_id, obstacle_id, organization_id)
       SELECT $1, o, $3 FROM unnest($2::uuid[]) AS o
       ON CONFLICT DO NOTHING RETURNING obstacle_id`,
      [signalId, obstacleIds, organizationId],
    );
    return rows.length;
  }

  /** A change to the links is a change to the signal: a new version, so an open form sees it. */
  async touch(manager: EntityManager, signalId: string) {
    await manager.query('UPDATE policy_signals SET version = version + 1, updated_at = now() WHERE id = $1', [
      signalId,
    ]);
  }

  /**
   * Systemic obstacles of the domains the signal's obstacles are in, linked
   * to no signal yet: new evidence for it.
   */
  suggestions(organizationId: string, signalId: string): Promise<SuggestedObstacle[]> {
    return this.dataSource.query(
      `SELECT o.id, o.domain_key AS "domainKey", o.title, to_char(o.identified_on, 'YYYY-MM-DD') AS "identifiedOn", o.status
         FROM obstacles o
        WHERE o.organization_id = $1 AND o.systemic AND o.deleted_at IS NULL
          AND o.domain_key IN (SELECT lo.domain_key FROM policy_signal_obstacles x JOIN obstacles lo ON lo.id = x.obstacle_id
                                WHERE x.policy_signal_id = $2)
          AND NOT EXISTS (SELECT 1 FROM policy_signal_obstacles y
                           JOIN policy_signals ys ON ys.id = y.policy_signal_id AND ys.deleted_at IS NULL
                          WHERE y.obstacle_id = o.id)
        ORDER BY o.identified_on DESC, o.id
        LIMIT 200`,
      [organizationId, signalId],
    );
  }
}
