import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { OrgScopedRepository } from '../common/database/org-scoped.repository.js';
import { SavedView } from './saved-view.entity.js';

@Injectable()
export class SavedViewsRepository extends OrgScopedRepository<SavedView> {
  constructor(dataSource: DataSource) {
    super(dataSource, SavedView, 'sv', {
      resource: 'saved-views',
      sortable: { name: 'sv.name', createdAt: 'sv.createdAt', updatedAt: 'sv.updatedAt' },
      filters: {
        resource: { column: 'sv.resource', type: 'text' },
        shared: { column: 'sv.shared', type: 'boolean' },
        ownerId: { column: 'sv.ownerId', type: 'uuid' },
      },
      search: ['sv.name'],
      defaultSort: ['name', 'ASC'],
    });
  }

  /** Whether the owner already has a view of this name for this list (case ignored). */
  nameTaken(
    organizationId: string,
    ownerId: string,
    resource: string,
    name: string,
    exceptId: string | undefined,
    manager: EntityManager,
  ) {
    const qb = this.scoped(organizationId, manager)
      .andWhere('sv.ownerId = :ownerId AND sv.resource = :resource AND lower(sv.name) = lower(:name)', {
        ownerId,
        resource,
        name,
      })
      .andWhere('sv.deletedAt IS NULL');
    if (exceptId) qb.andWhere('sv.id <> :exceptId', { exceptId });
    return qb.getExists();
  }
}
