import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { CaseRecord } from '../common/database/record.entity.js';
import { Organization } from '../organizations/organization.entity.js';
import { IntegrationDomain } from '../integration-domains/integration-domain.entity.js';

/** A theme in the codebook. Renaming keeps the id; a merged label stays, archived, pointing at its survivor. */
@Entity('labels')
@Index('ix_labels_organization_parent', ['organizationId', 'parentId'])
@Check('ck_labels_color', "color IS NULL OR color ~ '^#[0-9a-fA-F]{6}$'")
@Check('ck_labels_not_own_parent', 'parent_id IS NULL OR parent_id <> id')
export class Label extends CaseRecord {
  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'fk_labels_organization' })
  organization?: Organization;

  @Column('jsonb')
  name: { nl?: string; en?: string; uk?: string };

  @Column('uuid', { nullable: true })
  parentId: string | null;

  @ManyToOne(() => Label, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_id', foreignKeyConstraintName: 'fk_labels_parent' })
  parent?: Label;

  @Column('text', { nullable: true })
  color: string | null;

  /** When to use it: the codebook's definition. */
  @Column('text', { nullable: true })
  definition: string | null;

  @Column('text', { nullable: true })
  domainKey: string | null;

  @ManyToOne(() => IntegrationDomain, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'domain_key', referencedColumnName: 'key', foreignKeyConstraintName: 'fk_labels_domain' })
  domain?: IntegrationDomain;

  @Column('boolean', { default: false })
  archived: boolean;

  @Column('uuid', { nullable: true })
  mergedIntoId: string | null;
}
