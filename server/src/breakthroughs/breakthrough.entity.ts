import { Check, Column, Entity, Index, JoinColumn, ManyToOne, VirtualColumn } from 'typeorm';
import { CaseRecord } from '../common/database/record.entity.js';
import { Organization } from '../organizations/organization.entity.js';
import { Household } from '../households/household.entity.js';
import { PartnerOrganization } from '../partner-organizations/partner-organization.entity.js';

/** What was done, with whom and when, and which obstacles it removed. */
@Entity('breakthroughs')
@Index('ix_breakthroughs_household_date', ['householdId', 'date'])
@Index('ix_breakthroughs_partner_organization', ['partnerOrganizationId'])
@Check('ck_breakthroughs_cost', 'cost_eur IS NULL OR cost_eur >= 0')
export class Breakthrough extends CaseRecord {
  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'fk_breakthroughs_organization' })
  organization?: Organization;

  @Column('uuid')
  householdId: string;

  @ManyToOne(() => Household, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'household_id', foreignKeyConstraintName: 'fk_breakthroughs_household' })
  household?: Household;

  @Column('date')
  date: string;

  @Column('text')
  title: string;

  @Column('text', { nullable: true })
  description: string | null;

  /** A partner organisation, a buddy, an employer: free text. */
  @Column('text', { nullable: true })
  partner: string | null;

  /** Or the partner organisation's record, when there is one. */
  @Column('uuid', { nullable: true })
  partnerOrganizationId: string | null;

  @ManyToOne(() => PartnerOrganization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'partner_organization_id', foreignKeyConstraintName: 'fk_breakthroughs_partner_organization' })
  partnerOrganization?: PartnerOrganization;

  /** Paid from a small fund where no regular budget fits; euros, two decimals. */
  @Column('numeric', {
    precision: 10,
    scale: 2,
    nullable: true,
    transformer: {
      to: (v: number | null | undefined) => v,
      from: (v: string | null) => (v === null ? null : Number(v)),
    },
  })
  costEur: number | null;

  @Column('text', { nullable: true })
  outcome: string | null;

  @VirtualColumn({
    type: 'json',
    query: (alias) =>
      `SELECT COALESCE(json_agg(bo.obstacle_id ORDER BY bo.obstacle_id), '[]'::json) FROM breakthrough_obstacles bo
         JOIN obstacles o ON o.id = bo.obstacle_id AND o.deleted_at IS NULL WHERE bo.breakthrough_id = ${alias}.id`,
  })
  /** The obstacles it removed that still exist (a deleted obstacle's link is kept, but not shown). */
  obstacleIds: string[];
}
