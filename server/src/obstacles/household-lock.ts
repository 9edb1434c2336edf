import type { EntityManager } from 'typeorm';

/**
 * Serialises changes to one household's blocking links until the transaction
 * ends. Cycle checks read the household's links; without this, two edits that
 * each look fine alone (B blocks C, C blocks A) can commit together into a
 * cycle. Lock several households in a stable order to avoid deadlocks.
 */
export async function lockHouseholdObstacles(manager: EntityManager, householdIds: string[]): Promise<void> {
  for (const id of [...new Set(householdIds)].sort()) {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended('obstacle-links:' || $1, 0))`, [id]);
  }
}
