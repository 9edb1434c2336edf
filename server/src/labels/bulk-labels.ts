import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsOptional, IsUUID } from 'class-validator';
import type { DataSource, EntityManager } from 'typeorm';
import type { ActingUser } from '../common/auth/acting-user.js';
import { fieldError } from '../common/errors/app-error.js';
import { recordAudit } from '../audit-events/record-audit.js';
import { assertUsableLabels, sameLabelSet } from './label-assignment.js';
import type { LabelsRepository } from './labels.repository.js';

/** `POST /api/<resource>/bulk-labels`: labels added to and removed from a selection. */
export class BulkLabelsDto {
  @ApiProperty({ type: [String] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(1000)
  @IsUUID('all', { each: true, message: 'must be ids' })
  ids: string[];
  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @IsUUID('all', { each: true, message: 'must be label ids' })
  addLabelIds?: string[];
  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @IsUUID('all', { each: true, message: 'must be label ids' })
  removeLabelIds?: string[];
}

/**
 * Bulk labelling for any labelled list, in one transaction: every record
 * whose label set changes is rewritten and audited; one whose set stays the
 * same is left alone (an explicit split stays).
 */
export function applyBulkLabels<T extends { id: string; labelIds: string[] }>(
  dataSource: DataSource,
  labels: LabelsRepository,
  actor: ActingUser,
  input: BulkLabelsDto,
  target: {
    resource: string;
    current: (ids: string[], manager: EntityManager) => Promise<T[]>;
    write: (record: T, labelIds: string[], manager: EntityManager) => Promise<void>;
  },
): Promise<{ updated: number }> {
  return dataSource.transaction(async (manager) => {
    // UUIDs compare as text below: one spelling, whatever case the client sent.
    const lower = (values: string[] | null | undefined) => (values ?? []).map((value) => value.toLowerCase());
    const ids = [...new Set(lower(input.ids))];
    const add = [...new Set(lower(input.addLabelIds))];
    const remove = new Set(lower(input.removeLabelIds));
    const found = await target.current(ids, manager);
    if (found.length !== ids.length)
      throw fieldError('ids', 'record_missing', `refers to ${target.resource} that do not exist`);
    await assertUsableLabels(labels, actor, add, manager, { field: 'addLabelIds' });
    // Archived labels may be removed, but an id that is no label of the organisation is a mistake, not a no-op.
    if (
      remove.size &&
      (await labels.findManyInOrg(actor.organizationId, [...remove], manager)).length !== remove.size
    ) {
      throw fieldError('removeLabelIds', 'record_missing', 'refers to labels that do not exist');
    }
    let updated = 0;
    for (const record of found) {
      const next = [...new Set([...record.labelIds, ...add])].filter((id) => !remove.has(id));
      if (sameLabelSet(next, record.labelIds)) continue;
      await target.write(record, next, manager);
      await recordAudit(manager, actor, {
        action: 'update',
        resource: target.resource,
        recordId: record.id,
        fields: ['labelIds'],
      });
      updated++;
    }
    return { updated };
  });
}
