import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { CaseRecord } from '../common/database/record.entity.js';
import { oneOf } from '../common/database/check.js';
import { Organization } from '../organizations/organization.entity.js';
import { Household } from '../households/household.entity.js';
import { PROTECTION_BASES, type ProtectionBasis } from '../households/household.enums.js';
import {
  DIPLOMA_EVALUATIONS,
  EDUCATION_LEVELS,
  GENDERS,
  HOUSEHOLD_ROLES,
  type DiplomaEvaluation,
  type Gender,
  type EducationLevel,
  type HouseholdRole,
  type LanguageLevel,
  type LevelLanguage,
} from './person.enums.js';

@Entity('persons')
@Index('ix_persons_household', ['householdId'])
@Index('ix_persons_organization', ['organizationId'])
@Check('ck_persons_birth_year', 'birth_year IS NULL OR birth_year BETWEEN 1900 AND 2100')
@Check('ck_persons_household_role', oneOf('household_role', HOUSEHOLD_ROLES))
@Check('ck_persons_education_level', oneOf('education_level', EDUCATION_LEVELS))
@Check('ck_persons_gender', oneOf('gender', GENDERS))
@Check('ck_persons_protection_basis', oneOf('protection_basis', PROTECTION_BASES))
@Check('ck_persons_hours_wanted', 'hours_wanted_per_week IS NULL OR hours_wanted_per_week BETWEEN 0 AND 60')
@Check('ck_persons_diploma_evaluation', oneOf('diploma_evaluation', DIPLOMA_EVALUATIONS))
export class Person extends CaseRecord {
  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'fk_persons_organization' })
  organization?: Organization;

  @Column('uuid')
  householdId: string;

  @ManyToOne(() => Household, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'household_id', foreignKeyConstraintName: 'fk_persons_household' })
  household?: Household;

  /** First name or pseudonym, in any script. */
  @Column('text')
  firstName: string;

  @Column('int', { nullable: true })
  birthYear: number | null;

  @Column('text', { default: 'unknown' })
  gender: Gender;

  /** Arrival in the Netherlands; the cohort report counts from it (start `arrival`). */
  @Column('date', { nullable: true })
  arrivedOn: string | null;

  /** The person's own protection basis; null follows the household's (persons/protection-basis.ts). */
  @Column('text', { nullable: true })
  protectionBasis: ProtectionBasis | null;

  /** When a status holder's residence permit was granted; the cohort report's start `status`. */
  @Column('date', { nullable: true })
  statusGrantedOn: string | null;

  @Column('text', { nullable: true })
  householdRole: HouseholdRole | null;

  @Column('jsonb', { default: () => "'{}'" })
  languageLevels: Partial<Record<LevelLanguage, LanguageLevel>>;

  @Column('text', { nullable: true })
  educationLevel: EducationLevel | null;

  @Column('text', { nullable: true })
  diplomaEvaluation: DiplomaEvaluation | null;

  @Column('text', { nullable: true })
  profession: string | null;

  @Column('text', { nullable: true })
  experience: string | null;

  @Column('text', { nullable: true })
  talents: string | null;

  @Column('text', { nullable: true })
  ambitions: string | null;

  @Column('boolean', { default: false })
  childcareNeed: boolean;

  /** When a matcher's support began; the placement funnel counts the person from then. */
  @Column('date', { nullable: true })
  matchingSince: string | null;

  @Column('text', { nullable: true })
  notes: string | null;

  /** Set when the person was erased: the row is a tombstone without personal data (and soft-deleted). */
  @Column({ type: 'timestamptz', nullable: true, insert: false, update: false, select: false })
  erasedAt?: Date | null;
  /** Hours a week the person wants to work (the suggestions compare it with a vacancy's). */
  @Column('numeric', {
    precision: 4,
    scale: 1,
    nullable: true,
    transformer: {
      to: (v: number | null | undefined) => v,
      from: (v: string | null) => (v === null ? null : Number(v)),
    },
  })
  hoursWantedPerWeek: number | null;
}
