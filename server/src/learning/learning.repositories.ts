import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { OrgScopedRepository } from '../common/database/org-scoped.repository.js';
import { LANGUAGE_LEVELS, LEVEL_LANGUAGES } from '../persons/person.enums.js';
import { PersonSkill } from './person-skill.entity.js';
import { Qualification } from './qualification.entity.js';
import { LanguageAssessment } from './language-assessment.entity.js';
import { Course } from './course.entity.js';
import {
  ASSESSMENT_METHODS,
  COURSE_KINDS,
  DUTCH_LEVELS,
  QUALIFICATION_EVALUATORS,
  RECOGNITION_STATUSES,
  REGULATED_PROFESSIONS,
  SKILL_LEVELS,
} from './learning.enums.js';

@Injectable()
export class PersonSkillsRepository extends OrgScopedRepository<PersonSkill> {
  constructor(dataSource: DataSource) {
    super(dataSource, PersonSkill, 'ps', {
      resource: 'person-skills',
      sortable: { level: 'ps.level', shownInPractice: 'ps.shownInPractice', createdAt: 'ps.createdAt' },
      filters: {
        personId: { column: 'ps.personId', type: 'uuid' },
        skillId: { column: 'ps.skillId', type: 'uuid' },
        level: { column: 'ps.level', type: 'enum', values: SKILL_LEVELS },
        shownInPractice: { column: 'ps.shownInPractice', type: 'boolean' },
      },
      search: [],
      defaultSort: ['createdAt', 'ASC'],
    });
  }

  /** Another live row of this person with this skill (one row per person and skill). */
  taken(
    organizationId: string,
    personId: string,
    skillId: string,
    exceptId: string | undefined,
    manager: EntityManager,
  ) {
    const qb = this.scoped(organizationId, manager).andWhere('ps.personId = :personId AND ps.skillId = :skillId', {
      personId,
      skillId,
    });
    if (exceptId) qb.andWhere('ps.id <> :exceptId', { exceptId });
    return qb.getExists();
  }
}

@Injectable()
export class QualificationsRepository extends OrgScopedRepository<Qualification> {
  constructor(dataSource: DataSource) {
    super(dataSource, Qualification, 'q', {
      resource: 'qualifications',
      sortable: { title: 'q.title', evaluatedOn: 'q.evaluatedOn', result: 'q.result', createdAt: 'q.createdAt' },
      filters: {
        personId: { column: 'q.personId', type: 'uuid' },
        evaluatedBy: { column: 'q.evaluatedBy', type: 'enum', values: QUALIFICATION_EVALUATORS },
        result: { column: 'q.result', type: 'enum', values: DUTCH_LEVELS },
        regulatedProfession: { column: 'q.regulatedProfession', type: 'enum', values: REGULATED_PROFESSIONS },
        recognitionStatus: { column: 'q.recognitionStatus', type: 'enum', values: RECOGNITION_STATUSES },
      },
      search: ['q.title', 'q.field'],
      defaultSort: ['createdAt', 'ASC'],
    });
  }
}

@Injectable()
export class LanguageAssessmentsRepository extends OrgScopedRepository<LanguageAssessment> {
  constructor(dataSource: DataSource) {
    super(dataSource, LanguageAssessment, 'la', {
      resource: 'language-assessments',
      sortable: { assessedOn: 'la.assessedOn', language: 'la.language', level: 'la.level', createdAt: 'la.createdAt' },
      filters: {
        personId: { column: 'la.personId', type: 'uuid' },
        language: { column: 'la.language', type: 'enum', values: LEVEL_LANGUAGES },
        level: { column: 'la.level', type: 'enum', values: LANGUAGE_LEVELS },
        method: { column: 'la.method', type: 'enum', values: ASSESSMENT_METHODS },
        assessedOn: { column: 'la.assessedOn', type: 'date', range: true },
      },
      search: [],
      defaultSort: ['assessedOn', 'DESC'],
    });
  }

  /**
   * Sets the person's `languageLevels` entry for `language` to the level of
   * their latest live assessment of it (leaving out `exceptId`, one being
   * removed). Returns whether the person's record changed. Without any
   * assessment left, the level typed on the person stays.
   */
  async syncPersonLevel(
    manager: EntityManager,
    personId: string,
    language: string,
    exceptId: string | null,
  ): Promise<boolean> {
    const rows = await manager.query<{ id: string }[]>(
      `UPDATE persons p
          SET language_levels = jsonb_set(p.language_levels, ARRAY[$2::text], to_jsonb(latest.level)),
              version = p.version + 1, updated_at = now()
         FROM (SELECT la.level FROM language_assessments la
                WHERE la.person_id = $1 AND la.language = $2 AND la.deleted_at IS NULL
                  AND ($3::uuid IS NULL OR la.id <> $3::uuid)
                ORDER BY la.assessed_on DESC, la.created_at DESC LIMIT 1) latest
        WHERE p.id = $1 AND (p.language_levels ->> $2) IS DISTINCT FROM latest.level
        RETURNING p.id`,
      [personId, language, exceptId],
    );
    return rows.length > 0;
  }
}

@Injectable()
export class CoursesRepository extends OrgScopedRepository<Course> {
  constructor(dataSource: DataSource) {
    super(dataSource, Course, 'c', {
      resource: 'courses',
      sortable: { startDate: 'c.startDate', title: 'c.title', kind: 'c.kind', createdAt: 'c.createdAt' },
      filters: {
        personId: { column: 'c.personId', type: 'uuid' },
        kind: { column: 'c.kind', type: 'enum', values: COURSE_KINDS },
        completed: { column: 'c.completed', type: 'boolean' },
        startDate: { column: 'c.startDate', type: 'date', range: true },
      },
      search: ['c.title', 'c.provider'],
      defaultSort: ['startDate', 'DESC'],
    });
  }
}
