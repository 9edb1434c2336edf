import type { EntityManager } from 'typeorm';
import type { ActingUser } from '../common/auth/acting-user.js';
import { AuditEvent, type AuditAction } from './audit-event.entity.js';

/** Who acts: a signed-in user, or the operator at the command line (no user id). */
export type AuditActor = Pick<ActingUser, 'organizationId' | 'requestId'> & { id: string | null };

export interface AuditEntry {
  action: AuditAction;
  resource: string;
  recordId: string;
  fields?: string[];
  /** Non-personal facts (a reason code, filters, counts); never names or free text. */
  detail?: Record<string, unknown>;
}

/**
 * Writes one audit row with the caller's manager, so it commits or rolls
 * back with the change it describes.
 */
export async function recordAudit(manager: EntityManager, actor: AuditActor, entry: AuditEntry): Promise<void> {
  await manager.insert(AuditEvent, {
    organizationId: actor.organizationId,
    userId: actor.id,
    action: entry.action,
    resource: entry.resource,
    recordId: entry.recordId,
    fields: [...new Set(entry.fields ?? [])].sort(),
    requestId: actor.requestId ?? null,
    // TypeORM's deep-partial type cannot take an open JSON record.
    detail: (entry.detail ?? null) as never,
  });
}

/** Many audit rows in one statement, for writes made in bulk (an import). */
export async function recordAudits(manager: EntityManager, actor: AuditActor, entries: AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await manager.query(
    `INSERT INTO audit_events (organization_id, user_id, action, resource, record_id, fields, request_id)
     SELECT $1, $2, e.action, e.resource, e.record_id, e.fields, $3
       FROM jsonb_to_recordset($4::jsonb) AS e(action text, resource text, record_id uuid, fields text[])`,
    [
      actor.organizationId,
      actor.id,
      actor.requestId ?? null,
      JSON.stringify(
        entries.map((e) => ({
          action: e.action,
          resource: e.resource,
          record_id: e.recordId,
          fields: [...new Set(e.fields ?? [])].sort(),
        })),
      ),
    ],
  );
}

/**
 * An audit row as a data-modifying CTE for the statement that reads the
 * record (a show, or the answer after a create): one round trip instead of
 * two. `recordIdQuery` selects the id of the record as the reader may see it
 * (organisation, soft delete, row scope), so a record that is not found, or
 * not theirs to see, writes no row.
 */
export function auditCte(
  actor: AuditActor,
  entry: Omit<AuditEntry, 'recordId'>,
  recordIdQuery: string,
): { sql: string; parameters: Record<string, unknown> } {
  return {
    sql: `INSERT INTO audit_events (organization_id, user_id, action, resource, record_id, fields, request_id)
          SELECT :auditOrganizationId::uuid, :auditUserId::uuid, :auditAction, :auditResource, seen.id, :auditFields::text[], :auditRequestId FROM (${recordIdQuery}) seen`,
    parameters: {
      auditOrganizationId: actor.organizationId,
      auditUserId: actor.id,
      auditAction: entry.action,
      auditResource: entry.resource,
      auditFields: [...new Set(entry.fields ?? [])].sort(),
      auditRequestId: actor.requestId ?? null,
    },
  };
}

/** The fields an update really changed (compared as JSON, so arrays and objects count by value). */
export function changedFields(before: object, after: object, candidates: string[]): string[] {
  const b = before as Record<string, unknown>;
  const a = after as Record<string, unknown>;
  return candidates.filter((field) => JSON.stringify(b[field] ?? null) !== JSON.stringify(a[field] ?? null));
}
