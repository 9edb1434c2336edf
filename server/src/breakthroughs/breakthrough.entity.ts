import { Check, Column, Entity, Index, JoinColumn, ManyToOne, VirtualColumn } from 'typeorm';
import { CaseRecord } from '../common/database/record.entity.js';
import { Organization } from '../organizations/organization.entity.js';
import { Household } from '../households/household.entity.js';

/** What was done, with whom and when, and which obstacles it removed. */
@Entity('breakthroughs')
@Index('ix_breakthroughs_household_date', ['householdId', 'date'])
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

  /** Paid from a small fund where no regular budget fits; euros, two decimals. */
  @Column('numeric', {
    precision: 10,
    scale: 2,
    nullable: true,
    transformer: { to: (v: number | null | undefined) => v, from: (v: string | null) => (v === null ? null : Number(v)) },
  })
  costEur: number | null;

  @Column('text', { nullable: true })
  outcome: string | null;

  @VirtualColumn({
    type: 'json',
    query: (alias) =>
      `SELECT COALESCE(json_agg(bo.obstacle_id ORDER BY bo.obstacle_id), '[]'::json) FROM breakthrough_obstacles bo WHERE bo.breakthrough_id = ${alias}.id`,
  })
  obstacleIds: string[];
}
