import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { OrgScopedRepository } from '../common/database/org-scoped.repository.js';
import { Income, INCOME_SOURCES } from './income.entity.js';

@Injectable()
export class IncomesRepository extends OrgScopedRepository<Income> {
  constructor(dataSource: DataSource) {
    super(dataSource, Income, 'inc', {
      resource: 'incomes',
      sortable: {
        from: 'inc.from',
        to: 'inc.to',
        source: 'inc.source',
        amount: 'inc.amount',
        createdAt: 'inc.createdAt',
      },
      filters: {
        personId: { column: 'inc.personId', type: 'uuid' },
        source: { column: 'inc.source', type: 'enum', values: INCOME_SOURCES },
      },
      search: [],
      defaultSort: ['from', 'DESC'],
    });
  }
}
