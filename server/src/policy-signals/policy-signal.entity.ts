import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, VirtualColumn } from 'typeorm';
import { CaseRecord } from '../common/database/record.entity.js';
import { oneOf } from '../common/database/check.js';
import { Organization } from '../organizations/organization.entity.js';
import { Obstacle } from '../obstacles/obstacle.entity.js';

/**
 * The themes the report groups its findings under. Fixed, so signals of
 * several organisations can be put side by side; `other` for the rest.
 */
export const POLICY_THEMES = [
  'language',
  'work',
  'housing',
  'residence_security',
  'health',
  'information',
  'income',
  'education',
  'other',
] as const;
export type PolicyTheme = (typeof POLICY_THEMES)[number];

/** Whom a signal was raised with; `raisedWithName` says which one (the municipality of Utrecht, SZW). */
export const POLICY_AUDIENCES = ['municipality', 'ministry', 'uwv', 'coa', 'other'] as const;
export type PolicyAudience = (typeof POLICY_AUDIENCES)[number];

export const POLICY_SIGNAL_STATUSES = ['open', 'raised', 'answered', 'changed', 'dropped'] as const;
export type PolicySignalStatus = (typeof POLICY_SIGNAL_STATUSES)[number];

/** Statuses that say the signal was raised with someone (and so must name whom). */
export const RAISED_STATUSES: readonly PolicySignalStatus[] = ['raised', 'answered', 'changed'];

const obstacleIdsQuery = (alias: string) =>
  `SELECT COALESCE(json_agg(x.obstacle_id ORDER BY x.obstacle_id), '[]'::json) FROM policy_signal_obstacles x WHERE x.policy_signal_id = ${alias}.id`;

/**
 * The evidence, computed from the links each time it is read: obstacles
 * removed since no longer count. Counts only, no person or household.
 */
export const evidenceQuery = (alias: string) =>
  `SELECT json_build_object(
       'obstacles', count(o.id),
       'households', count(DISTINCT o.household_id),
       'municipalities', count(DISTINCT lower(btrim(h.municipality))),
       'since', to_char(min(o.identified_on), 'YYYY-MM-DD'))
     FROM policy_signal_obstacles x
     JOIN obstacles o ON o.id = x.obstacle_id AND o.deleted_at IS NULL
     JOIN households h ON h.id = o.household_id
    WHERE x.policy_signal_id = ${alias}.id`;

export interface PolicySignalEvidence {
  obstacles: number;
  households: number;
  municipalities: number;
  /** The date the earliest linked obstacle was identified; null without obstacles. */
  since: string | null;
}

/** A systemic problem carried to those who can change it: its evidence and what came of it. */
@Entity('policy_signals')
@Index('ix_policy_signals_organization_status', ['organizationId', 'status'])
@Check('ck_policy_signals_theme', oneOf('theme', POLICY_THEMES))
@Check('ck_policy_signals_raised_with', oneOf('raised_with', POLICY_AUDIENCES))
@Check('ck_policy_signals_status', oneOf('status', POLICY_SIGNAL_STATUSES))
export class PolicySignal extends CaseRecord {
  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'fk_policy_signals_organization' })
  organization?: Organization;

  @Column('text')
  title: string;

  @Column('text', { nullable: true })
  problem: string | null;

  @Column('text')
  theme: PolicyTheme;

  @Column('text', { nullable: true })
  raisedWith: PolicyAudience | null;

  @Column('text', { nullable: true })
  raisedWithName: string | null;

  @Column('date', { nullable: true })
  raisedOn: string | null;

  /** How: a letter, a meeting, a consultation response. */
  @Column('text', { nullable: true })
  raisedHow: string | null;

  @Column('text', { nullable: true })
  answer: string | null;

  @Column('date', { nullable: true })
  answeredOn: string | null;

  @Column('text', { default: 'open' })
  status: PolicySignalStatus;

  @VirtualColumn({ type: 'json', query: obstacleIdsQuery })
  obstacleIds: string[];

  @VirtualColumn({ type: 'json', query: evidenceQuery })
  evidence: PolicySignalEvidence;
}

@Entity('policy_signal_obstacles')
@Index('ix_policy_signal_obstacles_obstacle', ['obstacleId'])
export class PolicySignalObstacle {
  @PrimaryColumn('uuid')
  policySignalId: string;

  @PrimaryColumn('uuid')
  obstacleId: string;

  @Column('uuid')
  organizationId: string;

  @ManyToOne(() => PolicySignal, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'policy_signal_id', foreignKeyConstraintName: 'fk_policy_signal_obstacles_signal' })
  signal?: PolicySignal;

  @ManyToOne(() => Obstacle, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'obstacle_id', foreignKeyConstraintName: 'fk_policy_signal_obstacles_obstacle' })
  obstacle?: Obstacle;
}
