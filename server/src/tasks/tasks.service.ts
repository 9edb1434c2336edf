import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { CaseRecordService } from '../common/crud/case-record.service.js';
import type { ActingUser } from '../common/auth/acting-user.js';
import { assertActiveUsersInOrg, assertReferencesInOrg } from '../common/database/references.js';
import { fieldError } from '../common/errors/app-error.js';
import { HouseholdsRepository } from '../households/households.repository.js';
import { UsersRepository } from '../users/users.repository.js';
import { Task } from './task.entity.js';
import { TasksRepository } from './tasks.repository.js';
import type { CreateTaskDto, UpdateTaskDto } from './dto/task.dto.js';
import { actorIdSql } from '../common/auth/row-scope.js';
import { personInMatching } from '../persons/in-matching.js';
import { today } from '../common/time/today.js';

@Injectable()
export class TasksService extends CaseRecordService<Task, CreateTaskDto, UpdateTaskDto> {
  constructor(
    dataSource: DataSource,
    private readonly tasks: TasksRepository,
    private readonly households: HouseholdsRepository,
    private readonly users: UsersRepository,
  ) {
    super(dataSource, tasks, 'Task');
  }

  /**
   * A matcher sees their own tasks and those about matching: a placement, a
   * person in matching, or no household at all; not a household's casework.
   */
  protected override rowScope(actor: ActingUser): string | undefined {
    if (actor.role !== 'matcher') return undefined;
    return `(t.assignee_id = ${actorIdSql(actor)} OR t.placement_id IS NOT NULL OR t.household_id IS NULL
             OR (t.person_id IS NOT NULL AND ${personInMatching('t.person_id')}))`;
  }

  protected async prepare(
    actor: ActingUser,
    input: Partial<CreateTaskDto>,
    existing: Task | undefined,
    manager: EntityManager,
  ) {
    const fields = { ...input } as Partial<Task> & Record<string, unknown>;
    delete fields.overdue;
    if (input.title !== undefined) fields.title = input.title.trim();
    if (!existing && input.assigneeId === undefined) fields.assigneeId = actor.id;
    if (input.assigneeId)
      await assertActiveUsersInOrg(this.users, actor.organizationId, input.assigneeId, 'assigneeId', manager);
    const household = await this.household(actor, input, existing, manager);
    fields.householdId = household.householdId;
    this.doneOn(input, existing, fields);
    await this.deadlineDate(actor, input, existing, fields, household, manager);
    return fields;
  }

  /**
   * A task belongs to one household: the one named, or else the household of
   * its person, obstacle or placement (so it shows in that household's
   * timeline and caseload counts). A reference into another household is refused.
   */
  private async household(
    actor: ActingUser,
    input: Partial<CreateTaskDto>,
    existing: Task | undefined,
    manager: EntityManager,
  ) {
    const named = input.householdId !== undefined ? input.householdId : (existing?.householdId ?? null);
    if (input.householdId)
      await assertReferencesInOrg(this.households, actor.organizationId, [input.householdId], 'householdId', manager);
    let householdId = named;
    let placementEndDate: string | null = null;
    for (const reference of ['personId', 'obstacleId', 'placementId'] as const) {
      const id = input[reference] !== undefined ? input[reference] : (existing?.[reference] ?? null);
      if (!id) continue;
      const found = await this.tasks.householdOf(actor.organizationId, reference, id, manager);
      if (!found) {
        // A reference kept from before may point to a record deleted since; only a newly sent one must exist.
        if (input[reference] !== undefined && input[reference] !== existing?.[reference])
          throw fieldError(reference, 'record_missing', 'refers to a record that does not exist');
        continue;
      }
      if (reference === 'placementId') placementEndDate = found.endDate ?? null;
      if (!householdId) householdId = found.householdId;
      else if (found.householdId !== householdId)
        throw fieldError(reference, 'not_in_household', MISMATCH[reference], { kind: KIND[reference] });
    }
    return { householdId, placementEndDate };
  }

  /** Done carries the day it was done (not ahead); reopening or cancelling clears it. */
  private doneOn(input: Partial<CreateTaskDto>, existing: Task | undefined, fields: Partial<Task>) {
    const status = input.status ?? existing?.status ?? 'open';
    if (status === 'done') {
      const doneOn = input.doneOn ?? existing?.doneOn ?? today();
      if (doneOn > today()) throw fieldError('doneOn', 'date_in_future', 'cannot be in the future');
      fields.doneOn = doneOn;
      return;
    }
    // react-admin sends the old date back when reopening; a new date on an open task is a mistake to report.
    if (input.doneOn && input.doneOn !== existing?.doneOn)
      throw fieldError('doneOn', 'done_date_only_when_done', 'only a done task has a done date; set status to done');
    fields.doneOn = null;
  }

  /** A task made for a deadline remembers that deadline's date, by default the date it has now. */
  private async deadlineDate(
    actor: ActingUser,
    input: Partial<CreateTaskDto>,
    existing: Task | undefined,
    fields: Partial<Task>,
    household: { householdId: string | null; placementEndDate: string | null },
    manager: EntityManager,
  ) {
    const kind = input.deadlineKind !== undefined ? input.deadlineKind : (existing?.deadlineKind ?? null);
    if (!kind) {
      if (input.deadlineDate)
        throw fieldError(
          'deadlineDate',
          'deadline_task_only',
          'only applies to a task made for a deadline (deadlineKind)',
        );
      fields.deadlineDate = null;
      return;
    }
    if (input.deadlineDate) return;
    const kindChanged =
      existing !== undefined && input.deadlineKind !== undefined && input.deadlineKind !== existing.deadlineKind;
    if (existing?.deadlineDate && !kindChanged && input.deadlineDate === undefined) return;
    const personId = input.personId !== undefined ? input.personId : (existing?.personId ?? null);
    const current =
      kind === 'contract_end'
        ? household.placementEndDate
        : kind === 'integration_deadline'
          ? personId
            ? await this.tasks.integrationDeadline(actor.organizationId, personId, manager)
            : null
          : household.householdId
            ? await this.tasks.householdDeadline(actor.organizationId, household.householdId, kind, manager)
            : null;
    if (!current) {
      throw fieldError(
        'deadlineDate',
        'deadline_date_required',
        kind === 'contract_end'
          ? 'is required: link the placement with a contract end date, or send the date'
          : kind === 'integration_deadline'
            ? 'is required: link the person with an integration route, or send the date'
            : 'is required: the household has no such end date; send the date',
        { kind },
      );
    }
    fields.deadlineDate = current;
  }
}

const MISMATCH: Record<'personId' | 'obstacleId' | 'placementId', string> = {
  personId: 'must be a member of the household',
  obstacleId: "must be an obstacle of the task's household",
  placementId: "must be a placement of someone in the task's household",
};
const KIND: Record<'personId' | 'obstacleId' | 'placementId', string> = {
  personId: 'member',
  obstacleId: 'obstacle',
  placementId: 'placement',
};
