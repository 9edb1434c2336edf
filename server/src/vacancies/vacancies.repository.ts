import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { OrgScopedRepository } from '../common/database/org-scoped.repository.js';
import { CONTRACT_TYPES } from '../placements/placement.enums.js';
import { LEVEL_LANGUAGES } from '../persons/person.enums.js';
import { personRowInMatching } from '../persons/in-matching.js';
import type { ProtectionBasis } from '../households/household.enums.js';
import { Vacancy } from './vacancy.entity.js';
import { VACANCY_STATUSES } from './vacancy.enums.js';
import { protectionBasisSql } from './work-permission.js';
import type { CandidateProfile } from './suggestion-score.js';
import { factorPointsSql, normalisedSql, scoreSql, skillShareSql } from './suggestion-score-sql.js';
import { effectiveProtectionBasisSql } from '../persons/protection-basis.js';

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

/** A candidate (person or vacancy) with its score in SQL (suggestion-score-sql.ts). */
export interface RankedRow {
  id: string;
  score: number;
}

/**
 * The features of one person (alias `p`) matching reads; `$1` the skills
 * asked (null: all), `$2` the sector (null: all training fields).
 */
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
         WHERE $2::text IS NULL OR ${normalisedSql('f.field')} = ${normalisedSql('$2::text')}
         ORDER BY f.field) AS training_fields`;

/** The columns the ranking orders by (ties: skills, then language, then id, as `bySuggestionRank`). */
const RANK_ORDER = `score DESC, skills DESC, language DESC, id`;

/** Adds the score over a subquery that has the six factors' points as columns. */
const withScore = (factors: string) =>
  `SELECT f.*, ${scoreSql({
    skills: 'f.skills',
    language: 'f.language',
    hours: 'f.hours',
    municipality: 'f.municipality',
    training: 'f.training',
    protection: 'f.protection',
  })} AS score FROM (${factors}) f`;

const pointColumns = (points: ReturnType<typeof factorPointsSql>) =>
  Object.entries(points)
    .map(([factor, sql]) => `${sql} AS ${factor}`)
    .join(',\n');

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
   * The organisation's persons in matching (row-level security keeps it
   * there) who have no live placement for this vacancy, ranked by the
   * score in SQL, best `limit` first, each with what matching reads of them
   * (only the skills asked and the training fields equal to the sector): the
   * caller explains them with `scoreSuggestion`. One statement; 10,000
   * persons stay in PostgreSQL (docs/matching.md, `npm run bench`).
   */
  async rankPersonsFor(
    manager: EntityManager,
    organizationId: string,
    vacancy: Vacancy,
    limit: number,
  ): Promise<(RankedRow & { profile: CandidateProfile & { id: string } })[]> {
    const { sql, parameters } = rankPersonsSql(organizationId, vacancy, limit);
    const rows = await manager.query<(CandidateRow & { score: number })[]>(sql, parameters);
    return rows.map((row) => ({ id: row.id, score: row.score, profile: toProfile(row) }));
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

  /**
   * The organisation's open vacancies the person has no live placement for,
   * ranked by the score in SQL, best `limit` first; the caller explains them.
   */
  async rankVacanciesFor(
    manager: EntityManager,
    organizationId: string,
    personId: string,
    limit: number,
  ): Promise<RankedRow[]> {
    const { sql, parameters } = rankVacanciesSql(organizationId, personId, limit);
    return manager.query<RankedRow[]>(sql, parameters);
  }

  /** The vacancies with these ids (of the organisation). */
  byIds(manager: EntityManager, organizationId: string, ids: string[]): Promise<Vacancy[]> {
    return this.scoped(organizationId, manager).andWhere('v.id IN (:...ids)', { ids }).getMany();
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

/**
 * The vacancy's ranking of persons as one statement (also what the bench
 * EXPLAINs). The asked skills and the sector's training fields are gathered
 * set-wise (an index scan each) and hashed against the persons in matching;
 * only the top `limit` are hydrated with their profile.
 */
export function rankPersonsSql(
  organizationId: string,
  vacancy: Vacancy,
  limit: number,
): { sql: string; parameters: unknown[] } {
  const asked = [...new Set(vacancy.skillIds)];
  const points = factorPointsSql(
    {
      askedCount: '$4::int',
      language: '$5::text',
      languageLevel: '$6::text',
      hoursPerWeek: '$7::numeric',
      municipality: '$8::text',
      sector: '$2::text',
    },
    {
      skillShare: 'asked.share',
      languageLevels: 'p.language_levels',
      hoursWanted: 'p.hours_wanted_per_week',
      municipality: 'h.municipality',
      trained: 'trained.person_id IS NOT NULL',
      protectionBasis: effectiveProtectionBasisSql('p', 'h'),
    },
  );
  const sector = normalisedSql('$2::text');
  // MATERIALIZED: the municipality is compared once per household, and each person's factors are computed
  // once, not again inside the score and the sort keys (which a flattened subquery would do).
  const sql = `
    WITH asked AS (
      SELECT ps.person_id, sum(${skillShareSql('ps.shown_in_practice')}) AS share
        FROM person_skills ps
       WHERE ps.organization_id = $3 AND ps.deleted_at IS NULL AND ps.skill_id = ANY($1::uuid[])
       GROUP BY ps.person_id),
    trained AS (
      SELECT q.person_id FROM qualifications q
       WHERE q.organization_id = $3 AND q.deleted_at IS NULL AND ${normalisedSql('q.field')} = ${sector}
      UNION
      SELECT c.person_id FROM courses c
       WHERE c.organization_id = $3 AND c.deleted_at IS NULL AND c.kind = 'vocational_training'
         AND ${normalisedSql('c.field')} = ${sector}),
    homes AS MATERIALIZED (
      SELECT h.id, h.protection_basis, ${points.municipality} AS municipality
        FROM households h WHERE h.organization_id = $3),
    factors AS MATERIALIZED (
      SELECT p.id, ${points.skills} AS skills, ${points.language} AS language, ${points.hours} AS hours,
             h.municipality, ${points.training} AS training, ${points.protection} AS protection
        FROM persons p
        JOIN homes h ON h.id = p.household_id
        LEFT JOIN asked ON asked.person_id = p.id
        LEFT JOIN trained ON trained.person_id = p.id
       WHERE p.organization_id = $3 AND ${personRowInMatching('p')}
         AND NOT EXISTS (SELECT 1 FROM placements pl WHERE pl.person_id = p.id AND pl.vacancy_id = $9
                            AND pl.deleted_at IS NULL AND pl.${LIVE_PLACEMENT})),
    top AS (
      ${withScore('SELECT * FROM factors')}
      ORDER BY ${RANK_ORDER} LIMIT $10)
    SELECT top.score, ${PROFILE_COLUMNS}
      FROM top JOIN persons p ON p.id = top.id
     ORDER BY top.score DESC, top.skills DESC, top.language DESC, top.id`;
  return {
    sql,
    parameters: [
      asked,
      vacancy.sector,
      organizationId,
      asked.length,
      vacancy.language,
      vacancy.languageLevel,
      vacancy.hoursPerWeek,
      vacancy.municipality,
      vacancy.id,
      limit,
    ],
  };
}

/** The person's ranking of open vacancies as one statement. */
export function rankVacanciesSql(
  organizationId: string,
  personId: string,
  limit: number,
): { sql: string; parameters: unknown[] } {
  const points = factorPointsSql(
    {
      askedCount: '(SELECT count(DISTINCT s.id) FROM unnest(v.skill_ids) s(id))',
      language: 'v.language',
      languageLevel: 'v.language_level',
      hoursPerWeek: 'v.hours_per_week',
      municipality: 'v.municipality',
      sector: 'v.sector',
    },
    {
      skillShare: `(SELECT sum(${skillShareSql('ps.shown_in_practice')}) FROM person_skills ps
                     WHERE ps.person_id = $2 AND ps.deleted_at IS NULL AND ps.skill_id = ANY(v.skill_ids))`,
      languageLevels: 'me.language_levels',
      hoursWanted: 'me.hours_wanted_per_week',
      municipality: 'me.municipality',
      trained: `EXISTS (SELECT 1 FROM fields WHERE fields.field = ${normalisedSql('v.sector')})`,
      protectionBasis: 'me.protection_basis',
    },
  );
  const sql = `
    WITH me AS (
      SELECT p.language_levels, p.hours_wanted_per_week, h.municipality,
             ${effectiveProtectionBasisSql('p', 'h')} AS protection_basis
        FROM persons p JOIN households h ON h.id = p.household_id
       WHERE p.id = $2),
    fields AS (
      SELECT ${normalisedSql('q.field')} AS field FROM qualifications q
       WHERE q.person_id = $2 AND q.deleted_at IS NULL AND q.field IS NOT NULL
      UNION
      SELECT ${normalisedSql('c.field')} FROM courses c
       WHERE c.person_id = $2 AND c.deleted_at IS NULL AND c.kind = 'vocational_training' AND c.field IS NOT NULL),
    factors AS MATERIALIZED (
      SELECT v.id, ${pointColumns(points)}
        FROM vacancies v CROSS JOIN me
       WHERE v.organization_id = $1 AND v.deleted_at IS NULL AND v.status = 'open'
         AND NOT EXISTS (SELECT 1 FROM placements pl WHERE pl.vacancy_id = v.id AND pl.person_id = $2
                            AND pl.deleted_at IS NULL AND pl.${LIVE_PLACEMENT}))
    ${withScore('SELECT * FROM factors')}
    ORDER BY ${RANK_ORDER} LIMIT $3`;
  return { sql, parameters: [organizationId, personId, limit] };
}
