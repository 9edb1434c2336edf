import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { OrgScopedRepository } from '../common/database/org-scoped.repository.js';
import { isUuid } from '../common/validation/uuid.js';
import { applyFilters } from '../common/list/list-query.js';
import type { ListSpec } from '../common/list/list-spec.js';
import { Obstacle } from './obstacle.entity.js';
import { ObstacleLink } from './obstacle-link.entity.js';
import { OBSTACLE_STATUSES, SEVERITIES } from './obstacle.enums.js';

/** The plan owner of an obstacle, for "owner" filters. */
const OWNER = '(SELECT pp.owner_id FROM perspective_plans pp WHERE pp.id = o.plan_id)';

/** The list's filters; the obstacle reports take them too (reports/obstacle-reports.service.ts). */
export const OBSTACLE_FILTERS: ListSpec['filters'] = {
  personId: { column: 'o.personId', type: 'uuid' },
  householdId: { column: 'o.householdId', type: 'uuid' },
  planId: { column: 'o.planId', type: 'uuid' },
  domainKey: { column: 'o.domainKey', type: 'text' },
  status: { column: 'o.status', type: 'enum', values: OBSTACLE_STATUSES },
  severity: { column: 'o.severity', type: 'enum', values: SEVERITIES },
  systemic: { column: 'o.systemic', type: 'boolean' },
  ownerId: { column: OWNER, type: 'uuid' },
  identifiedOn: { column: 'o.identifiedOn', type: 'date', range: true },
  resolvedOn: { column: 'o.resolvedOn', type: 'date', range: true },
};

export interface DomainCounts {
  domainKey: string;
  open: number;
  inProgress: number;
  resolved: number;
  notResolvable: number;
}

export interface DomainReportRow extends DomainCounts {
  /** The persons the domain's obstacles concern (for the small-group rule; not in the answer). */
  persons: number;
  total: number;
  medianDaysToResolve: number | null;
  shareResolved: number;
}

export interface SystemicRow {
  domainKey: string;
  title: string;
  systemicNote: string | null;
  persons: number;
  households: number;
  unresolved: number;
  firstIdentifiedOn: string;
  /** The obstacles of the row, for a policy signal to link. */
  obstacleIds: string[];
}

@Injectable()
export class ObstaclesRepository extends OrgScopedRepository<Obstacle> {
  constructor(dataSource: DataSource) {
    super(dataSource, Obstacle, 'o', {
      resource: 'obstacles',
      sortable: {
        title: 'o.title',
        domainKey: 'o.domainKey',
        severity: 'o.severity',
        status: 'o.status',
        identifiedOn: 'o.identifiedOn',
        resolvedOn: 'o.resolvedOn',
        systemic: 'o.systemic',
        createdAt: 'o.createdAt',
        updatedAt: 'o.updatedAt',
      },
      filters: OBSTACLE_FILTERS,
      search: ['o.title', 'o.description', 'o.systemicNote'],
      defaultSort: ['identifiedOn', 'DESC'],
    });
  }

  /**
   * Locks FOR NO KEY UPDATE rather than FOR UPDATE: inserting a link takes a
   * KEY SHARE lock on both obstacles, and FOR UPDATE would make two link
   * edits of one household deadlock (each holding its obstacle, waiting on
   * the other's). Obstacle updates never change the key, so this is enough.
   */
  override findOneInOrg(
    organizationId: string,
    id: string,
    options: { manager?: EntityManager; lock?: boolean } = {},
  ): Promise<Obstacle | null> {
    if (!options.lock || !isUuid(id)) return super.findOneInOrg(organizationId, id, options);
    return this.scoped(organizationId, options.manager)
      .andWhere('o.id = :id', { id })
      .setLock('for_no_key_update')
      .getOne();
  }

  /** Every blocking link among the household's obstacles (for cycle checks). */
  linksInHousehold(householdId: string, manager: EntityManager): Promise<ObstacleLink[]> {
    return manager
      .createQueryBuilder(ObstacleLink, 'l')
      .innerJoin(Obstacle, 'o', 'o.id = l.blocker_id')
      .where('o.household_id = :householdId AND o.deleted_at IS NULL', { householdId })
      .getMany();
  }

