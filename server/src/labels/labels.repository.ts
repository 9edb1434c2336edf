import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { OrgScopedRepository } from '../common/database/org-scoped.repository.js';
import { isUuid } from '../common/validation/uuid.js';
import { Label } from './label.entity.js';
import { LabelMerge } from './label-merge.entity.js';
import type { ActingUser } from '../common/auth/acting-user.js';

@Injectable()
export class LabelsRepository extends OrgScopedRepository<Label> {
  constructor(dataSource: DataSource) {
    super(dataSource, Label, 'lb', {
      resource: 'labels',
      sortable: { name: "lb.name->>'en'", createdAt: 'lb.createdAt', archived: 'lb.archived' },
      filters: {
        parentId: { column: 'lb.parentId', type: 'uuid' },
        domainKey: { column: 'lb.domainKey', type: 'text' },
        archived: { column: 'lb.archived', type: 'boolean' },
      },
      search: ["lb.name->>'nl'", "lb.name->>'en'", "lb.name->>'uk'", 'lb.definition'],
      defaultSort: ['name', 'ASC'],
    });
  }

  findManyInOrg(organizationId: string, ids: string[], manager: EntityManager): Promise<Label[]> {
    if (ids.length === 0 || !ids.every(isUuid)) return Promise.resolve([]);
    return this.scoped(organizationId, manager).andWhere('lb.id IN (:...ids)', { ids }).getMany();
  }

  /** The parent chain upwards, to refuse a label becoming its own ancestor. */
  async ancestors(labelId: string, manager: EntityManager): Promise<string[]> {
    const rows: { id: string }[] = await manager.query(
      `WITH RECURSIVE up(id, parent_id) AS (
         SELECT id, parent_id FROM labels WHERE id = $1
         UNION ALL SELECT l.id, l.parent_id FROM labels l JOIN up ON l.id = up.parent_id)
       SELECT id FROM up`,
      [labelId],
    );
    return rows.map((r) => r.id);
  }

  async childCount(labelId: string, manager: EntityManager): Promise<number> {
    const [{ n }] = await manager.query<{ n: number }[]>('SELECT count(*)::int AS n FROM labels WHERE parent_id = $1', [
      labelId,
    ]);
    return n;
  }

  async usageCount(labelId: string, manager: EntityManager): Promise<number> {
    const [row] = await manager.query<{ n: string }[]>(
      `SELECT (SELECT count(*) FROM contact_log_labels WHERE label_id = $1)
            + (SELECT count(*) FROM helpdesk_question_labels WHERE label_id = $1)
            + (SELECT count(*) FROM labels WHERE parent_id = $1 AND deleted_at IS NULL) AS n`,
      [labelId],
    );
    return Number(row.n);
  }

  /**
   * Moves every use of `fromId` to `intoId`: logs and questions that had both
   * keep one row with the minutes added up; children move under the survivor;
   * double-coding answers are rewritten.
   */
  async moveUses(
    fromId: string,
    intoId: string,
    manager: EntityManager,
  ): Promise<{ contactLogIds: string[]; questionIds: string[] }> {
    const logs: { contact_log_id: string }[] = await manager.query(
      `WITH gone AS (DELETE FROM contact_log_labels WHERE label_id = $1
                      RETURNING contact_log_id, organization_id, occurred_at, household_id, author_id, minutes)
       INSERT INTO contact_log_labels (contact_log_id, label_id, organization_id, occurred_at, household_id, author_id, minutes, explicit)
       SELECT contact_log_id, $2, organization_id, occurred_at, household_id, author_id, minutes, false FROM gone
       ON CONFLICT (contact_log_id, label_id) DO UPDATE SET minutes = contact_log_labels.minutes + EXCLUDED.minutes
       RETURNING contact_log_id`,
      [fromId, intoId],
    );
    const questions: { helpdesk_question_id: string }[] = await manager.query(
      `WITH gone AS (DELETE FROM helpdesk_question_labels WHERE label_id = $1 RETURNING helpdesk_question_id, minutes)
       INSERT INTO helpdesk_question_labels (helpdesk_question_id, label_id, minutes)
       SELECT helpdesk_question_id, $2, minutes FROM gone
       ON CONFLICT (helpdesk_question_id, label_id) DO UPDATE SET minutes = helpdesk_question_labels.minutes + EXCLUDED.minutes
       RETURNING helpdesk_question_id`,
      [fromId, intoId],
    );
    await manager.query('UPDATE labels SET parent_id = $2 WHERE parent_id = $1', [fromId, intoId]);
    await manager.query(
      `UPDATE codings SET label_ids = ARRAY(SELECT DISTINCT unnest(array_replace(label_ids, $1::uuid, $2::uuid))) WHERE $1::uuid = ANY(label_ids)`,
      [fromId, intoId],
    );
    return {
      contactLogIds: logs.map((r) => r.contact_log_id),
      questionIds: questions.map((r) => r.helpdesk_question_id),
    };
  }

  async recordMerge(manager: EntityManager, merge: Partial<LabelMerge>): Promise<string> {
    const result = await manager.insert(LabelMerge, merge);
    return result.identifiers[0].id as string;
  }

  /**
   * One `update labelIds` audit row per record a merge moved, in one
   * statement (a merge can move thousands of uses).
   */
  async auditMovedUses(
    manager: EntityManager,
    actor: ActingUser,
    resource: string,
    recordIds: string[],
  ): Promise<void> {
    if (recordIds.length === 0) return;
    await manager.query(
      `INSERT INTO audit_events (organization_id, user_id, action, resource, record_id, fields, request_id)
       SELECT $1, $2, 'update', $3, r.id, ARRAY['labelIds'], $4 FROM unnest($5::uuid[]) AS r(id)`,
      [actor.organizationId, actor.id, resource, actor.requestId ?? null, recordIds],
    );
  }
}
