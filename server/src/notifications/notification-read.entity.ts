import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Organization } from '../organizations/organization.entity.js';
import { User } from '../users/user.entity.js';

/**
 * A notification one user marked read. Notifications themselves are not
 * stored: they are derived from tasks, deadlines, referrals, placements and
 * coding samples when asked for; `key` names one (kind, record and what
 * makes it new, e.g. the due date), so a changed date notifies again.
 */
@Entity('notification_reads')
export class NotificationRead {
  @PrimaryColumn('uuid')
  userId: string;

  @PrimaryColumn('text')
  key: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_notification_reads_user' })
  user?: User;

  @Column('uuid')
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'fk_notification_reads_organization' })
  organization?: Organization;

  @CreateDateColumn({ type: 'timestamptz' })
  readAt: Date;
}
