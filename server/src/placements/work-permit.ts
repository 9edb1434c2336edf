import type { EntityManager } from 'typeorm';
import type { ProtectionBasis } from '../households/household.enums.js';
import { effectiveProtectionBasisSql } from '../persons/protection-basis.js';
import type { PlacementType, TwvStatus } from './placement.enums.js';

/**
 * May this person take this job? (issue 14; letter 000 §3.4 and letter 004)
 *
 * - temporary protection (Ukraine): in employment the employer notifies UWV in
 *   time before the start (no TWV needed); as self-employed only for a client
 *   that holds a TWV;
 * - asylum seekers: the employer (or client) holds a TWV;
 * - status holders and EU citizens: nothing;
 * - third-country nationals and "other": a TWV, as for any foreign national
 *   whose residence permit does not say "free to work" (the caseworker who
 *   knows better records the basis that applies);
 * - volunteer work is not employment: nothing, whatever the basis.
 */
export const WORK_PERMIT_REQUIREMENTS = ['none', 'uwv_notification', 'twv'] as const;
export type WorkPermitRequirement = (typeof WORK_PERMIT_REQUIREMENTS)[number];

/** Why a placement may not start yet (the `code` of the 422 on `status`). */
export const START_BLOCKERS = ['uwv_notification_missing', 'uwv_notification_late', 'twv_not_granted'] as const;
export type StartBlocker = (typeof START_BLOCKERS)[number];

export function workPermitRequirement(basis: ProtectionBasis | null, type: PlacementType): WorkPermitRequirement {
  if (type === 'volunteer') return 'none';
  switch (basis) {
    case 'status_holder':
    case 'eu_citizen':
      return 'none';
    case 'temporary_protection':
      return type === 'self_employed' ? 'twv' : 'uwv_notification';
    default:
      // asylum_seeker, third_country_national, other, and a person without a household's basis.
      return 'twv';
  }
}

/**
 * What still stands in the way of starting on `startDate`, or null. UWV must
 * have been notified before the start day ("tijdig", letter 000 §3.4);
 * a TWV must have been granted.
 */
export function startBlocker(
  requirement: WorkPermitRequirement,
  placement: { uwvNotifiedOn: string | null; twvStatus: TwvStatus },
  startDate: string | null,
): StartBlocker | null {
  if (requirement === 'uwv_notification') {
    if (!placement.uwvNotifiedOn) return 'uwv_notification_missing';
    if (startDate && placement.uwvNotifiedOn >= startDate) return 'uwv_notification_late';
    return null;
  }
  if (requirement === 'twv') return placement.twvStatus === 'granted' ? null : 'twv_not_granted';
  return null;
}

/**
 * The TWV status that goes with a requirement: `needed` where a permit is
 * needed and nothing was recorded yet, `not_needed` where none is; what was
 * recorded about an application (applied, granted, refused) stays.
 */
export function twvStatusFor(requirement: WorkPermitRequirement, current: TwvStatus): TwvStatus {
  if (requirement === 'twv' && current === 'not_needed') return 'needed';
  if (requirement !== 'twv' && current === 'needed') return 'not_needed';
  return current;
}

/**
 * The protection basis that decides the work-permit rule, read in ONE place:
 * the person's own, else their household's (persons/protection-basis.ts).
 */
export async function protectionBasisOf(manager: EntityManager, personId: string): Promise<ProtectionBasis | null> {
  const rows: { basis: ProtectionBasis | null }[] = await manager.query(
    `SELECT ${protectionBasisSql('$1::uuid')} AS basis`,
    [personId],
  );
  return rows[0]?.basis ?? null;
}

/** The same, as an SQL expression on a person id column (for list rows and reports). */
export function protectionBasisSql(personIdColumn: string): string {
  return `(SELECT ${effectiveProtectionBasisSql('bp', 'h')} FROM persons bp JOIN households h ON h.id = bp.household_id WHERE bp.id = ${personIdColumn})`;
}
