import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { OrgScopedRepository } from '../common/database/org-scoped.repository.js';
import type { ListQuery, ListResult } from '../common/list/list-spec.js';
import { Household } from './household.entity.js';
import { Person } from '../persons/person.entity.js';
import { HOUSEHOLD_STATUSES, PROTECTION_BASES, SHELTER_TYPES, TRACKS } from './household.enums.js';

@Injectable()
export class HouseholdsRepository extends OrgScopedRepository<Household> {
  constructor(dataSource: DataSource) {
    super(dataSource, Household, 'h', {
      resource: 'households',
      sortable: {
        reference: 'h.reference',
        municipality: 'h.municipality',
        shelterType: 'h.shelterType',
        shelterEndDate: 'h.shelterEndDate',
        protectionBasis: 'h.protectionBasis',
        protectionEndDate: 'h.protectionEndDate',
        track: 'h.track',
        status: 'h.status',
        createdAt: 'h.createdAt',
        updatedAt: 'h.updatedAt',
      },
      filters: {
        // Compared lower-cased: findForList lower-cases the value, so `zaanstad` finds `Zaanstad`. The stored
        // lower-cased column (not lower() in the query) lets an index serve it under row-level security.
        municipality: { column: 'h.municipalityKey', type: 'text' },
        shelterType: { column: 'h.shelterType', type: 'enum', values: SHELTER_TYPES },
        protectionBasis: { column: 'h.protectionBasis', type: 'enum', values: PROTECTION_BASES },
        track: { column: 'h.track', type: 'enum', values: TRACKS },
        status: { column: 'h.status', type: 'enum', values: HOUSEHOLD_STATUSES },
        reference: { column: 'h.reference', type: 'text' },
        assigneeIds: { column: 'h.assigneeIds', type: 'uuidArrayContains' },
        shelterEndDate: { column: 'h.shelterEndDate', type: 'date', range: true },
        protectionEndDate: { column: 'h.protectionEndDate', type: 'date', range: true },
        createdAt: { column: 'h.createdAt', type: 'timestamp', range: true },
      },
      search: ['h.reference', 'h.municipality', 'h.notes'],
      defaultSort: ['reference', 'ASC'],
    });
  }

  override findForList(organizationId: string, query: ListQuery): Promise<ListResult<Household>> {
    const { municipality } = query.filter;
    if (municipality === undefined || municipality === null) return super.findForList(organizationId, query);
    const lower = (value: unknown) => (typeof value === 'string' ? value.trim().toLowerCase() : value);
    const filter = {
      ...query.filter,
      municipality: Array.isArray(municipality) ? municipality.map(lower) : lower(municipality),
    };
    return super.findForList(organizationId, { ...query, filter });
  }

  /** The organisation's municipalities, one spelling per name (case-insensitively), for the list filter. */
  async municipalities(organizationId: string): Promise<string[]> {
    const rows = await this.scoped(organizationId)
      .select('min(h.municipality)', 'name')
      .groupBy('lower(h.municipality)')
      .orderBy('lower(h.municipality)')
      .getRawMany<{ name: string }>();
    return rows.map((row) => row.name);
  }

  async referenceTaken(
    organizationId: string,
    reference: string,
    exceptId: string | undefined,
    manager: EntityManager,
  ) {
    const qb = this.scoped(organizationId, manager).andWhere('lower(h.reference) = lower(:reference)', { reference });
    if (exceptId) qb.andWhere('h.id <> :exceptId', { exceptId });
    return (await qb.getCount()) > 0;
  }

  countMembers(organizationId: string, householdId: string, manager: EntityManager): Promise<number> {
    return manager
      .createQueryBuilder(Person, 'p')
      .where('p.organizationId = :organizationId AND p.householdId = :householdId', { organizationId, householdId })
      .getCount();
  }
}
