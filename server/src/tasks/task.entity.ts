import { Check, Column, Entity, Index, JoinColumn, ManyToOne, VirtualColumn } from 'typeorm';
import { CaseRecord } from '../common/database/record.entity.js';
import { oneOf } from '../common/database/check.js';
import { Organization } from '../organizations/organization.entity.js';
import { Household } from '../households/household.entity.js';
import { Person } from '../persons/person.entity.js';
import { User } from '../users/user.entity.js';
import { Obstacle } from '../obstacles/obstacle.entity.js';
import { Placement } from '../placements/placement.entity.js';

export const TASK_STATUSES = ['open', 'done', 'cancelled'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

/** The deadlines a task can be made for (see /api/deadlines). */
export const DEADLINE_KINDS = ['shelter_end', 'protection_end', 'contract_end', 'integration_deadline'] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

@Entity('tasks')
@Index('ix_tasks_assignee_status_due', ['assigneeId', 'status', 'dueDate'])
@Index('ix_tasks_household', ['householdId'])
@Check('ck_tasks_status', oneOf('status', TASK_STATUSES))
@Check('ck_tasks_deadline_kind', oneOf('deadline_kind', DEADLINE_KINDS))
@Check('ck_tasks_done_on', "(status = 'done') = (done_on IS NOT NULL)")
@Check('ck_tasks_deadline_date', 'deadline_date IS NULL OR deadline_kind IS NOT NULL')
export class Task extends CaseRecord {
  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'fk_tasks_organization' })
  organization?: Organization;

  @Column('text')
  title: string;

  @Column('date')
  dueDate: string;

  @Column('uuid', { nullable: true })
  assigneeId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'assignee_id', foreignKeyConstraintName: 'fk_tasks_assignee' })
  assignee?: User;

  @Column('uuid', { nullable: true })
  householdId: string | null;

  @ManyToOne(() => Household, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'household_id', foreignKeyConstraintName: 'fk_tasks_household' })
  household?: Household;

  @Column('uuid', { nullable: true })
  personId: string | null;

  @ManyToOne(() => Person, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'fk_tasks_person' })
  person?: Person;

  @Column('uuid', { nullable: true })
  obstacleId: string | null;

  @ManyToOne(() => Obstacle, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'obstacle_id', foreignKeyConstraintName: 'fk_tasks_obstacle' })
  obstacle?: Obstacle;

  @Column('uuid', { nullable: true })
  placementId: string | null;

  @ManyToOne(() => Placement, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'placement_id', foreignKeyConstraintName: 'fk_tasks_placement' })
  placement?: Placement;

  @Column('text', { default: 'open' })
  status: TaskStatus;

  @Column('date', { nullable: true })
  doneOn: string | null;

  /** Set when the task was made for a deadline, so the deadline shows it is taken care of. */
  @Column('text', { nullable: true })
  deadlineKind: DeadlineKind | null;

  /** The date of that deadline when the task was made: a later, new date is a new deadline. */
  @Column('date', { nullable: true })
  deadlineDate: string | null;

  @Column('text', { nullable: true })
  notes: string | null;

  @VirtualColumn({
    type: 'boolean',
    query: (alias) => `SELECT ${alias}.status = 'open' AND ${alias}.due_date < CURRENT_DATE`,
  })
  overdue: boolean;
}
