import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { OrgScopedRepository } from '../common/database/org-scoped.repository.js';
import { DEADLINE_KINDS, Task, TASK_STATUSES, type DeadlineKind } from './task.entity.js';

/** What a task can refer to besides its household. */
export type TaskReference = 'personId' | 'obstacleId' | 'placementId';

const HOUSEHOLD_OF: Record<TaskReference, string> = {
  personId:
    'SELECT p.household_id AS "householdId" FROM persons p WHERE p.id = $1 AND p.organization_id = $2 AND p.deleted_at IS NULL',
  obstacleId:
    'SELECT o.household_id AS "householdId" FROM obstacles o WHERE o.id = $1 AND o.organization_id = $2 AND o.deleted_at IS NULL',
  placementId: `SELECT p.household_id AS "householdId", to_char(pl.end_date, 'YYYY-MM-DD') AS "endDate"
                  FROM placements pl JOIN persons p ON p.id = pl.person_id
                 WHERE pl.id = $1 AND pl.organization_id = $2 AND pl.deleted_at IS NULL`,
};

@Injectable()
export class TasksRepository extends OrgScopedRepository<Task> {
  constructor(dataSource: DataSource) {
    super(dataSource, Task, 't', {
      resource: 'tasks',
      sortable: {
        dueDate: 't.dueDate',
        title: 't.title',
        status: 't.status',
        doneOn: 't.doneOn',
        createdAt: 't.createdAt',
      },
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

  /** The household a person, obstacle or placement belongs to (and a placement's end date); null when not found in the organisation. */
  async householdOf(
    organizationId: string,
    reference: TaskReference,
    id: string,
    manager: EntityManager,
  ): Promise<{ householdId: string; endDate?: string | null } | null> {
    const [row] = await manager.query<{ householdId: string; endDate?: string | null }[]>(HOUSEHOLD_OF[reference], [
      id,
      organizationId,
    ]);
    return row ?? null;
  }

  /** The deadline of the person's integration route now. */
  async integrationDeadline(organizationId: string, personId: string, manager: EntityManager): Promise<string | null> {
    const [row] = await manager.query<{ date: string }[]>(
      `SELECT to_char(deadline, 'YYYY-MM-DD') AS date FROM integration_routes WHERE person_id = $1 AND organization_id = $2 AND deleted_at IS NULL`,
      [personId, organizationId],
    );
    return row?.date ?? null;
  }

  /** The date a household's shelter or protection ends now. */
  async householdDeadline(
    organizationId: string,
    householdId: string,
    kind: Exclude<DeadlineKind, 'contract_end' | 'integration_deadline'>,
    manager: EntityManager,
  ): Promise<string | null> {
    const column = kind === 'shelter_end' ? 'shelter_end_date' : 'protection_end_date';
    const [row] = await manager.query<{ date: string | null }[]>(
      `SELECT to_char(${column}, 'YYYY-MM-DD') AS date FROM households WHERE id = $1 AND organization_id = $2 AND deleted_at IS NULL`,
      [householdId, organizationId],
    );
    return row?.date ?? null;
  }
}
