import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { OrgScopedRepository } from '../common/database/org-scoped.repository.js';
import { isUuid } from '../common/validation/uuid.js';
import { CHANNELS } from '../contact-logs/contact-log.entity.js';
import { HELPDESK_STATUSES, HelpdeskQuestion } from './helpdesk-question.entity.js';

@Injectable()
export class HelpdeskRepository extends OrgScopedRepository<HelpdeskQuestion> {
  constructor(dataSource: DataSource) {
    super(dataSource, HelpdeskQuestion, 'hq', {
      resource: 'helpdesk-questions',
      sortable: { receivedAt: 'hq.receivedAt', status: 'hq.status', minutes: 'hq.minutes', createdAt: 'hq.createdAt' },
      filters: {
        status: { column: 'hq.status', type: 'enum', values: HELPDESK_STATUSES },
        channel: { column: 'hq.channel', type: 'enum', values: CHANNELS },
        language: { column: 'hq.language', type: 'text' },
        householdId: { column: 'hq.householdId', type: 'uuid' },
        answeredById: { column: 'hq.answeredById', type: 'uuid' },
        receivedAt: { column: 'hq.receivedAt', type: 'timestamp', range: true },
        labelIds: {
          column: 'x.label_id',
          type: 'uuid',
          exists: 'helpdesk_question_labels x WHERE x.helpdesk_question_id = hq.id',
        },
        unlabelled: {
          column: 'NOT EXISTS (SELECT 1 FROM helpdesk_question_labels x WHERE x.helpdesk_question_id = hq.id)',
          type: 'boolean',
        },
      },
      search: ['hq.question', 'hq.answer'],
      defaultSort: ['receivedAt', 'DESC'],
    });
  }

  findManyInOrg(organizationId: string, ids: string[], manager: EntityManager): Promise<HelpdeskQuestion[]> {
    if (ids.length === 0 || !ids.every(isUuid)) return Promise.resolve([]);
    return this.scoped(organizationId, manager).andWhere('hq.id IN (:...ids)', { ids }).getMany();
  }

  /** The labels on a question as stored (its label rows). */
  async storedLabelIds(questionId: string, manager: EntityManager): Promise<string[]> {
    const rows: { label_id: string }[] = await manager.query(
      'SELECT label_id FROM helpdesk_question_labels WHERE helpdesk_question_id = $1',
      [questionId],
    );
    return rows.map((r) => r.label_id);
  }
}
