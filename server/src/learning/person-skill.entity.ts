import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { CaseRecord } from '../common/database/record.entity.js';
import { oneOf } from '../common/database/check.js';
import { Organization } from '../organizations/organization.entity.js';
import { Person } from '../persons/person.entity.js';
import { Skill } from '../skills/skill.entity.js';
import { SKILL_LEVELS, type SkillLevel } from './learning.enums.js';

@Entity('person_skills')
// One live row per person and skill (partial unique index in the migration); the suggestions look up by skill.
@Index('uq_person_skills_person_skill', { synchronize: false })
@Index('ix_person_skills_skill', ['skillId', 'personId'])
@Check('ck_person_skills_level', oneOf('level', SKILL_LEVELS))
export class PersonSkill extends CaseRecord {
  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'fk_person_skills_organization' })
  organization?: Organization;

  @Column('uuid')
  personId: string;

  @ManyToOne(() => Person, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'fk_person_skills_person' })
  person?: Person;

  @Column('uuid')
  skillId: string;

  @ManyToOne(() => Skill, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'skill_id', foreignKeyConstraintName: 'fk_person_skills_skill' })
  skill?: Skill;

  @Column('text', { nullable: true })
  level: SkillLevel | null;

  /** Seen at work, a trial day or an internship, not only said. */
  @Column('boolean', { default: false })
  shownInPractice: boolean;
}
