import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { CaseRecord } from '../common/database/record.entity.js';
import { Organization } from '../organizations/organization.entity.js';

/** A partner people are referred to: a mental-health helpline, a language buddy programme, a coding school. */
@Entity('partner_organizations')
@Index('uq_partner_organizations_name', ['organizationId', 'name'], { unique: true, where: 'deleted_at IS NULL' })
export class PartnerOrganization extends CaseRecord {
  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'fk_partner_organizations_organization' })
  organization?: Organization;

  @Column('text')
  name: string;

  @Column('text', { nullable: true })
  kind: string | null;

  @Column('text', { nullable: true })
  contact: string | null;

  @Column('text', { array: true, default: () => "'{}'" })
  domainKeys: string[];
}
