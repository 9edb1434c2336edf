import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { CaseRecordService } from '../common/crud/case-record.service.js';
import type { ActingUser } from '../common/auth/acting-user.js';
import { assertActiveUsersInOrg, assertReferencesInOrg } from '../common/database/references.js';
import { HouseholdsRepository } from '../households/households.repository.js';
import { UsersRepository } from '../users/users.repository.js';
import { LabelsRepository } from '../labels/labels.repository.js';
import { splitMinutes } from '../labels/label-split.js';
import { assertUsableLabels, replaceQuestionLabels } from '../labels/label-assignment.js';
import { applyBulkLabels, type BulkLabelsDto } from '../labels/bulk-labels.js';
import { refuseFuture } from '../common/validation/not-future.js';
import { HelpdeskQuestion } from './helpdesk-question.entity.js';
import { HelpdeskRepository } from './helpdesk.repository.js';
import type { CreateHelpdeskQuestionDto, UpdateHelpdeskQuestionDto } from './dto/helpdesk-question.dto.js';

@Injectable()
export class HelpdeskService extends CaseRecordService<
  HelpdeskQuestion,
  CreateHelpdeskQuestionDto,
  UpdateHelpdeskQuestionDto
> {
  constructor(
    dataSource: DataSource,
    private readonly questions: HelpdeskRepository,
    private readonly households: HouseholdsRepository,
    private readonly users: UsersRepository,
    private readonly labels: LabelsRepository,
  ) {
    super(dataSource, questions, 'Helpdesk question');
  }

  protected async prepare(
    actor: ActingUser,
    input: Partial<CreateHelpdeskQuestionDto>,
    existing: HelpdeskQuestion | undefined,
    manager: EntityManager,
  ) {
    const { labelIds: _l, ...rest } = input;
    const fields = { ...rest } as Partial<HelpdeskQuestion> & Record<string, unknown>;
    refuseFuture({ receivedAt: input.receivedAt });
    if (input.receivedAt !== undefined) fields.receivedAt = new Date(input.receivedAt);
    // The research mark vouches for the texts it was set on: changed texts must be cleared again.
    const textChanged =
      existing &&
      ((input.question !== undefined && input.question !== existing.question) ||
        (input.answer !== undefined && input.answer !== existing.answer));
    if (textChanged && input.clearedForResearch === undefined) fields.clearedForResearch = false;
    if (input.householdId)
      await assertReferencesInOrg(this.households, actor.organizationId, [input.householdId], 'householdId', manager);
    if (input.answeredById)
      await assertActiveUsersInOrg(this.users, actor.organizationId, input.answeredById, 'answeredById', manager);
    const status = input.status ?? existing?.status ?? 'open';
    if (status === 'answered' && !(input.answeredById ?? existing?.answeredById)) fields.answeredById = actor.id;
    return fields;
  }

  protected async afterSave(
    actor: ActingUser,
    question: HelpdeskQuestion,
    input: Partial<CreateHelpdeskQuestionDto>,
    manager: EntityManager,
  ) {
    if (input.labelIds === undefined && input.minutes === undefined) return;
    const stored = await this.questions.storedLabelIds(question.id, manager);
    const labelIds = input.labelIds ? [...new Set(input.labelIds)] : stored;
    await assertUsableLabels(this.labels, actor, labelIds, manager, { already: stored });
    await replaceQuestionLabels(manager, question.id, splitMinutes(question.minutes ?? 0, labelIds));
  }

  /** Bulk labelling on a selection of questions, the same rules as for contact logs. */
  bulkLabels(actor: ActingUser, input: BulkLabelsDto) {
    return applyBulkLabels(this.dataSource, this.labels, actor, input, {
      resource: 'helpdesk-questions',
      current: async (ids, manager) => {
        const found = await this.questions.findManyInOrg(actor.organizationId, ids, manager);
        return found.map((q) => ({ id: q.id, labelIds: q.labelIds ?? [], minutes: q.minutes }));
      },
      write: (record, labelIds, manager) =>
        replaceQuestionLabels(manager, record.id, splitMinutes(record.minutes ?? 0, labelIds)),
    });
  }
}
