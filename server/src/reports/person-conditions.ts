import { ageBandSql } from '../persons/age-band.js';
import { effectiveProtectionBasisSql } from '../persons/protection-basis.js';
import { oneOf } from './report-filter.js';

/**
 * The person filters every report takes (`protectionBasis`, `gender`,
 * `ageBand`; each one value or a list), as SQL over a persons alias and its
 * households alias. The age band is this year's (the database's date).
 */
export interface PersonFilter {
  protectionBases?: string[];
  genders?: string[];
  ageBands?: string[];
}

/** SQL for the age band of a persons alias, this year. */
export const personAgeBandSql = (person: string): string =>
  ageBandSql(`${person}.birth_year`, 'EXTRACT(YEAR FROM CURRENT_DATE)::int');

/** The person filters in a checked report filter. */
export function personFilterOf(filter: Record<string, unknown>): PersonFilter {
  return {
    protectionBases: oneOf(filter.protectionBasis),
    genders: oneOf(filter.gender),
    ageBands: oneOf(filter.ageBand),
  };
}

export const hasPersonFilter = (f: PersonFilter): boolean => Boolean(f.protectionBases || f.genders || f.ageBands);

/** The conditions on `person` (and its household `household`) for the filters given; `param` binds a value. */
export function personConditions(
  f: PersonFilter,
  person: string,
  household: string,
  param: (value: unknown) => string,
): string[] {
  const parts: string[] = [];
  if (f.protectionBases)
    parts.push(`${effectiveProtectionBasisSql(person, household)} = ANY(${param(f.protectionBases)}::text[])`);
  if (f.genders) parts.push(`${person}.gender = ANY(${param(f.genders)}::text[])`);
  if (f.ageBands) parts.push(`${personAgeBandSql(person)} = ANY(${param(f.ageBands)}::text[])`);
  return parts;
}

/**
 * For records about a household (contact logs, helpdesk questions): the
 * household counts when one of its members (not deleted) matches every
 * person filter. `householdId` is the record's household column.
 */
export function householdHasMemberSql(
  f: PersonFilter,
  householdId: string,
  param: (value: unknown) => string,
): string | null {
  if (!hasPersonFilter(f)) return null;
  return `EXISTS (SELECT 1 FROM persons fp JOIN households fh ON fh.id = fp.household_id
                   WHERE fp.household_id = ${householdId} AND fp.deleted_at IS NULL
                     AND ${personConditions(f, 'fp', 'fh', param).join(' AND ')})`;
}

/**
 * The same filters as `FilterField` columns over a record's person column,
 * for reports filtered through `applyFilters` (the obstacle reports).
 */
export function personFilterColumns(personId: string): { protectionBasis: string; gender: string; ageBand: string } {
  const of = (expression: string) =>
    `(SELECT ${expression} FROM persons fp JOIN households fh ON fh.id = fp.household_id WHERE fp.id = ${personId})`;
  return {
    protectionBasis: of(effectiveProtectionBasisSql('fp', 'fh')),
    gender: of('fp.gender'),
    ageBand: of(personAgeBandSql('fp')),
  };
}
