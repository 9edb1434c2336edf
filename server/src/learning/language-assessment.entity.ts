import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { CaseRecord } from '../common/database/record.entity.js';
import { oneOf } from '../common/database/check.js';
import { Organization } from '../organizations/organization.entity.js';
import { Person } from '../persons/person.entity.js';
import { LANGUAGE_LEVELS, LEVEL_LANGUAGES, type LanguageLevel, type LevelLanguage } from '../persons/person.enums.js';
import { ASSESSMENT_METHODS, type AssessmentMethod } from './learning.enums.js';

/**
 * One assessment of one language, kept: together they are the person's
 * history. The latest per language is the person's `languageLevels` entry
 * (kept in step by the service), which the profile and matching read.
 */
@Entity('language_assessments')
@Index('ix_language_assessments_person', ['personId', 'language', 'assessedOn'])
@Check('ck_language_assessments_language', oneOf('language', LEVEL_LANGUAGES))
@Check('ck_language_assessments_level', oneOf('level', LANGUAGE_LEVELS))
@Check('ck_language_assessments_method', oneOf('method', ASSESSMENT_METHODS))
export class LanguageAssessment extends CaseRecord {
  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'fk_language_assessments_organization' })
  organization?: Organization;

  @Column('uuid')
  personId: string;

  @ManyToOne(() => Person, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'fk_language_assessments_person' })
  person?: Person;

  @Column('text')
  language: LevelLanguage;

  @Column('text')
  level: LanguageLevel;

  @Column('date')
  assessedOn: string;

  @Column('text')
  method: AssessmentMethod;
}
