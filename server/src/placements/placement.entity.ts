import { Check, Column, Entity, Index, JoinColumn, ManyToOne, VirtualColumn } from 'typeorm';
import { CaseRecord } from '../common/database/record.entity.js';
import { oneOf } from '../common/database/check.js';
import { Organization } from '../organizations/organization.entity.js';
import { Person } from '../persons/person.entity.js';
import { Employer } from '../employers/employer.entity.js';
import { User } from '../users/user.entity.js';
import { Vacancy } from '../vacancies/vacancy.entity.js';
import {
  CONTRACT_TYPES,
  FITS,
  PLACEMENT_STATUSES,
  PLACEMENT_TYPES,
  SOURCES,
  TWV_STATUSES,
  type ContractType,
  type LabourRightsSignal,
  type TwvStatus,
  type Fit,
  type PlacementStatus,
  type PlacementType,
  type Source,
} from './placement.enums.js';
import { END_REASONS, type EndReason } from './transitions.js';
import { protectionBasisSql } from './work-permit.js';
import type { ProtectionBasis } from '../households/household.enums.js';

@Entity('placements')
@Index('ix_placements_person', ['personId', 'startDate'])
@Index('ix_placements_employer', ['employerId'])
@Index('ix_placements_vacancy', ['vacancyId'])
@Index('ix_placements_organization_status', ['organizationId', 'status'])
// Partial (migration IndexesForNationalScale): the deadlines' contract ends.
@Index('ix_placements_contract_end', { synchronize: false })
@Check('ck_placements_type', oneOf('type', PLACEMENT_TYPES))
@Check('ck_placements_contract_type', oneOf('contract_type', CONTRACT_TYPES))
@Check('ck_placements_fit', oneOf('fit', FITS))
@Check('ck_placements_status', oneOf('status', PLACEMENT_STATUSES))
@Check('ck_placements_source', oneOf('source', SOURCES))
@Check('ck_placements_hours', 'hours_per_week IS NULL OR hours_per_week BETWEEN 0 AND 60')
@Check(
  'ck_placements_end_reason',
  `end_reason IS NULL OR (status = 'ended' AND end_reason IN (${END_REASONS.map((r) => `'${r}'`).join(', ')}))`,
)
@Check('ck_placements_twv_status', oneOf('twv_status', TWV_STATUSES))
@Check('ck_placements_hourly_wage', 'hourly_wage IS NULL OR hourly_wage BETWEEN 0 AND 1000')
@Check('ck_placements_actual_hours', 'actual_hours_per_week IS NULL OR actual_hours_per_week BETWEEN 0 AND 80')
@Check('ck_placements_end_after_start', 'end_date IS NULL OR start_date IS NULL OR end_date >= start_date')
export class Placement extends CaseRecord {
  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'fk_placements_organization' })
  organization?: Organization;

  @Column('uuid')
  personId: string;

  @ManyToOne(() => Person, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'fk_placements_person' })
  person?: Person;

  @Column('uuid', { nullable: true })
  employerId: string | null;

  @ManyToOne(() => Employer, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'employer_id', foreignKeyConstraintName: 'fk_placements_employer' })
  employer?: Employer;

  /** The vacancy it fills, when it came from one (a suggestion proposed in one click). */
  @Column('uuid', { nullable: true })
  vacancyId: string | null;

  @ManyToOne(() => Vacancy, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'vacancy_id', foreignKeyConstraintName: 'fk_placements_vacancy' })
  vacancy?: Vacancy;

  /** The matcher who follows this placement. */
  @Column('uuid', { nullable: true })
  matcherId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'matcher_id', foreignKeyConstraintName: 'fk_placements_matcher' })
  matcher?: User;

  @Column('text')
  type: PlacementType;

  @Column('text', { default: 'none' })
  contractType: ContractType;

  @Column('numeric', {
    precision: 4,
    scale: 1,
    nullable: true,
    transformer: {
      to: (v: number | null | undefined) => v,
      from: (v: string | null) => (v === null ? null : Number(v)),
    },
  })
  hoursPerWeek: number | null;

  @Column('date', { nullable: true })
  startDate: string | null;

  @Column('date', { nullable: true })
  endDate: string | null;

  @Column('text', { nullable: true })
  sector: string | null;

  @Column('text', { nullable: true })
  jobTitle: string | null;

  /** Does it match the person's training and experience, or is it "anything goes"? */
  @Column('text', { nullable: true })
  fit: Fit | null;

  @Column('text', { default: 'proposed' })
  status: PlacementStatus;

  /** Why it ended: asked when a running placement ends, cleared when that is undone. */
  @Column('text', { nullable: true })
  endReason: EndReason | null;

  @Column('text', { nullable: true })
  source: Source | null;

  /** The agreed gross hourly wage, in euros. */
  @Column('numeric', {
    precision: 6,
    scale: 2,
    nullable: true,
    transformer: {
      to: (v: number | null | undefined) => v,
      from: (v: string | null) => (v === null ? null : Number(v)),
    },
  })
  hourlyWage: number | null;

  /** The hours actually worked per week, where they differ from the agreed `hoursPerWeek`. */
  @Column('numeric', {
    precision: 4,
    scale: 1,
    nullable: true,
    transformer: {
      to: (v: number | null | undefined) => v,
      from: (v: string | null) => (v === null ? null : Number(v)),
    },
  })
  actualHoursPerWeek: number | null;

  /** When the employer notified UWV of the work (temporary protection: before the start). */
  @Column('date', { nullable: true })
  uwvNotifiedOn: string | null;

  /** The work permit (TWV) of the employer, or of the client for self-employed work. */
  @Column('text', { default: 'not_needed' })
  twvStatus: TwvStatus;

  @Column('date', { nullable: true })
  twvAppliedOn: string | null;

  /** When the TWV was granted or refused. */
  @Column('date', { nullable: true })
  twvDecidedOn: string | null;

  /** Labour-rights signals (underpaid, unpaid wages, ...), oldest first. */
  @Column('jsonb', { default: () => "'[]'" })
  signals: LabourRightsSignal[];

  @Column('text', { nullable: true })
  notes: string | null;

  /** A contract, and not a one-off gig: derived by the database, never typed in. */
  @Column({
    type: 'boolean',
    generatedType: 'STORED',
    asExpression: "contract_type <> 'none' AND type <> 'one_off_gig'",
    insert: false,
    update: false,
  })
  longTerm: boolean;

  /** The protection basis the work-permit rule reads (work-permit.ts); not stored with the placement. */
  @VirtualColumn({ type: 'text', query: (alias) => `SELECT ${protectionBasisSql(`${alias}.person_id`)}` })
  protectionBasis: ProtectionBasis | null;

  @VirtualColumn({
    type: 'json',
    query: (alias) =>
      `SELECT COALESCE(json_agg(json_build_object('status', c.status, 'on', to_char(c.changed_on, 'YYYY-MM-DD')) ORDER BY c.changed_on, c.changed_at), '[]'::json) FROM placement_status_changes c WHERE c.placement_id = ${alias}.id`,
  })
  statusHistory: { status: PlacementStatus; on: string }[];
}
