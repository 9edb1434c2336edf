import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { OrgScopedRepository } from '../common/database/org-scoped.repository.js';
import { DEADLINE_KINDS, Task, TASK_STATUSES } from './task.entity.js';

@Injectable()
export class TasksRepository extends OrgScopedRepository<Task> {
  constructor(dataSource: DataSource) {
    super(dataSource, Task, 't', {
      resource: 'tasks',
      sortable: { dueDate: 't.dueDate', title: 't.title', status: 't.status', doneOn: 't.doneOn', createdAt: 't.createdAt' },
      filters: {
        assigneeId: { column: 't.assigneeId', type: 'uuid' },
        householdId: { column: 't.householdId', type: 'uuid' },
        personId: { column: 't.personId', type: 'uuid' },
        obstacleId: { column: 't.obstacleId', type: 'uuid' },
        placementId: { column: 't.placementId', type: 'uuid' },
        status: { column: 't.status', type: 'enum', values: TASK_STATUSES },
        deadlineKind: { column: 't.deadlineKind', type: 'enum', values: DEADLINE_KINDS },
        overdue: { column: "(t.status = 'open' AND t.due_date < CURRENT_DATE)", type: 'boolean' },
        dueDate: { column: 't.dueDate', type: 'date', range: true },
      },
      search: ['t.title', 't.notes'],
      defaultSort: ['dueDate', 'ASC'],
    });
  }
}
