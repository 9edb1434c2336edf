import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { OrgScopedRepository } from '../common/database/org-scoped.repository.js';
import { PartnerOrganization } from './partner-organization.entity.js';

@Injectable()
export class PartnerOrganizationsRepository extends OrgScopedRepository<PartnerOrganization> {
  constructor(dataSource: DataSource) {
    super(dataSource, PartnerOrganization, 'po', {
      resource: 'partner-organizations',
      sortable: { name: 'po.name', kind: 'po.kind', createdAt: 'po.createdAt' },
      filters: {
        kind: { column: 'po.kind', type: 'text' },
        domainKeys: { column: 'po.domainKeys', type: 'text', match: 'contains' },
      },
      search: ['po.name', 'po.kind', 'po.contact'],
      defaultSort: ['name', 'ASC'],
    });
  }

  nameTaken(organizationId: string, name: string, exceptId: string | undefined, manager: EntityManager) {
    const qb = this.scoped(organizationId, manager).andWhere('lower(po.name) = lower(:name)', { name });
    if (exceptId) qb.andWhere('po.id <> :exceptId', { exceptId });
    return qb.getExists();
  }
}
