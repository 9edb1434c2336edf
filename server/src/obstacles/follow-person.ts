import type { EntityManager } from 'typeorm';
import type { ActingUser } from '../common/auth/acting-user.js';
import { fieldError } from '../common/errors/app-error.js';
import { recordAudit } from '../audit-events/record-audit.js';
import { Obstacle } from './obstacle.entity.js';
import { lockHouseholdObstacles } from './household-lock.js';

/**
 * A person who moves to another household takes their obstacles along, so
 * roll-ups and the same-household rule keep holding. A blocking link between
 * their obstacles and another member's would then cross households, so the
 * move is refused until those links are removed: dropping them silently would
 * lose what the caseworker recorded. Breakthroughs stay with the household
 * where they happened.
 */
export async function moveObstaclesWithPerson(
  manager: EntityManager,
  actor: ActingUser,
  personId: string,
  fromHouseholdId: string,
  toHouseholdId: string,
): Promise<void> {
  // Row locks first, as a link edit takes them (its obstacle) before the household lock;
  // NO KEY UPDATE leaves the foreign-key checks of link inserts free to proceed.
  await manager.query(`SELECT id FROM obstacles WHERE person_id = $1 ORDER BY id FOR NO KEY UPDATE`, [personId]);
  await lockHouseholdObstacles(manager, [fromHouseholdId, toHouseholdId]);
  const [{ count }] = await manager.query<{ count: number }[]>(
    `SELECT count(*)::int AS count
       FROM obstacle_links l
       JOIN obstacles a ON a.id = l.blocker_id AND a.deleted_at IS NULL
       JOIN obstacles b ON b.id = l.blocked_id AND b.deleted_at IS NULL
      WHERE (a.person_id = $1) <> (b.person_id = $1)
        AND (a.person_id = $1 OR b.person_id = $1)`,
    [personId],
  );
  if (count > 0) {
    throw fieldError(
      'householdId',
      'links_across_households',
      `cannot change: ${count} blocking link(s) connect this person's obstacles with those of other household members; remove those links first`,
      { count },
    );
  }
  const moved: { id: string }[] = await manager
    .createQueryBuilder()
    .update(Obstacle)
    .set({ householdId: toHouseholdId })
    .where('person_id = :personId AND organization_id = :organizationId', {
      personId,
      organizationId: actor.organizationId,
    })
    .returning(['id'])
    .execute()
    .then((result) => result.raw as { id: string }[]);
  for (const { id } of moved) {
    await recordAudit(manager, actor, {
      action: 'update',
      resource: 'obstacles',
      recordId: id,
      fields: ['householdId'],
    });
  }
}
