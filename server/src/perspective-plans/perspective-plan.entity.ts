import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { CaseRecord } from '../common/database/record.entity.js';
import { oneOf } from '../common/database/check.js';
import { Organization } from '../organizations/organization.entity.js';
import { Person } from '../persons/person.entity.js';
import { User } from '../users/user.entity.js';
import { PLAN_STATUSES, type PlanStatus } from './plan.enums.js';

/** What a person wants, in their own words, and the goals per domain that lead there. */
@Entity('perspective_plans')
@Index('ix_perspective_plans_person', ['personId'])
@Index('uq_perspective_plans_one_active', ['personId'], {
  unique: true,
  where: "status = 'active' AND deleted_at IS NULL",
})
@Check('ck_perspective_plans_status', oneOf('status', PLAN_STATUSES))
@Check(
  'ck_perspective_plans_review_after_start',
  'next_review_date IS NULL OR start_date IS NULL OR next_review_date >= start_date',
)
export class PerspectivePlan extends CaseRecord {
  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'fk_perspective_plans_organization' })
  organization?: Organization;

  @Column('uuid')
  personId: string;

  @ManyToOne(() => Person, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'fk_perspective_plans_person' })
  person?: Person;

  /** The person's own words, any language. */
  @Column('text', { default: '' })
  perspective: string;

  /** Short goal text per integration domain key. */
  @Column('jsonb', { default: () => "'{}'" })
  goals: Record<string, string>;

  @Column('text', { default: 'draft' })
  status: PlanStatus;

  @Column('date', { nullable: true })
  startDate: string | null;

  @Column('date', { nullable: true })
  nextReviewDate: string | null;

  @Column('uuid', { nullable: true })
  ownerId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'owner_id', foreignKeyConstraintName: 'fk_perspective_plans_owner' })
  owner?: User;
}
