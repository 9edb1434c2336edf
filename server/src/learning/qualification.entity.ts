import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { CaseRecord } from '../common/database/record.entity.js';
import { oneOf } from '../common/database/check.js';
import { Organization } from '../organizations/organization.entity.js';
import { Person } from '../persons/person.entity.js';
import {
  DUTCH_LEVELS,
  QUALIFICATION_EVALUATORS,
  RECOGNITION_STATUSES,
  REGULATED_PROFESSIONS,
  type DutchLevel,
  type QualificationEvaluator,
  type RecognitionStatus,
  type RegulatedProfession,
} from './learning.enums.js';

@Entity('qualifications')
@Index('ix_qualifications_person', ['personId'])
@Check('ck_qualifications_evaluated_by', oneOf('evaluated_by', QUALIFICATION_EVALUATORS))
@Check('ck_qualifications_result', oneOf('result', DUTCH_LEVELS))
@Check('ck_qualifications_regulated_profession', oneOf('regulated_profession', REGULATED_PROFESSIONS))
@Check('ck_qualifications_recognition_status', oneOf('recognition_status', RECOGNITION_STATUSES))
@Check(
  'ck_qualifications_recognition_only_regulated',
  "recognition_status IS NULL OR regulated_profession IN ('care_big', 'teaching', 'other')",
)
export class Qualification extends CaseRecord {
  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'fk_qualifications_organization' })
  organization?: Organization;

  @Column('uuid')
  personId: string;

  @ManyToOne(() => Person, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'fk_qualifications_person' })
  person?: Person;

  @Column('text')
  title: string;

  /** Where it was obtained (ISO 3166 alpha-2, e.g. UA). */
  @Column('text', { nullable: true })
  country: string | null;

  /** The field of study, in the sector words vacancies use (care, education, ...): the suggestions' training fit. */
  @Column('text', { nullable: true })
  field: string | null;

  @Column('text', { nullable: true })
  evaluatedBy: QualificationEvaluator | null;

  @Column('date', { nullable: true })
  evaluatedOn: string | null;

  /** The Dutch level it was valued at. */
  @Column('text', { nullable: true })
  result: DutchLevel | null;

  @Column('text', { default: 'none' })
  regulatedProfession: RegulatedProfession;

  /** For a regulated profession (BIG register, teaching): where recognition stands. */
  @Column('text', { nullable: true })
  recognitionStatus: RecognitionStatus | null;
}
