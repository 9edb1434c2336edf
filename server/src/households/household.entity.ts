import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { CaseRecord } from '../common/database/record.entity.js';
import { oneOf } from '../common/database/check.js';
import { Organization } from '../organizations/organization.entity.js';
import {
  HOUSEHOLD_STATUSES,
  PROTECTION_BASES,
  SHELTER_TYPES,
  TRACKS,
  type HouseholdStatus,
  type ProtectionBasis,
  type ShelterType,
  type Track,
} from './household.enums.js';

@Entity('households')
@Index('uq_households_organization_reference', ['organizationId', 'reference'], {
  unique: true,
  where: 'deleted_at IS NULL',
})
@Index('ix_households_organization_municipality', ['organizationId', 'municipality'])
// Partial and expression indexes (migration IndexesForNationalScale): declared so schema generation leaves them alone.
@Index('ix_households_organization_municipality_key', { synchronize: false })
@Index('ix_households_shelter_end', { synchronize: false })
@Index('ix_households_protection_end', { synchronize: false })
@Check('ck_households_shelter_type', oneOf('shelter_type', SHELTER_TYPES))
@Check('ck_households_protection_basis', oneOf('protection_basis', PROTECTION_BASES))
@Check('ck_households_track', oneOf('track', TRACKS))
@Check('ck_households_status', oneOf('status', HOUSEHOLD_STATUSES))
export class Household extends CaseRecord {
  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'fk_households_organization' })
  organization?: Organization;

  /** A pseudonymous code; never a name. */
  @Column('text')
  reference: string;

  @Column('text')
  municipality: string;

  /**
   * lower(municipality), kept by PostgreSQL, for the case-insensitive list filter: a plain column an
   * index can serve under row-level security (see migration IndexesForNationalScale). Never returned.
   */
  @Column({
    type: 'text',
    generatedType: 'STORED',
    asExpression: 'lower(municipality)',
    insert: false,
    update: false,
    select: false,
  })
  municipalityKey?: string;

  @Column('text')
  shelterType: ShelterType;

  @Column('date', { nullable: true })
  shelterEndDate: string | null;

  @Column('text')
  protectionBasis: ProtectionBasis;

  @Column('date', { nullable: true })
  protectionEndDate: string | null;

  @Column('text', { array: true, default: () => "'{}'" })
  languages: string[];

  @Column('text')
  track: Track;

  @Column('text', { default: 'active' })
  status: HouseholdStatus;

  /** Users of the same organisation who hold this household in their caseload. */
  @Index('ix_households_assignee_ids', { synchronize: false })
  @Column('uuid', { array: true, default: () => "'{}'" })
  assigneeIds: string[];

  @Column('text', { nullable: true })
  notes: string | null;

  /** The day the household was closed; kept by a trigger on `status`, read-only here. Retention counts from it. */
  @Column({ type: 'date', nullable: true, insert: false, update: false })
  closedOn: string | null;

  /** Set when the household was erased: the row is a tombstone without personal data (and soft-deleted). */
  @Column({ type: 'timestamptz', nullable: true, insert: false, update: false, select: false })
  erasedAt?: Date | null;
  /** Catering on site instead of eetgeld: the household owes the catering contribution too (letter 003). */
  @Column('boolean', { default: false })
  catering: boolean;
}
