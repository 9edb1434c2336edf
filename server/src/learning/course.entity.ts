import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { CaseRecord } from '../common/database/record.entity.js';
import { oneOf } from '../common/database/check.js';
import { Organization } from '../organizations/organization.entity.js';
import { Person } from '../persons/person.entity.js';
import { COURSE_KINDS, type CourseKind } from './learning.enums.js';

/** Language lessons (formal, or practice such as a language buddy), vocational training, job-application workshops. */
@Entity('courses')
@Index('ix_courses_person', ['personId'])
@Check('ck_courses_kind', oneOf('kind', COURSE_KINDS))
@Check('ck_courses_hours', 'hours_per_week IS NULL OR hours_per_week BETWEEN 0 AND 60')
@Check('ck_courses_end_after_start', 'end_date IS NULL OR start_date IS NULL OR end_date >= start_date')
export class Course extends CaseRecord {
  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'fk_courses_organization' })
  organization?: Organization;

  @Column('uuid')
  personId: string;

  @ManyToOne(() => Person, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'fk_courses_person' })
  person?: Person;

  @Column('text')
  kind: CourseKind;

  @Column('text')
  title: string;

  @Column('text', { nullable: true })
  provider: string | null;

  /** For vocational training: the sector it trains for (the suggestions' training fit). */
  @Column('text', { nullable: true })
  field: string | null;

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

  @Column('boolean', { default: false })
  completed: boolean;
}
