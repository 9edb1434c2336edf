import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { CaseRecordService } from '../common/crud/case-record.service.js';
import type { ActingUser } from '../common/auth/acting-user.js';
import { conflict, fieldError, notFound } from '../common/errors/app-error.js';
import { recordAudit } from '../audit-events/record-audit.js';
import { refreshPrimaryInRoot } from './label-assignment.js';
import { IntegrationDomainsRepository } from '../integration-domains/integration-domains.repository.js';
import { Label } from './label.entity.js';
import { LabelsRepository } from './labels.repository.js';
import type { CreateLabelDto, UpdateLabelDto } from './dto/label.dto.js';

@Injectable()
export class LabelsService extends CaseRecordService<Label, CreateLabelDto, UpdateLabelDto> {
  constructor(
    dataSource: DataSource,
    private readonly labels: LabelsRepository,
    private readonly domains: IntegrationDomainsRepository,
  ) {
    super(dataSource, labels, 'Label');
  }

  protected async prepare(
    actor: ActingUser,
    input: Partial<CreateLabelDto>,
    existing: Label | undefined,
    manager: EntityManager,
  ) {
    const fields = { ...input } as Partial<Label> & Record<string, unknown>;
    delete fields.mergedIntoId;
    if (input.name !== undefined) {
      const name = Object.fromEntries(
        Object.entries(input.name ?? {})
          .map(([k, v]): [string, string] => [k, String(v ?? '').trim()])
          .filter(([, v]) => v),
      );
      if (Object.keys(name).length === 0)
        throw fieldError('name', 'label_name_required', 'needs a name in at least one language (nl, en, uk)');
      fields.name = name;
    }
    if (input.parentId) {
      const parent = await this.labels.findOneInOrg(actor.organizationId, input.parentId, { manager });
      if (!parent) throw fieldError('parentId', 'record_missing', 'refers to a record that does not exist');
      if (existing && (await this.labels.ancestors(parent.id, manager)).includes(existing.id)) {
        throw fieldError('parentId', 'label_own_ancestor', 'would make the label its own ancestor');
      }
    }
    if (input.domainKey) await this.domains.assertDomainKey(input.domainKey, manager);
    return fields;
  }

  /** A new parent changes which top-level theme its uses count for. */
  protected async afterSave(actor: ActingUser, _label: Label, input: Partial<CreateLabelDto>, manager: EntityManager) {
    if (input.parentId !== undefined) await refreshPrimaryInRoot(manager, actor.organizationId, null);
  }

  /** A label in use cannot be deleted, only archived: past analyses must keep their themes. */
  protected async beforeRemove(_actor: ActingUser, label: Label, manager: EntityManager) {
    const uses = await this.labels.usageCount(label.id, manager);
    if (uses > 0)
      throw conflict('label_in_use', `This label is used ${uses} time(s); archive it instead of deleting it`, {
        count: uses,
      });
  }

  /** Moves every use to the survivor in one transaction, archives the merged label and records the merge. */
  merge(actor: ActingUser, fromId: string, intoId: string): Promise<Label> {
    return this.dataSource.transaction(async (manager) => {
      const from = await this.labels.findOneInOrg(actor.organizationId, fromId, { manager, lock: true });
      if (!from) throw notFound('Label');
      if (fromId === intoId) throw fieldError('intoId', 'label_merge_self', 'a label cannot be merged into itself');
      const into = await this.labels.findOneInOrg(actor.organizationId, intoId, { manager, lock: true });
      if (!into) throw fieldError('intoId', 'record_missing', 'refers to a record that does not exist');
      if (into.archived) throw fieldError('intoId', 'label_archived', 'is archived; merge into an active label');
      if ((await this.labels.ancestors(into.id, manager)).includes(from.id)) {
        throw fieldError(
          'intoId',
          'label_merge_descendant',
          'is under the label being merged; merge the other way round',
        );
      }
      const children = await this.labels.childCount(from.id, manager);
      const moved = await this.labels.moveUses(from.id, into.id, manager);
      const usesMoved = moved.contactLogIds.length + moved.questionIds.length;
      // Children moving under the survivor can change the theme of uses anywhere; otherwise only the moved logs changed.
      await refreshPrimaryInRoot(manager, actor.organizationId, children > 0 ? null : moved.contactLogIds);
      from.archived = true;
      from.mergedIntoId = into.id;
      await this.labels.save(manager, from);
      const mergeId = await this.labels.recordMerge(manager, {
        organizationId: actor.organizationId,
        fromLabelId: from.id,
        intoLabelId: into.id,
        mergedById: actor.id,
        usesMoved,
      });
      // The whole merge in the trail: the merged label, the survivor that took its uses (and children), the merge record and every record whose labels moved.
      await recordAudit(manager, actor, {
        action: 'update',
        resource: 'labels',
        recordId: from.id,
        fields: ['archived', 'mergedIntoId'],
      });
      await recordAudit(manager, actor, { action: 'update', resource: 'labels', recordId: into.id, fields: ['uses'] });
      await recordAudit(manager, actor, {
        action: 'create',
        resource: 'label-merges',
        recordId: mergeId,
        fields: ['fromLabelId', 'intoLabelId', 'usesMoved'],
      });
      await this.labels.auditMovedUses(manager, actor, 'contact-logs', moved.contactLogIds);
      await this.labels.auditMovedUses(manager, actor, 'helpdesk-questions', moved.questionIds);
      return (await this.labels.findOneInOrg(actor.organizationId, into.id, { manager }))!;
    });
  }
}
