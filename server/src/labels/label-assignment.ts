import type { EntityManager } from 'typeorm';
import type { ActingUser } from '../common/auth/acting-user.js';
import { fieldError } from '../common/errors/app-error.js';
import type { LabelsRepository } from './labels.repository.js';
import type { LabelShare } from './label-split.js';

/**
 * Labels must be of the organisation and not archived (a merged label is
 * archived). Only labels newly applied are checked: a record that already
 * carries a label archived since must still be editable.
 */
export async function assertUsableLabels(
  labels: LabelsRepository,
  actor: ActingUser,
  ids: string[],
  manager: EntityManager,
  { already = [], field = 'labelIds' }: { already?: string[]; field?: string } = {},
) {
  const unique = [...new Set(ids)].filter((id) => !already.includes(id));
  if (unique.length === 0) return;
  const found = await labels.findManyInOrg(actor.organizationId, unique, manager);
  if (found.length !== unique.length) throw fieldError(field, 'record_missing', 'refers to labels that do not exist');
  const archived = found.filter((l) => l.archived);
  if (archived.length) {
    const names = archived.map((l) => l.name.en ?? l.name.nl ?? l.id).join(', ');
    throw fieldError(field, 'label_archived', `archived labels cannot be applied: ${names}`, { names });
  }
}

export interface StoredShare {
  labelId: string;
  minutes: number;
  explicit: boolean;
}

/** A contact log's label rows as stored (before a change replaces them). */
export async function storedContactLogShares(manager: EntityManager, contactLogId: string): Promise<StoredShare[]> {
  const rows: { label_id: string; minutes: string; explicit: boolean }[] = await manager.query(
    'SELECT label_id, minutes, explicit FROM contact_log_labels WHERE contact_log_id = $1 ORDER BY label_id',
    [contactLogId],
  );
  return rows.map((r) => ({ labelId: r.label_id, minutes: Number(r.minutes), explicit: r.explicit }));
}

/** Whether a split someone sent is the stored one echoed back (react-admin sends the whole record). */
export function isStoredSplit(split: Record<string, unknown>, stored: StoredShare[]): boolean {
  const keys = Object.keys(split);
  return (
    stored.length > 0 &&
    keys.length === stored.length &&
    stored.every(
      (s) => typeof split[s.labelId] === 'number' && Math.abs((split[s.labelId] as number) - s.minutes) < 0.005,
    )
  );
}

export function sameLabelSet(a: string[], b: string[]): boolean {
  const x = new Set(a);
  const y = new Set(b);
  return x.size === y.size && [...x].every((id) => y.has(id));
}

/**
 * Replaces a contact log's label rows, keeps `labelled` and the per-theme
 * primaries in step. `fresh`: the log was just created and has no rows yet.
 * The rows, their primaries (as `refreshPrimaryInRoot` marks them: per
 * top-level theme, the row with the first label id) and `labelled` are one
 * statement.
 */
export async function replaceContactLogLabels(
  manager: EntityManager,
  organizationId: string,
  log: { id: string; occurredAt: Date; householdId: string; authorId: string | null },
  shares: LabelShare[],
  { fresh = false }: { fresh?: boolean } = {},
) {
  const contactLogId = log.id;
  if (!fresh) await manager.query('DELETE FROM contact_log_labels WHERE contact_log_id = $1', [contactLogId]);
  if (shares.length === 0) {
    if (!fresh) await manager.query('UPDATE contact_logs SET labelled = false WHERE id = $1', [contactLogId]);
    return;
  }
  await manager.query(
    `WITH RECURSIVE tree(id, root) AS (
       SELECT id, id FROM labels WHERE organization_id = $3 AND parent_id IS NULL
       UNION ALL SELECT l.id, t.root FROM labels l JOIN tree t ON l.parent_id = t.id),
     marked AS (UPDATE contact_logs SET labelled = true WHERE id = $1 AND NOT labelled)
     INSERT INTO contact_log_labels (contact_log_id, label_id, organization_id, occurred_at, household_id, author_id, minutes, explicit, primary_in_root)
     SELECT $1, n.label_id, $3, $4, $5, $6, n.minutes, n.explicit,
            CASE WHEN t.root IS NULL THEN true ELSE row_number() OVER (PARTITION BY t.root ORDER BY n.label_id) = 1 END
       FROM unnest($2::uuid[], $7::numeric[], $8::boolean[]) AS n(label_id, minutes, explicit)
       LEFT JOIN tree t ON t.id = n.label_id`,
    [
      contactLogId,
      shares.map((share) => share.labelId),
      organizationId,
      log.occurredAt,
      log.householdId,
      log.authorId,
      shares.map((share) => share.minutes),
      shares.map((share) => share.explicit),
    ],
  );
}

/** Replaces a helpdesk question's label rows. */
export async function replaceQuestionLabels(manager: EntityManager, questionId: string, shares: LabelShare[]) {
  await manager.query('DELETE FROM helpdesk_question_labels WHERE helpdesk_question_id = $1', [questionId]);
  for (const share of shares) {
    await manager.query(
      'INSERT INTO helpdesk_question_labels (helpdesk_question_id, label_id, minutes) VALUES ($1, $2, $3)',
      [questionId, share.labelId, share.minutes],
    );
  }
}

/**
 * Marks, per log and top-level theme, the one label row that counts the log
 * for that theme. For some logs after a label change, or for the whole
 * organisation after the codebook's shape changed (merge, new parent).
 */
export async function refreshPrimaryInRoot(
  manager: EntityManager,
  organizationId: string,
  contactLogIds: string[] | null,
) {
  await manager.query(
    `WITH RECURSIVE tree(id, root) AS (
       SELECT id, id FROM labels WHERE organization_id = $1 AND parent_id IS NULL
       UNION ALL SELECT l.id, t.root FROM labels l JOIN tree t ON l.parent_id = t.id),
     ranked AS (
       SELECT x.contact_log_id, x.label_id,
              row_number() OVER (PARTITION BY x.contact_log_id, t.root ORDER BY x.label_id) = 1 AS first
         FROM contact_log_labels x JOIN tree t ON t.id = x.label_id
        WHERE x.organization_id = $1 AND ($2::uuid[] IS NULL OR x.contact_log_id = ANY($2::uuid[])))
     UPDATE contact_log_labels x SET primary_in_root = r.first
       FROM ranked r
      WHERE x.contact_log_id = r.contact_log_id AND x.label_id = r.label_id AND x.primary_in_root IS DISTINCT FROM r.first`,
    [organizationId, contactLogIds],
  );
}
