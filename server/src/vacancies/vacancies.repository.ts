import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { OrgScopedRepository } from '../common/database/org-scoped.repository.js';
import { CONTRACT_TYPES } from '../placements/placement.enums.js';
import { LEVEL_LANGUAGES } from '../persons/person.enums.js';
import { personInMatching } from '../persons/in-matching.js';
import type { ProtectionBasis } from '../households/household.enums.js';
import { Vacancy } from './vacancy.entity.js';
import { VACANCY_STATUSES } from './vacancy.enums.js';
import { protectionBasisSql } from './work-permission.js';
import type { CandidateProfile } from './suggestion-score.js';

/** A placement that still runs or is proposed: the person is taken for that vacancy. */
const LIVE_PLACEMENT = `status IN ('proposed', 'started', 'extended')`;

interface CandidateRow {
  id: string;
  language_levels: CandidateProfile['languageLevels'];
  hours_wanted: string | null;
  municipality: string | null;
  protection_basis: ProtectionBasis | null;
  skills: { skillId: string; shownInPractice: boolean }[];
  training_fields: string[];
}

const toProfile = (row: CandidateRow): CandidateProfile & { id: string } => ({
  id: row.id,
  skills: row.skills,
  languageLevels: row.language_levels,
  hoursWanted: row.hours_wanted === null ? null : Number(row.hours_wanted),
  municipality: row.municipality,
  trainingFields: row.training_fields,
  protectionBasis: row.protection_basis,
});

/** The features of one person (alias `p`) matching reads; `$1` the skills asked (null: all), `$2` the sector (null: all fields). */
const PROFILE_COLUMNS = `
  p.id, p.language_levels, p.hours_wanted_per_week::text AS hours_wanted,
  (SELECT h.municipality FROM households h WHERE h.id = p.household_id) AS municipality,
  ${protectionBasisSql('p')} AS protection_basis,
  COALESCE((SELECT json_agg(json_build_object('skillId', ps.skill_id, 'shownInPractice', ps.shown_in_practice))
              FROM person_skills ps
             WHERE ps.person_id = p.id AND ps.deleted_at IS NULL
               AND ($1::uuid[] IS NULL OR ps.skill_id = ANY($1::uuid[]))), '[]'::json) AS skills,
  ARRAY(SELECT f.field FROM (
          SELECT q.field FROM qualifications q WHERE q.person_id = p.id AND q.deleted_at IS NULL AND q.field IS NOT NULL
          UNION
          SELECT c.field FROM courses c
           WHERE c.person_id = p.id AND c.deleted_at IS NULL AND c.kind = 'vocational_training' AND c.field IS NOT NULL) f
         WHERE $2::text IS NULL OR lower(trim(f.field)) = lower(trim($2::text))) AS training_fields`;

@Injectable()
export class VacanciesRepository extends OrgScopedRepository<Vacancy> {
  constructor(dataSource: DataSource) {
    super(dataSource, Vacancy, 'v', {
      resource: 'vacancies',
      sortable: {
        title: 'v.title',
        sector: 'v.sector',
        municipality: 'v.municipality',
        hoursPerWeek: 'v.hoursPerWeek',
        status: 'v.status',
        createdAt: 'v.createdAt',
      },
      filters: {
        employerId: { column: 'v.employerId', type: 'uuid' },
        status: { column: 'v.status', type: 'enum', values: VACANCY_STATUSES },
        sector: { column: 'v.sector', type: 'text' },
        municipality: { column: 'v.municipality', type: 'text' },
        contractType: { column: 'v.contractType', type: 'enum', values: CONTRACT_TYPES },
        language: { column: 'v.language', type: 'enum', values: LEVEL_LANGUAGES },
        skillIds: { column: 'v.skillIds', type: 'uuidArrayContains' },
        createdAt: { column: 'v.createdAt', type: 'timestamp', range: true },
      },
      search: ['v.title', 'v.sector', 'v.municipality', 'v.notes'],
      defaultSort: ['createdAt', 'DESC'],
    });
  }

