import { Check, Column, Entity, Index, JoinColumn, ManyToOne, VirtualColumn } from 'typeorm';
import { CaseRecord } from '../common/database/record.entity.js';
import { oneOf } from '../common/database/check.js';
import { Organization } from '../organizations/organization.entity.js';
import { Person } from '../persons/person.entity.js';
import { Household } from '../households/household.entity.js';
import { PerspectivePlan } from '../perspective-plans/perspective-plan.entity.js';
import { IntegrationDomain } from '../integration-domains/integration-domain.entity.js';
import {
  BLOCKING_STATUSES,
  OBSTACLE_STATUSES,
  SEVERITIES,
  type ObstacleStatus,
  type Severity,
} from './obstacle.enums.js';

const linked = (column: 'blocked_id' | 'blocker_id', match: 'blocker_id' | 'blocked_id') => (alias: string) =>
  `SELECT COALESCE(json_agg(l.${column} ORDER BY l.${column}), '[]'::json) FROM obstacle_links l WHERE l.${match} = ${alias}.id`;

const BLOCKING = `(${BLOCKING_STATUSES.map((s) => `'${s}'`).join(', ')})`;

/**
 * The links in force: both ends still open or in progress. A resolved or
 * unresolvable obstacle blocks nothing any more, and nothing blocks it.
 */
const activeLinked = (column: 'blocked_id' | 'blocker_id', match: 'blocker_id' | 'blocked_id') => (alias: string) =>
  `SELECT COALESCE(json_agg(l.${column} ORDER BY l.${column}), '[]'::json) FROM obstacle_links l
     JOIN obstacles other ON other.id = l.${column} AND other.deleted_at IS NULL AND other.status IN ${BLOCKING}
    WHERE l.${match} = ${alias}.id AND ${alias}.status IN ${BLOCKING}`;

@Entity('obstacles')
@Index('ix_obstacles_person', ['personId'])
@Index('ix_obstacles_household', ['householdId'])
@Index('ix_obstacles_plan', ['planId'])
// Covering and partial (migration IndexesForNationalScale): the obstacle report from the index alone.
@Index('ix_obstacles_report', { synchronize: false })
@Check('ck_obstacles_severity', oneOf('severity', SEVERITIES))
@Check('ck_obstacles_status', oneOf('status', OBSTACLE_STATUSES))
@Check('ck_obstacles_resolved_on', "(status = 'resolved') = (resolved_on IS NOT NULL)")
@Check('ck_obstacles_resolved_after_identified', 'resolved_on IS NULL OR resolved_on >= identified_on')
export class Obstacle extends CaseRecord {
  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'fk_obstacles_organization' })
  organization?: Organization;

  @Column('uuid', { nullable: true })
  planId: string | null;

  @ManyToOne(() => PerspectivePlan, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'plan_id', foreignKeyConstraintName: 'fk_obstacles_plan' })
  plan?: PerspectivePlan;

  @Column('uuid')
  personId: string;

  @ManyToOne(() => Person, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'fk_obstacles_person' })
  person?: Person;

  /** Copied from the person: links and roll-ups stay within one household. */
  @Column('uuid')
  householdId: string;

  @ManyToOne(() => Household, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'household_id', foreignKeyConstraintName: 'fk_obstacles_household' })
  household?: Household;

  @Column('text')
  domainKey: string;

  @ManyToOne(() => IntegrationDomain, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'domain_key', referencedColumnName: 'key', foreignKeyConstraintName: 'fk_obstacles_domain' })
  domain?: IntegrationDomain;

  @Column('text')
  title: string;

  @Column('text', { nullable: true })
  description: string | null;

  @Column('text', { default: 'medium' })
  severity: Severity;

  @Column('text', { default: 'open' })
  status: ObstacleStatus;

  @Column('date')
  identifiedOn: string;

  @Column('date', { nullable: true })
  resolvedOn: string | null;

  /** Comes from a rule or a gap in services: to be raised at policy level. */
  @Column('boolean', { default: false })
  systemic: boolean;

  @Column('text', { nullable: true })
  systemicNote: string | null;

  /** The obstacles this one blocks. */
  @VirtualColumn({ type: 'json', query: linked('blocked_id', 'blocker_id') })
  blocksIds: string[];

  /** The obstacles that block this one (read-only). */
  @VirtualColumn({ type: 'json', query: linked('blocker_id', 'blocked_id') })
  blockedByIds: string[];

  /** Of `blocksIds`, those it blocks now (read-only): this one and they are open or in progress. */
  @VirtualColumn({ type: 'json', query: activeLinked('blocked_id', 'blocker_id') })
  activeBlocksIds: string[];

  /** Of `blockedByIds`, those that block it now (read-only). */
  @VirtualColumn({ type: 'json', query: activeLinked('blocker_id', 'blocked_id') })
  activeBlockedByIds: string[];
}
