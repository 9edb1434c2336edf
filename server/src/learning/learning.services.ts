import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { ActingUser } from '../common/auth/acting-user.js';
import { assertReferencesInOrg } from '../common/database/references.js';
import { fieldError } from '../common/errors/app-error.js';
import { refuseFuture } from '../common/validation/not-future.js';
import { recordAudit } from '../audit-events/record-audit.js';
import { PersonsRepository } from '../persons/persons.repository.js';
import { SkillsRepository } from '../skills/skills.repository.js';
import { PersonRecordService } from './person-record.service.js';
import { PersonSkill } from './person-skill.entity.js';
import { Qualification } from './qualification.entity.js';
import { LanguageAssessment } from './language-assessment.entity.js';
import { Course } from './course.entity.js';
import {
  CoursesRepository,
  LanguageAssessmentsRepository,
  PersonSkillsRepository,
  QualificationsRepository,
} from './learning.repositories.js';
import type {
  CreateCourseDto,
  CreateLanguageAssessmentDto,
  CreatePersonSkillDto,
  CreateQualificationDto,
  UpdateCourseDto,
  UpdateLanguageAssessmentDto,
  UpdatePersonSkillDto,
  UpdateQualificationDto,
} from './dto/learning.dto.js';

@Injectable()
export class PersonSkillsService extends PersonRecordService<PersonSkill, CreatePersonSkillDto, UpdatePersonSkillDto> {
  constructor(
    dataSource: DataSource,
    private readonly personSkills: PersonSkillsRepository,
    persons: PersonsRepository,
    private readonly skills: SkillsRepository,
  ) {
    super(dataSource, personSkills, 'Person skill', persons);
  }

  /** A skill from the shared list or the organisation's own; once per person (the level says how well). */
  protected async rules(
    actor: ActingUser,
    input: Partial<CreatePersonSkillDto>,
    existing: PersonSkill | undefined,
    manager: EntityManager,
  ) {
    if (input.skillId !== undefined && input.skillId !== existing?.skillId)
      await assertReferencesInOrg(this.skills, actor.organizationId, [input.skillId], 'skillId', manager);
    const personId = input.personId ?? existing!.personId;
    const skillId = input.skillId ?? existing!.skillId;
    if (await this.personSkills.taken(actor.organizationId, personId, skillId, existing?.id, manager))
      throw fieldError('skillId', 'skill_taken', 'the person already has this skill; change its level instead');
    return { ...input } as Partial<PersonSkill>;
  }
}

@Injectable()
export class QualificationsService extends PersonRecordService<
  Qualification,
  CreateQualificationDto,
  UpdateQualificationDto
> {
  constructor(dataSource: DataSource, qualifications: QualificationsRepository, persons: PersonsRepository) {
    super(dataSource, qualifications, 'Qualification', persons);
  }

  /** A recognition status belongs to a regulated profession; leaving the regulated profession drops it. */
  protected rules(_actor: ActingUser, input: Partial<CreateQualificationDto>, existing: Qualification | undefined) {
    const fields = { ...input } as Partial<Qualification>;
    if (input.title !== undefined) fields.title = input.title.trim();
    if (input.country) fields.country = input.country.trim().toUpperCase();
    refuseFuture({ evaluatedOn: input.evaluatedOn });
    const regulated = input.regulatedProfession ?? existing?.regulatedProfession ?? 'none';
    if (regulated === 'none') {
      if (input.recognitionStatus)
        throw fieldError(
          'recognitionStatus',
          'only_regulated_profession',
          'is only for a regulated profession (care under the BIG act, teaching)',
        );
      if (existing?.recognitionStatus) fields.recognitionStatus = null;
    }
    return fields;
  }
}

@Injectable()
export class LanguageAssessmentsService extends PersonRecordService<
  LanguageAssessment,
  CreateLanguageAssessmentDto,
  UpdateLanguageAssessmentDto
> {
  constructor(
    dataSource: DataSource,
    private readonly assessments: LanguageAssessmentsRepository,
    persons: PersonsRepository,
  ) {
    super(dataSource, assessments, 'Language assessment', persons);
  }

  protected rules(_actor: ActingUser, input: Partial<CreateLanguageAssessmentDto>) {
    // An assessment records what happened: not ahead of time.
    refuseFuture({ assessedOn: input.assessedOn });
    return { ...input } as Partial<LanguageAssessment>;
  }

  /** The person's current level per language is their latest assessment (the history stays here). */
  protected override async afterSave(
    actor: ActingUser,
    assessment: LanguageAssessment,
    _input: unknown,
    manager: EntityManager,
  ): Promise<void> {
    await this.syncLevel(actor, manager, assessment.personId, assessment.language, null);
  }

  protected override async beforeRemove(
    actor: ActingUser,
    assessment: LanguageAssessment,
    manager: EntityManager,
  ): Promise<void> {
    await this.syncLevel(actor, manager, assessment.personId, assessment.language, assessment.id);
  }

  override async update(actor: ActingUser, id: string, input: UpdateLanguageAssessmentDto) {
    // Moving an assessment to another language or person re-derives the level it left behind too.
    const before = await this.assessments.findOneInOrg(actor.organizationId, id, { rowScope: this.rowScope(actor) });
    const after = await super.update(actor, id, input);
    if (before && (before.language !== after.language || before.personId !== after.personId)) {
      await this.dataSource.transaction((manager) =>
        this.syncLevel(actor, manager, before.personId, before.language, null),
      );
    }
    return after;
  }

  private async syncLevel(
    actor: ActingUser,
    manager: EntityManager,
    personId: string,
    language: string,
    exceptId: string | null,
  ) {
    if (await this.assessments.syncPersonLevel(manager, personId, language, exceptId))
      await recordAudit(manager, actor, {
        action: 'update',
        resource: 'persons',
        recordId: personId,
        fields: ['languageLevels'],
      });
  }
}

@Injectable()
export class CoursesService extends PersonRecordService<Course, CreateCourseDto, UpdateCourseDto> {
  constructor(dataSource: DataSource, courses: CoursesRepository, persons: PersonsRepository) {
    super(dataSource, courses, 'Course', persons);
  }

  protected rules(_actor: ActingUser, input: Partial<CreateCourseDto>, existing: Course | undefined) {
    const fields = { ...input } as Partial<Course>;
    if (input.title !== undefined) fields.title = input.title.trim();
    const startDate = input.startDate !== undefined ? input.startDate : (existing?.startDate ?? null);
    const endDate = input.endDate !== undefined ? input.endDate : (existing?.endDate ?? null);
    if (startDate && endDate && endDate < startDate)
      throw fieldError('endDate', 'before_start_date', `cannot be before the start date (${startDate})`, {
        date: startDate,
      });
    return fields;
  }
}
