import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { CaseRecordService } from '../common/crud/case-record.service.js';
import type { ActingUser } from '../common/auth/acting-user.js';
import { assertReferencesInOrg } from '../common/database/references.js';
import { fieldError } from '../common/errors/app-error.js';
import { HouseholdsRepository } from '../households/households.repository.js';
import { PersonsRepository } from '../persons/persons.repository.js';
import { ObstaclesRepository } from '../obstacles/obstacles.repository.js';
import { UsersRepository } from '../users/users.repository.js';
import { Task } from './task.entity.js';
import { TasksRepository } from './tasks.repository.js';
import type { CreateTaskDto, UpdateTaskDto } from './dto/task.dto.js';

const today = () => new Date().toISOString().slice(0, 10);

@Injectable()
export class TasksService extends CaseRecordService<Task, CreateTaskDto, UpdateTaskDto> {
  constructor(
    dataSource: DataSource,
    tasks: TasksRepository,
    private readonly households: HouseholdsRepository,
    private readonly persons: PersonsRepository,
    private readonly obstacles: ObstaclesRepository,
    private readonly users: UsersRepository,
  ) {
    super(dataSource, tasks, 'Task');
  }

  protected async prepare(actor: ActingUser, input: Partial<CreateTaskDto>, existing: Task | undefined, manager: EntityManager) {
    const fields = { ...input } as Partial<Task> & Record<string, unknown>;
    delete fields.overdue;
    if (input.title !== undefined) fields.title = input.title.trim();
    if (!existing && input.assigneeId === undefined) fields.assigneeId = actor.id;
    if (input.assigneeId && (await this.users.countActiveInOrg(actor.organizationId, [input.assigneeId], manager)) !== 1) {
      throw fieldError('assigneeId', 'must be an active user of your organisation');
    }
    if (input.householdId) await assertReferencesInOrg(this.households, actor.organizationId, [input.householdId], 'householdId', manager);
    if (input.obstacleId) await assertReferencesInOrg(this.obstacles, actor.organizationId, [input.obstacleId], 'obstacleId', manager);
    if (input.placementId) {
      const [{ count }] = await manager.query(
        'SELECT count(*)::int AS count FROM placements WHERE id = $1 AND organization_id = $2 AND deleted_at IS NULL',
        [input.placementId, actor.organizationId],
      );
      if (count !== 1) throw fieldError('placementId', 'refers to a record that does not exist');
    }
    const householdId = input.householdId !== undefined ? input.householdId : existing?.householdId;
    const personId = input.personId !== undefined ? input.personId : existing?.personId;
    if (personId) {
      const person = await this.persons.findOneInOrg(actor.organizationId, personId, { manager });
      if (!person) throw fieldError('personId', 'refers to a record that does not exist');
      if (householdId && person.householdId !== householdId) throw fieldError('personId', 'must be a member of the household');
      if (!householdId) fields.householdId = person.householdId;
    }
    // Done carries the day it was done; reopening or cancelling clears it.
    const status = input.status ?? existing?.status ?? 'open';
    if (status === 'done') fields.doneOn = input.doneOn ?? existing?.doneOn ?? today();
    else fields.doneOn = null;
    return fields;
  }
}
