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
  });
}

/** The fields an update really changed (compared as JSON, so arrays and objects count by value). */
export function changedFields(before: object, after: object, candidates: string[]): string[] {
  const b = before as Record<string, unknown>;
  const a = after as Record<string, unknown>;
  return candidates.filter((field) => JSON.stringify(b[field] ?? null) !== JSON.stringify(a[field] ?? null));
}
