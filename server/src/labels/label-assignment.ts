import type { EntityManager } from 'typeorm';
import type { ActingUser } from '../common/auth/acting-user.js';
import { fieldError } from '../common/errors/app-error.js';
import type { LabelsRepository } from './labels.repository.js';
import type { LabelShare } from './label-split.js';

/** Labels must be of the organisation and not archived (a merged label is archived). */
export async function assertUsableLabels(labels: LabelsRepository, actor: ActingUser, ids: string[], manager: EntityManager) {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return;
  const found = await labels.findManyInOrg(actor.organizationId, unique, manager);
  if (found.length !== unique.length) throw fieldError('labelIds', 'refers to labels that do not exist');
  const archived = found.filter((l) => l.archived);
  if (archived.length) throw fieldError('labelIds', `archived labels cannot be applied: ${archived.map((l) => l.name.en ?? l.name.nl ?? l.id).join(', ')}`);
}

/** Replaces a record's label rows with the given shares. */
export async function replaceLabelShares(
  manager: EntityManager,
  table: 'contact_log_labels' | 'helpdesk_question_labels',
  key: 'contact_log_id' | 'helpdesk_question_id',
  recordId: string,
  shares: LabelShare[],
) {
  await manager.query(`DELETE FROM ${table} WHERE ${key} = $1`, [recordId]);
  for (const share of shares) {
    if (table === 'contact_log_labels') {
      await manager.query(`INSERT INTO contact_log_labels (contact_log_id, label_id, minutes, explicit) VALUES ($1, $2, $3, $4)`, [recordId, share.labelId, share.minutes, share.explicit]);
    } else {
      await manager.query(`INSERT INTO helpdesk_question_labels (helpdesk_question_id, label_id, minutes) VALUES ($1, $2, $3)`, [recordId, share.labelId, share.minutes]);
    }
  }
}
