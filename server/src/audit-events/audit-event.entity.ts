import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { oneOf } from '../common/database/check.js';

export const AUDIT_ACTIONS = ['create', 'update', 'delete', 'read', 'erase', 'export'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/**
 * Who did what to which record, from which request. Field names only, never
 * values: the trail itself must not become a copy of sensitive notes.
 * Append-only: a trigger refuses UPDATE and DELETE.
 */
@Entity('audit_events')
@Index('ix_audit_events_organization_at', ['organizationId', 'at'])
@Index('ix_audit_events_record', ['recordId', 'at'])
@Index('ix_audit_events_user', ['userId', 'at'])
@Check('ck_audit_events_action', oneOf('action', AUDIT_ACTIONS))
export class AuditEvent {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  organizationId: string;

  @Column('timestamptz', { default: () => 'now()' })
  at: Date;

  @Column('uuid', { nullable: true })
  userId: string | null;

  @Column('text')
  action: AuditAction;

  @Column('text')
  resource: string;

  @Column('uuid')
  recordId: string;

  @Column('text', { array: true, default: () => "'{}'" })
  fields: string[];

  @Column('text', { nullable: true })
  requestId: string | null;

  /** Non-personal facts about an erasure or export: its reason code, filters, counts. Never names or free text. */
  @Column('jsonb', { nullable: true })
  detail: Record<string, unknown> | null;
}
