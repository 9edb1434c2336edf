import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import { OrgScopedRepository } from '../common/database/org-scoped.repository.js';
import { Breakthrough } from './breakthrough.entity.js';
import { BreakthroughObstacle } from './breakthrough-obstacle.entity.js';

/** The obstacles a breakthrough removed, for the "by domain" filter. */
const REMOVED_OBSTACLES =
  'breakthrough_obstacles bo JOIN obstacles o ON o.id = bo.obstacle_id WHERE bo.breakthrough_id = b.id';

/**
 * The persons a breakthrough concerns: whose obstacles it removed, or whose
 * referral it completed. Not the whole household: a person's page shows
 * their own breakthroughs, not every member's.
 */
const CONCERNED_PERSONS = `(SELECT o.person_id FROM breakthrough_obstacles bo JOIN obstacles o ON o.id = bo.obstacle_id AND o.deleted_at IS NULL
                             WHERE bo.breakthrough_id = b.id
                           UNION ALL
                           SELECT r.person_id FROM referrals r WHERE r.breakthrough_id = b.id AND r.deleted_at IS NULL) concerned WHERE true`;

@Injectable()
export class BreakthroughsRepository extends OrgScopedRepository<Breakthrough> {
  constructor(dataSource: DataSource) {
    super(dataSource, Breakthrough, 'b', {
      resource: 'breakthroughs',
      sortable: {
        date: 'b.date',
        title: 'b.title',
        costEur: 'b.costEur',
        createdAt: 'b.createdAt',
        updatedAt: 'b.updatedAt',
      },
      filters: {
        householdId: { column: 'b.householdId', type: 'uuid' },
        date: { column: 'b.date', type: 'date', range: true },
        costEur: { column: 'b.costEur', type: 'number', range: true },
        domainKey: { column: 'o.domain_key', type: 'text', exists: REMOVED_OBSTACLES },
        personId: { column: 'concerned.person_id', type: 'uuid', exists: CONCERNED_PERSONS },
      },
      search: ['b.title', 'b.description', 'b.partner', 'b.outcome'],
      defaultSort: ['date', 'DESC'],
    });
  }

  /** The household of each of these breakthroughs the organisation has (a deleted one is not found). */
  async householdsOf(organizationId: string, ids: string[], manager: EntityManager): Promise<string[]> {
    const found: { household_id: string }[] = await manager.query(
      'SELECT household_id FROM breakthroughs WHERE organization_id = $1 AND id = ANY($2::uuid[]) AND deleted_at IS NULL',
      [organizationId, ids],
    );
    return found.map((b) => b.household_id);
  }

  /** Adds and removes links; links to deleted obstacles are neither sent nor touched, so they stay. */
  async changeObstacles(
    breakthroughId: string,
    added: string[],
    removed: string[],
    manager: EntityManager,
  ): Promise<void> {
    if (removed.length) await manager.delete(BreakthroughObstacle, { breakthroughId, obstacleId: In(removed) });
    if (added.length)
      await manager.insert(
        BreakthroughObstacle,
        added.map((obstacleId) => ({ breakthroughId, obstacleId })),
      );
  }
}
