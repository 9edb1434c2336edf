import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { CaseRecordService } from '../common/crud/case-record.service.js';
import type { ActingUser } from '../common/auth/acting-user.js';
import { fieldError } from '../common/errors/app-error.js';
import { recordAudit } from '../audit-events/record-audit.js';
import { HouseholdsRepository } from '../households/households.repository.js';
import { PersonsRepository } from '../persons/persons.repository.js';
import { ObstaclesRepository } from '../obstacles/obstacles.repository.js';
import { UsersRepository } from '../users/users.repository.js';
import { LabelsRepository } from '../labels/labels.repository.js';
import { splitMinutes } from '../labels/label-split.js';
import { assertUsableLabels, replaceContactLogLabels } from '../labels/label-assignment.js';
import { ContactLog } from './contact-log.entity.js';
import { ContactLogsRepository } from './contact-logs.repository.js';
import type { BulkLabelsDto, CreateContactLogDto, UpdateContactLogDto } from './dto/contact-log.dto.js';

@Injectable()
export class ContactLogsService extends CaseRecordService<ContactLog, CreateContactLogDto, UpdateContactLogDto> {
  constructor(
    dataSource: DataSource,
    private readonly logs: ContactLogsRepository,
    private readonly households: HouseholdsRepository,
    private readonly persons: PersonsRepository,
    private readonly obstacles: ObstaclesRepository,
    private readonly users: UsersRepository,
    private readonly labels: LabelsRepository,
  ) {
    super(dataSource, logs, 'Contact log');
  }

  protected async prepare(actor: ActingUser, input: Partial<CreateContactLogDto>, existing: ContactLog | undefined, manager: EntityManager) {
    const { labelIds: _l, labelMinutes: _m, ...rest } = input;
    const fields = { ...rest } as Partial<ContactLog> & Record<string, unknown>;
    if (input.occurredAt !== undefined) fields.occurredAt = new Date(input.occurredAt);
    if (!existing && input.authorId === undefined) fields.authorId = actor.id;
    if (input.authorId && (await this.users.countActiveInOrg(actor.organizationId, [input.authorId], manager)) !== 1) {
      throw fieldError('authorId', 'must be an active user of your organisation');
    }
    const householdId = input.householdId ?? existing?.householdId;
    if (input.householdId !== undefined && !(await this.households.findOneInOrg(actor.organizationId, input.householdId, { manager }))) {
      throw fieldError('householdId', 'refers to a record that does not exist');
    }
    const personIds = input.personIds ?? existing?.personIds ?? [];
    if (personIds.length) {
      const members = await this.persons.findForList(actor.organizationId, { filter: { id: personIds }, sort: ['firstName', 'ASC'], range: [0, 999] });
      if (members.rows.length !== new Set(personIds).size || members.rows.some((p) => p.householdId !== householdId)) {
        throw fieldError('personIds', 'must be members of the household');
      }
      fields.personIds = [...new Set(personIds)];
    }
    const obstacleIds = input.obstacleIds ?? existing?.obstacleIds ?? [];
    if (obstacleIds.length) {
      const found = await this.obstacles.findManyInOrg(actor.organizationId, [...new Set(obstacleIds)], manager);
      if (found.length !== new Set(obstacleIds).size || found.some((o) => o.householdId !== householdId)) {
        throw fieldError('obstacleIds', 'must be obstacles of the household');
      }
      fields.obstacleIds = [...new Set(obstacleIds)];
    }
    return fields;
  }

  /** Label rows with their minutes; a new duration or label set without a split re-splits equally. */
  protected async afterSave(actor: ActingUser, log: ContactLog, input: Partial<CreateContactLogDto>, manager: EntityManager) {
    const labelsChanged = input.labelIds !== undefined || input.labelMinutes !== undefined;
    if (!labelsChanged && input.minutes === undefined) {
      if (input.occurredAt !== undefined || input.householdId !== undefined || input.authorId !== undefined) {
        await manager.query('UPDATE contact_log_labels SET occurred_at = $2, household_id = $3, author_id = $4 WHERE contact_log_id = $1', [
          log.id,
          log.occurredAt,
          log.householdId,
          log.authorId,
        ]);
      }
      return;
    }
    const labelIds = input.labelIds ?? log.labelIds ?? [];
    await assertUsableLabels(this.labels, actor, input.labelIds ?? [], manager);
    const keepSplit = input.labelMinutes === undefined && input.labelIds === undefined && input.minutes === undefined;
    const split = input.labelMinutes ?? (keepSplit ? log.labelMinutes : null);
    await replaceContactLogLabels(manager, actor.organizationId, log, splitMinutes(log.minutes, labelIds, split));
  }

  /** A deleted log leaves the theme figures: its label rows go, the log itself is kept (soft delete). */
  protected async beforeRemove(_actor: ActingUser, log: ContactLog, manager: EntityManager) {
    await manager.query('DELETE FROM contact_log_labels WHERE contact_log_id = $1', [log.id]);
  }

  /** Adds and removes labels on many logs at once; their minutes are re-split equally. */
  bulkLabels(actor: ActingUser, input: BulkLabelsDto) {
    return this.dataSource.transaction(async (manager) => {
      const ids = [...new Set(input.ids)];
      const found = await this.logs.findForList(actor.organizationId, { filter: { id: ids }, sort: ['occurredAt', 'ASC'], range: [0, 999] });
      if (found.total !== ids.length) throw fieldError('ids', 'refers to contact logs that do not exist');
      await assertUsableLabels(this.labels, actor, input.addLabelIds ?? [], manager);
      for (const log of found.rows) {
        const next = [...new Set([...(log.labelIds ?? []), ...(input.addLabelIds ?? [])])].filter((id) => !(input.removeLabelIds ?? []).includes(id));
        await replaceContactLogLabels(manager, actor.organizationId, log, splitMinutes(log.minutes, next));
        await recordAudit(manager, actor, { action: 'update', resource: 'contact-logs', recordId: log.id, fields: ['labelIds'] });
      }
      return { updated: found.rows.length };
    });
  }
}
