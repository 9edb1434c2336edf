import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { CaseRecord } from '../common/database/record.entity.js';
import { Organization } from '../organizations/organization.entity.js';
import { User } from '../users/user.entity.js';

/** The sort of a saved list view, as react-admin keeps it. */
export interface SavedViewSort {
  field: string;
  order: 'ASC' | 'DESC';
}

/**
 * A list's (or a report's) filters, sort and columns saved under a name by
 * one user, for themselves or for their whole organisation. No personal data
 * of clients beyond what a filter names (an id, a municipality).
 */
@Entity('saved_views')
@Index('uq_saved_views_owner_resource_name', ['ownerId', 'resource', 'name'], {
  unique: true,
  where: 'deleted_at IS NULL',
})
@Index('ix_saved_views_organization_resource', ['organizationId', 'resource'], { where: 'deleted_at IS NULL' })
export class SavedView extends CaseRecord {
  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'fk_saved_views_organization' })
  organization?: Organization;

  @Column('uuid')
  ownerId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'owner_id', foreignKeyConstraintName: 'fk_saved_views_owner' })
  owner?: User;

  /** The list (`persons`) or report (`reports/obstacles`) the view belongs to. */
  @Column('text')
  resource: string;

  @Column('text')
  name: string;

  /** Offered to everyone in the organisation, not only its owner. */
  @Column('boolean', { default: false })
  shared: boolean;

  @Column('jsonb', { default: () => "'{}'" })
  filter: Record<string, unknown>;

  @Column('jsonb', { nullable: true })
  sort: SavedViewSort | null;

  /** The list's shown columns in order; null: the list's own choice. */
  @Column('text', { array: true, nullable: true })
  columns: string[] | null;

  /** Rows per page; null: the list's own. */
  @Column('int', { nullable: true })
  perPage: number | null;
}
