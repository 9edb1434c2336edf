import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { OrgScopedRepository } from '../common/database/org-scoped.repository.js';
import { Skill } from './skill.entity.js';
import { SKILL_KINDS } from './skill.enums.js';

@Injectable()
export class SkillsRepository extends OrgScopedRepository<Skill> {
  constructor(dataSource: DataSource) {
    super(dataSource, Skill, 's', {
      resource: 'skills',
      sortable: {
        nameNl: 's.nameNl',
        nameEn: 's.nameEn',
        nameUk: 's.nameUk',
        sector: 's.sector',
        kind: 's.kind',
        createdAt: 's.createdAt',
      },
      filters: {
        kind: { column: 's.kind', type: 'enum', values: SKILL_KINDS },
        sector: { column: 's.sector', type: 'text' },
        shared: { column: '(s.organization_id IS NULL)', type: 'boolean' },
      },
      // Found in whichever language the reader types.
      search: ['s.nameNl', 's.nameEn', 's.nameUk'],
      defaultSort: ['nameNl', 'ASC'],
    });
  }

  /** The shared list and the organisation's own: what it sees, and what its records may refer to. */
  protected override scoped(
    organizationId: string,
    manager: EntityManager = this.dataSource.manager,
  ): SelectQueryBuilder<Skill> {
    return manager
      .createQueryBuilder(Skill, 's')
      .where('(s.organizationId = :organizationId OR s.organizationId IS NULL)', { organizationId });
  }

  /** How many live person skills and vacancies use this skill. */
  async usage(skillId: string, manager: EntityManager): Promise<number> {
    const [row] = await manager.query<{ count: number }[]>(
      `SELECT ((SELECT count(*) FROM person_skills WHERE skill_id = $1 AND deleted_at IS NULL)
             + (SELECT count(*) FROM vacancies WHERE $1 = ANY(skill_ids) AND deleted_at IS NULL))::int AS count`,
      [skillId],
    );
    return row.count;
  }
}
