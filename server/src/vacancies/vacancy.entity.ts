import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { CaseRecord } from '../common/database/record.entity.js';
import { oneOf } from '../common/database/check.js';
import { Organization } from '../organizations/organization.entity.js';
import { Employer } from '../employers/employer.entity.js';
import { CONTRACT_TYPES, type ContractType } from '../placements/placement.enums.js';
import { LANGUAGE_LEVELS, LEVEL_LANGUAGES, type LanguageLevel, type LevelLanguage } from '../persons/person.enums.js';
import { VACANCY_STATUSES, type VacancyStatus } from './vacancy.enums.js';

@Entity('vacancies')
@Index('ix_vacancies_employer', ['employerId'])
@Index('ix_vacancies_organization_status', ['organizationId', 'status'])
@Check('ck_vacancies_status', oneOf('status', VACANCY_STATUSES))
@Check('ck_vacancies_contract_type', oneOf('contract_type', CONTRACT_TYPES))
@Check('ck_vacancies_language', oneOf('language', LEVEL_LANGUAGES))
@Check('ck_vacancies_language_level', oneOf('language_level', LANGUAGE_LEVELS))
@Check('ck_vacancies_level_with_language', '(language IS NULL) = (language_level IS NULL)')
@Check('ck_vacancies_hours', 'hours_per_week IS NULL OR hours_per_week BETWEEN 0 AND 60')
export class Vacancy extends CaseRecord {
  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'fk_vacancies_organization' })
  organization?: Organization;

  @Column('uuid')
  employerId: string;

  @ManyToOne(() => Employer, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'employer_id', foreignKeyConstraintName: 'fk_vacancies_employer' })
  employer?: Employer;

  @Column('text')
  title: string;

  @Column('text', { nullable: true })
  sector: string | null;

  @Column('text', { nullable: true })
  municipality: string | null;

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

  @Column('text', { default: 'none' })
  contractType: ContractType;

  /** The language the work needs, and at what level (both or neither). */
  @Column('text', { nullable: true })
  language: LevelLanguage | null;

  @Column('text', { nullable: true })
  languageLevel: LanguageLevel | null;

  /** Skills the work asks for (ids of `skills` the organisation sees; checked on write). */
  @Column('uuid', { array: true, default: () => "'{}'" })
  skillIds: string[];

  @Column('text', { default: 'open' })
  status: VacancyStatus;

  @Column('text', { nullable: true })
  notes: string | null;
}
