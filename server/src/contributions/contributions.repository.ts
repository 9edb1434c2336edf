import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { ContributionHousehold, ContributionIncome, ContributionPerson } from './contribution.js';

export interface HouseholdRow extends ContributionHousehold {
  reference: string;
  municipality: string;
}

/**
 * What the contribution reads: households, their members and the incomes that
 * run on some day of a month. Every query names the organisation (row-level
 * security holds it to the same one) and leaves deleted rows out.
 */
@Injectable()
export class ContributionsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** One household, or all of the organisation's (for the report), by reference. */
  households(organizationId: string, householdId?: string, manager: EntityManager = this.dataSource.manager) {
    return manager.query<HouseholdRow[]>(
      `SELECT id, reference, municipality, protection_basis AS "protectionBasis", shelter_type AS "shelterType", catering
         FROM households
        WHERE organization_id = $1 AND deleted_at IS NULL AND ($2::uuid IS NULL OR id = $2::uuid)
        ORDER BY reference`,
      [organizationId, householdId ?? null],
    );
  }

  /** The incomes running on some day from `first` to `last`, with the household of their person. */
  incomesBetween(
    organizationId: string,
    first: string,
    last: string,
    householdId?: string,
    manager: EntityManager = this.dataSource.manager,
  ) {
    return manager.query<(ContributionIncome & { householdId: string })[]>(
      `SELECT i.person_id AS "personId", i.source, to_char(i.from_date, 'YYYY-MM-DD') AS "from",
              to_char(i.to_date, 'YYYY-MM-DD') AS "to", p.household_id AS "householdId"
         FROM incomes i JOIN persons p ON p.id = i.person_id AND p.deleted_at IS NULL
        WHERE i.organization_id = $1 AND i.deleted_at IS NULL
          AND i.from_date <= $3::date AND (i.to_date IS NULL OR i.to_date >= $2::date)
          AND ($4::uuid IS NULL OR p.household_id = $4::uuid)`,
      [organizationId, first, last, householdId ?? null],
    );
  }

  /** The members of these households. */
  members(organizationId: string, householdIds: string[], manager: EntityManager = this.dataSource.manager) {
    if (householdIds.length === 0) return Promise.resolve([]);
    return manager.query<(ContributionPerson & { householdId: string })[]>(
      `SELECT id, first_name AS "firstName", birth_year AS "birthYear", household_role AS "householdRole",
              household_id AS "householdId"
         FROM persons
        WHERE organization_id = $1 AND deleted_at IS NULL AND household_id = ANY($2::uuid[])
        ORDER BY first_name, id`,
      [organizationId, householdIds],
    );
  }
}
