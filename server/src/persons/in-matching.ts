/**
 * SQL: the person (an SQL expression for their id) is in matching — they
 * have a `matching_since` date, or a live placement or network conversation.
 * The one definition of a matcher's reach (see the permission table).
 */
export function personInMatching(personId: string): string {
  return `EXISTS (SELECT 1 FROM persons mp WHERE mp.id = ${personId} AND ${personRowInMatching('mp')})`;
}

/**
 * The same condition over a persons row already at hand (its alias), for a
 * query that scans persons itself: it saves looking each one up again.
 */
export function personRowInMatching(alias: string): string {
  return `(${alias}.deleted_at IS NULL
           AND (${alias}.matching_since IS NOT NULL
                OR EXISTS (SELECT 1 FROM placements mpl WHERE mpl.person_id = ${alias}.id AND mpl.deleted_at IS NULL)
                OR EXISTS (SELECT 1 FROM network_conversations mnc WHERE mnc.person_id = ${alias}.id AND mnc.deleted_at IS NULL)))`;
}

/** The obstacle statuses that still stand in the way: what a matcher sees. */
export const OPEN_OBSTACLE_SQL = `('open', 'in_progress')`;
