import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { CaseRecord } from '../common/database/record.entity.js';
import { oneOf } from '../common/database/check.js';
import { Organization } from '../organizations/organization.entity.js';
import { Household } from '../households/household.entity.js';
import { SHELTER_TYPES, type ShelterType } from '../households/household.enums.js';

/**
 * A household moving from one shelter to the next, with the notice it had
 * and whether it chose to. Forced moves at a few days' notice stand between
 * people and work (letter 002, "Opvang": "soms worden mensen slechts 2 dagen
 * van tevoren geïnformeerd"); the household's current shelter follows its
 * latest move (ShelterMovesService).
 */
@Entity('shelter_moves')
@Index('ix_shelter_moves_household_date', ['householdId', 'date'])
@Index('ix_shelter_moves_organization_date', ['organizationId', 'date'])
@Check('ck_shelter_moves_from_shelter_type', oneOf('from_shelter_type', SHELTER_TYPES))
@Check('ck_shelter_moves_to_shelter_type', oneOf('to_shelter_type', SHELTER_TYPES))
@Check('ck_shelter_moves_notice_days', 'notice_days IS NULL OR notice_days BETWEEN 0 AND 365')
export class ShelterMove extends CaseRecord {
  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'fk_shelter_moves_organization' })
  organization?: Organization;

  @Column('uuid')
  householdId: string;

  @ManyToOne(() => Household, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'household_id', foreignKeyConstraintName: 'fk_shelter_moves_household' })
  household?: Household;

  /** The day of the move: it happened, so not ahead (the household's current shelter follows it). */
  @Column('date')
  date: string;

  @Column('text')
  fromShelterType: ShelterType;

  @Column('text')
  toShelterType: ShelterType;

  /** Where from and to, as the caseworker names the place (a town, a location): no address. */
  @Column('text', { nullable: true })
  fromPlace: string | null;

  @Column('text', { nullable: true })
  toPlace: string | null;

  /** Days between being told and moving; null when nobody knows. */
  @Column('integer', { nullable: true })
  noticeDays: number | null;

  /** Decided for the household (the shelter closed, the host family stopped), not chosen by it. */
  @Column('boolean', { default: false })
  forced: boolean;

  @Column('text', { nullable: true })
  reason: string | null;
}
