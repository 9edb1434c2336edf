import type { ProtectionBasis } from '../households/household.enums.js';
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
 * It reads the household's protection basis, the only one stored today.
 * LEAD: at merge, switch this to the person's own basis and work-permit rules
 * (issue 15's residence and work-permit fields) — this function and
 * `protectionBasisSql` below are the only places that read it for matching.
 */
export function workPermission(basis: ProtectionBasis | null | undefined): WorkPermission {
  switch (basis) {
    case 'status_holder':
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
  return `(SELECT wh.protection_basis FROM households wh WHERE wh.id = ${personAlias}.household_id)`;
}
