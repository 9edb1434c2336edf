import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { OrgScopedRepository } from '../common/database/org-scoped.repository.js';
import { NetworkConversation, OUTCOMES } from './network-conversation.entity.js';

@Injectable()
export class NetworkConversationsRepository extends OrgScopedRepository<NetworkConversation> {
  constructor(dataSource: DataSource) {
    super(dataSource, NetworkConversation, 'nc', {
      resource: 'network-conversations',
      sortable: { date: 'nc.date', sector: 'nc.sector', outcome: 'nc.outcome', createdAt: 'nc.createdAt' },
      filters: {
        personId: { column: 'nc.personId', type: 'uuid' },
        employerId: { column: 'nc.employerId', type: 'uuid' },
        sector: { column: 'nc.sector', type: 'text' },
        outcome: { column: 'nc.outcome', type: 'enum', values: OUTCOMES },
        date: { column: 'nc.date', type: 'date', range: true },
      },
      search: ['nc.contact', 'nc.sector', 'nc.notes'],
      defaultSort: ['date', 'DESC'],
    });
  }
}