  async replaceBlocks(obstacleId: string, blocksIds: string[], manager: EntityManager): Promise<void> {
    await manager.delete(ObstacleLink, { blockerId: obstacleId });
    if (blocksIds.length) {
      await manager.insert(
        ObstacleLink,
        blocksIds.map((blockedId) => ({ blockerId: obstacleId, blockedId })),
      );
    }
  }

  async removeLinks(obstacleId: string, manager: EntityManager): Promise<void> {
    await manager.delete(ObstacleLink, { blockerId: obstacleId });
    await manager.delete(ObstacleLink, { blockedId: obstacleId });
  }

  /** `lock`: FOR UPDATE, for callers that change the obstacles they read. */
  findManyInOrg(organizationId: string, ids: string[], manager: EntityManager, lock = false): Promise<Obstacle[]> {
    if (ids.length === 0) return Promise.resolve([]);
    const qb = this.scoped(organizationId, manager).andWhere('o.id IN (:...ids)', { ids }).orderBy('o.id');
    if (lock) qb.setLock('for_no_key_update');
    return qb.getMany();
  }

  findForPlan(organizationId: string, planId: string, manager: EntityManager): Promise<Obstacle[]> {
    return this.scoped(organizationId, manager)
      .andWhere('o.planId = :planId', { planId })
      .orderBy('o.identifiedOn', 'ASC')
      .addOrderBy('o.id')
      .getMany();
  }

  /** Open, in-progress, resolved and not-resolvable counts per domain (all 14, zeros included). */
  async countByDomainForHousehold(organizationId: string, householdId: string): Promise<DomainCounts[]> {
    const rows = await this.byDomain(organizationId, { householdId }, this.spec);
    return rows.map(({ domainKey, open, inProgress, resolved, notResolvable }) => ({
      domainKey,
      open,
      inProgress,
      resolved,
      notResolvable,
    }));
  }

  /** Computed in SQL: counts per domain and status, median days from identified to resolved. */
  async byDomain(organizationId: string, filter: Record<string, unknown>, spec: ListSpec): Promise<DomainReportRow[]> {
    const inner = applyFilters(this.scoped(organizationId), filter, spec).select([
      'o.domain_key AS domain_key',
      'o.person_id AS person_id',
      'o.status AS status',
      'o.identified_on AS identified_on',
      'o.resolved_on AS resolved_on',
    ]);
    const [sql, params] = inner.getQueryAndParameters();
    const rows: Record<string, string | number | null>[] = await this.dataSource.query(
      `SELECT d.key AS "domainKey",
              count(DISTINCT f.person_id)::int AS "persons",
              count(f.status) FILTER (WHERE f.status = 'open')::int AS "open",
              count(f.status) FILTER (WHERE f.status = 'in_progress')::int AS "inProgress",
              count(f.status) FILTER (WHERE f.status = 'resolved')::int AS "resolved",
              count(f.status) FILTER (WHERE f.status = 'not_resolvable')::int AS "notResolvable",
              count(f.status)::int AS "total",
              percentile_cont(0.5) WITHIN GROUP (ORDER BY (f.resolved_on - f.identified_on))
                FILTER (WHERE f.status = 'resolved') AS "medianDaysToResolve"
         FROM integration_domains d
         LEFT JOIN (${sql}) f ON f.domain_key = d.key
        GROUP BY d.key, d."order"
        ORDER BY d."order"`,
      params,
    );
    return rows.map((r) => {
      const total = Number(r.total);
      const resolved = Number(r.resolved);
      return {
        domainKey: String(r.domainKey),
        persons: Number(r.persons),
        open: Number(r.open),
        inProgress: Number(r.inProgress),
        resolved,
        notResolvable: Number(r.notResolvable),
        total,
        medianDaysToResolve: r.medianDaysToResolve === null ? null : Number(r.medianDaysToResolve),
        shareResolved: total === 0 ? 0 : resolved / total,
      };
    });
  }

