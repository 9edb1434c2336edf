import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PerspectivePlan } from './perspective-plan.entity.js';
import { User } from '../users/user.entity.js';

export interface ReviewSnapshot {
  perspective: string;
  goals: Record<string, string>;
  status: string;
  obstacles: { id: string; title: string; domainKey: string; status: string; severity: string; systemic: boolean }[];
}

/**
 * What a plan said at a review. Written once, never updated: editing the plan
 * later cannot change what an earlier review recorded.
 */
@Entity('plan_reviews')
@Index('ix_plan_reviews_plan', ['planId', 'reviewedOn'])
export class PlanReview {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  organizationId: string;

  @Column('uuid')
  planId: string;

  @ManyToOne(() => PerspectivePlan, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'plan_id', foreignKeyConstraintName: 'fk_plan_reviews_plan' })
  plan?: PerspectivePlan;

  @Column('date')
  reviewedOn: string;

  @Column('uuid', { nullable: true })
  reviewerId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'reviewer_id', foreignKeyConstraintName: 'fk_plan_reviews_reviewer' })
  reviewer?: User;

  @Column('text', { nullable: true })
  note: string | null;

  @Column('jsonb')
  snapshot: ReviewSnapshot;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
