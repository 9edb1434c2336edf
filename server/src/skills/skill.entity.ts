import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { CaseRecord } from '../common/database/record.entity.js';
import { oneOf } from '../common/database/check.js';
import { Organization } from '../organizations/organization.entity.js';
import { SKILL_KINDS, type SkillKind } from './skill.enums.js';

/**
 * An occupation or skill. The shared starting list (shipped in skills.json,
 * loaded by a migration) has no organisation; an organisation adds its own,
 * which only it sees and changes.
 */
@Entity('skills')
@Index('ix_skills_organization', ['organizationId'])
@Check('ck_skills_kind', oneOf('kind', SKILL_KINDS))
export class Skill extends CaseRecord {
  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'fk_skills_organization' })
  organization?: Organization;

  /** Stable key of a shared skill (e.g. `care_nursing_assistant`); null for an organisation's own. */
  @Column('text', { nullable: true, unique: true })
  key: string | null;

  @Column('text')
  kind: SkillKind;

  /** A broad sector (care, hospitality, logistics, …), the words the vacancies use. */
  @Column('text', { nullable: true })
  sector: string | null;

  @Column('text')
  nameNl: string;

  @Column('text')
  nameEn: string;

  @Column('text')
  nameUk: string;
}

/**
 * `organization_id` is null for the shared list: this column takes over
 * CaseRecord's (TypeORM keeps a subclass's column of the same name), applied
 * here because TypeScript allows no decorator on a redeclared field. The
 * type stays CaseRecord's string; the repository's scope reads both.
 */
Column('uuid', { nullable: true })(Skill.prototype, 'organizationId');
