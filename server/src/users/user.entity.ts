import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { TimestampedRecord } from '../common/database/record.entity.js';
import { Organization } from '../organizations/organization.entity.js';
import { ROLES, type Role } from '../auth/roles.js';

@Entity('users')
// Unique per organisation, not across them: see docs/security.md (accounts and e-mail addresses).
@Index('uq_users_organization_email', ['organizationId', 'email'], { unique: true })
@Index('ix_users_email', ['email'])
@Index('ix_users_organization', ['organizationId'])
@Check('ck_users_role', `role IN (${ROLES.map((r) => `'${r}'`).join(', ')})`)
export class User extends TimestampedRecord {
  @Column('uuid')
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'fk_users_organization' })
  organization?: Organization;

  /** Stored lower-case so that login is case-insensitive; unique within the organisation. */
  @Column('text')
  email: string;

  @Column('text')
  fullName: string;

  @Column('text')
  role: Role;

  @Column('text', { select: false })
  passwordHash: string;

  @Column('boolean', { default: true })
  active: boolean;
}