  /**
   * Systemic obstacles grouped by domain and title, with how many persons and
   * households they hit: the list for the policy conversation.
   */
  async systemic(organizationId: string, filter: Record<string, unknown>, spec: ListSpec): Promise<SystemicRow[]> {
    const inner = applyFilters(this.scoped(organizationId).andWhere('o.systemic = true'), filter, spec).select([
      'o.domain_key AS domain_key',
      'o.title AS title',
      'o.systemic_note AS systemic_note',
      'o.person_id AS person_id',
      'o.household_id AS household_id',
      'o.status AS status',
      'o.identified_on AS identified_on',
      'o.updated_at AS updated_at',
      'o.id AS id',
    ]);
    const [sql, params] = inner.getQueryAndParameters();
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT f.domain_key AS "domainKey",
              min(f.title) AS "title",
              (array_agg(f.systemic_note ORDER BY f.updated_at DESC) FILTER (WHERE f.systemic_note IS NOT NULL))[1] AS "systemicNote",
              count(DISTINCT f.person_id)::int AS "persons",
              count(DISTINCT f.household_id)::int AS "households",
              count(*) FILTER (WHERE f.status NOT IN ('resolved'))::int AS "unresolved",
              to_char(min(f.identified_on), 'YYYY-MM-DD') AS "firstIdentifiedOn",
              array_agg(f.id ORDER BY f.id) AS "obstacleIds"
         FROM (${sql}) f
        GROUP BY f.domain_key, lower(btrim(f.title))
        ORDER BY "persons" DESC, "domainKey", "title"`,
      params,
    );
    return rows as unknown as SystemicRow[];
  }

  /**
   * Per period (`unit` month or quarter, `format` its name) and domain: the
   * obstacles identified in it (new), resolved in it, and open at its end
   * (identified by then, not resolved by then; not-resolvable ones have no
   * date and count only as new), with the persons they concern for the
   * small-group rule. Periods run from the first identified obstacle to
   * today; a domain without any of these in a period has no row.
   */
  async trend(
    organizationId: string,
    filter: Record<string, unknown>,
    spec: ListSpec,
    unit: 'month' | 'quarter',
    format: string,
  ): Promise<{ period: string; domainKey: string; new: number; resolved: number; open: number; persons: number }[]> {
    const inner = applyFilters(this.scoped(organizationId), filter, spec).select([
      'o.domain_key AS domain_key',
      'o.person_id AS person_id',
      'o.status AS status',
      'o.identified_on AS identified_on',
      'o.resolved_on AS resolved_on',
    ]);
    const [sql, params] = inner.getQueryAndParameters();
    const u = `$${params.length + 1}`;
    const f = `$${params.length + 2}`;
    // PostgreSQL has no "1 quarter" interval: a quarter is three months.
    const step = `$${params.length + 3}::interval`;
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `WITH f AS (${sql}),
       periods AS (
         SELECT s::date AS first_day, (s + ${step})::date - 1 AS last_day
           FROM generate_series(date_trunc(${u}, (SELECT min(identified_on) FROM f)),
                                date_trunc(${u}, CURRENT_DATE), ${step}) s)
       SELECT to_char(p.first_day, ${f}) AS period, f.domain_key AS "domainKey",
              count(*) FILTER (WHERE f.identified_on BETWEEN p.first_day AND p.last_day)::int AS "new",
              count(*) FILTER (WHERE f.resolved_on BETWEEN p.first_day AND p.last_day)::int AS "resolved",
              count(*) FILTER (WHERE f.status <> 'not_resolvable' AND f.identified_on <= p.last_day
                                 AND (f.resolved_on IS NULL OR f.resolved_on > p.last_day))::int AS "open",
              count(DISTINCT f.person_id)::int AS persons
         FROM periods p JOIN f ON f.identified_on <= p.last_day
          AND (f.resolved_on >= p.first_day
               OR (f.resolved_on IS NULL AND (f.status <> 'not_resolvable' OR f.identified_on >= p.first_day)))
        GROUP BY p.first_day, f.domain_key
        ORDER BY p.first_day, f.domain_key`,
      [...(params as unknown[]), unit, format, unit === 'quarter' ? '3 months' : '1 month'],
    );
    return rows as unknown as {
      period: string;
      domainKey: string;
      new: number;
      resolved: number;
      open: number;
      persons: number;
    }[];
  }
}
