import type { ProtectionBasis } from '../households/household.enums.js';
import { effectiveProtectionBasisSql } from '../persons/protection-basis.js';
import type { WorkPermission } from './vacancy.enums.js';

/**
 * Whether the protection basis lets the person take paid work, as far as the
 * suggestions need to know:
 * - status holders work freely;
 * - people under temporary protection (Ukrainians) work freely, the
 *   employer notifies UWV;
 * - asylum seekers and other third-country nationals need a work permit
 *   (TWV) that the employer applies for;
 * - anything else is unknown.
 *
 * - status holders and EU citizens work freely.
 *
 * It reads the person's protection basis, else the household's
 * (persons/protection-basis.ts); whether a proposed placement may start is
 * decided by placements/work-permit.ts.
 */
export function workPermission(basis: ProtectionBasis | null | undefined): WorkPermission {
  switch (basis) {
    case 'status_holder':
    case 'eu_citizen':
      return 'free';
    case 'temporary_protection':
      return 'notification';
    case 'asylum_seeker':
    case 'third_country_national':
      return 'work_permit_needed';
    default:
      return 'unknown';
  }
}

/** SQL: the protection basis `workPermission` reads, for the person with the given SQL id expression. */
export function protectionBasisSql(personAlias: string): string {
  return `(SELECT ${effectiveProtectionBasisSql(personAlias, 'wh')} FROM households wh WHERE wh.id = ${personAlias}.household_id)`;
}
