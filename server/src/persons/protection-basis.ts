import type { ProtectionBasis } from '../households/household.enums.js';

/**
 * A person's protection basis: their own when recorded, else their
 * household's. The one rule every report and screen uses; the SQL below is
 * the same rule for queries.
 */
export function effectiveProtectionBasis(
  person: { protectionBasis?: ProtectionBasis | null },
  household: { protectionBasis: ProtectionBasis },
): ProtectionBasis {
  return person.protectionBasis ?? household.protectionBasis;
}

/** effectiveProtectionBasis in SQL, over a persons alias and its households alias. */
export function effectiveProtectionBasisSql(person: string, household: string): string {
  return `COALESCE(${person}.protection_basis, ${household}.protection_basis)`;
}
