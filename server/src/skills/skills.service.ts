import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { CaseRecordService } from '../common/crud/case-record.service.js';
import type { ActingUser } from '../common/auth/acting-user.js';
import { AppError, conflict } from '../common/errors/app-error.js';
import { Skill } from './skill.entity.js';
import { SkillsRepository } from './skills.repository.js';
import type { CreateSkillDto, UpdateSkillDto } from './dto/skill.dto.js';

@Injectable()
export class SkillsService extends CaseRecordService<Skill, CreateSkillDto, UpdateSkillDto> {
  constructor(
    dataSource: DataSource,
    private readonly skills: SkillsRepository,
  ) {
    super(dataSource, skills, 'Skill');
  }

  /** The shared list is the same for everyone: an organisation changes only the skills it added. */
  protected prepare(
    _actor: ActingUser,
    input: Partial<CreateSkillDto>,
    existing: Skill | undefined,
  ): Promise<Partial<Skill>> {
    if (existing) refuseShared(existing);
    const fields = { ...input } as Partial<Skill> & Record<string, unknown>;
    delete fields.key;
    if (input.nameNl !== undefined) fields.nameNl = input.nameNl.trim();
    const nameNl = fields.nameNl ?? existing?.nameNl ?? '';
    // A missing translation shows the Dutch name rather than nothing.
    for (const field of ['nameEn', 'nameUk'] as const) {
      const sent = input[field]?.trim();
      if (sent) fields[field] = sent;
      else if (!existing || input[field] !== undefined) fields[field] = nameNl;
    }
    return Promise.resolve(fields);
  }

  protected override async beforeRemove(_actor: ActingUser, skill: Skill, manager: EntityManager): Promise<void> {
    refuseShared(skill);
    const count = await this.skills.usage(skill.id, manager);
    if (count > 0)
      throw conflict('skill_in_use', `This skill is used by ${count} person skill(s) or vacancies`, { count });
  }
}

function refuseShared(skill: Skill): void {
  if (skill.organizationId === null)
    throw new AppError('shared_skill', 'The shared list of skills cannot be changed; add your own skill instead');
}