  /**
   * Every person in matching in the organisation (row-level security keeps
   * it there) who has no live placement for this vacancy, with what matching
   * reads of them: only the skills the vacancy asks for and only training
   * fields equal to its sector, so the rows stay small for 10,000 persons.
   */
  async candidatesFor(
    manager: EntityManager,
    organizationId: string,
    vacancy: Vacancy,
  ): Promise<(CandidateProfile & { id: string })[]> {
    // Set-wise, not per person: the asked skills and the sector's training fields are gathered once
    // (an index scan each) and joined, so 10,000 persons cost one pass (docs/matching.md, `npm run bench`).
    const rows = await manager.query<CandidateRow[]>(
      `WITH asked AS (
         SELECT ps.person_id, json_agg(json_build_object('skillId', ps.skill_id, 'shownInPractice', ps.shown_in_practice)) AS skills
           FROM person_skills ps
          WHERE ps.organization_id = $3 AND ps.deleted_at IS NULL AND ps.skill_id = ANY($1::uuid[])
          GROUP BY ps.person_id),
       trained AS (
         SELECT f.person_id, array_agg(DISTINCT f.field) AS fields FROM (
           SELECT q.person_id, q.field FROM qualifications q
            WHERE q.organization_id = $3 AND q.deleted_at IS NULL AND lower(trim(q.field)) = lower(trim($2::text))
           UNION ALL
           SELECT c.person_id, c.field FROM courses c
            WHERE c.organization_id = $3 AND c.deleted_at IS NULL AND c.kind = 'vocational_training'
              AND lower(trim(c.field)) = lower(trim($2::text))) f
          GROUP BY f.person_id)
       SELECT p.id, p.language_levels, p.hours_wanted_per_week::text AS hours_wanted, h.municipality,
              ${protectionBasisSql('p')} AS protection_basis,
              COALESCE(asked.skills, '[]'::json) AS skills, COALESCE(trained.fields, '{}'::text[]) AS training_fields
         FROM persons p
         JOIN households h ON h.id = p.household_id
         LEFT JOIN asked ON asked.person_id = p.id
         LEFT JOIN trained ON trained.person_id = p.id
        WHERE p.organization_id = $3 AND p.deleted_at IS NULL AND ${personInMatching('p.id')}
          AND NOT EXISTS (SELECT 1 FROM placements pl WHERE pl.person_id = p.id AND pl.vacancy_id = $4
                             AND pl.deleted_at IS NULL AND pl.${LIVE_PLACEMENT})`,
      [vacancy.skillIds, vacancy.sector, organizationId, vacancy.id],
    );
    return rows.map(toProfile);
  }

  /** One person's profile for matching (all their skills and training fields). */
  async profileOf(manager: EntityManager, personId: string): Promise<CandidateProfile & { id: string }> {
    const [row] = await manager.query<CandidateRow[]>(`SELECT ${PROFILE_COLUMNS} FROM persons p WHERE p.id = $3`, [
      null,
      null,
      personId,
    ]);
    return toProfile(row);
  }

  /** The organisation's open vacancies the person has no live placement for. */
  openFor(manager: EntityManager, organizationId: string, personId: string): Promise<Vacancy[]> {
    return this.scoped(organizationId, manager)
      .andWhere(`v.status = 'open'`)
      .andWhere(
        `NOT EXISTS (SELECT 1 FROM placements pl WHERE pl.vacancy_id = v.id AND pl.person_id = :personId
                        AND pl.deleted_at IS NULL AND pl.${LIVE_PLACEMENT})`,
        { personId },
      )
      .getMany();
  }

  /** How many live placements name this vacancy. */
  async placementCount(vacancyId: string, manager: EntityManager): Promise<number> {
    const [row] = await manager.query<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM placements WHERE vacancy_id = $1 AND deleted_at IS NULL`,
      [vacancyId],
    );
    return row.count;
  }
}
