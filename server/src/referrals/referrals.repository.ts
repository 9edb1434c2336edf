import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { OrgScopedRepository } from '../common/database/org-scoped.repository.js';
import { Referral, REFERRAL_STATUSES } from './referral.entity.js';

@Injectable()
export class ReferralsRepository extends OrgScopedRepository<Referral> {
  constructor(dataSource: DataSource) {
    super(dataSource, Referral, 'rf', {
      resource: 'referrals',
      sortable: { date: 'rf.date', status: 'rf.status', domainKey: 'rf.domainKey', createdAt: 'rf.createdAt' },
      filters: {
        personId: { column: 'rf.personId', type: 'uuid' },
        partnerOrganizationId: { column: 'rf.partnerOrganizationId', type: 'uuid' },
        domainKey: { column: 'rf.domainKey', type: 'text' },
        status: { column: 'rf.status', type: 'enum', values: REFERRAL_STATUSES },
        date: { column: 'rf.date', type: 'date', range: true },
      },
      search: ['rf.reason', 'rf.outcome'],
      defaultSort: ['date', 'DESC'],
    });
  }
}
