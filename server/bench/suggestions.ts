import type { DataSource } from 'typeorm';
import type { BenchRequest } from './load.js';
import { createDataSource } from '../src/database/data-source.js';
import { Vacancy } from '../src/vacancies/vacancy.entity.js';
import { rankPersonsSql } from '../src/vacancies/vacancies.repository.js';
import { DEFAULT_SUGGESTIONS } from '../src/vacancies/vacancies.service.js';

/** Persons in matching the suggestions are measured over (issue 16: under 200 ms). */
export const PERSONS_IN_MATCHING = 10_000;
export const SUGGESTIONS_TARGET_MS = 200;

/**
 * Gives one organisation 10,000 persons in matching, with skills, Dutch
 * levels, wanted hours and some qualifications and vocational courses, and
 * one care vacancy asking three skills and Dutch B1: what
 * `GET /api/vacancies/:id/suggestions` reads. Persons are added to the
 * organisation's households when it has fewer. As the superuser, before the
 * bookkeeping tables go.
 */
export async function prepareSuggestions(
  db: DataSource,
  orgId: string,
  headers: Record<string, string>,
): Promise<{ request: BenchRequest; inMatching: number; orgId: string; vacancyId: string }> {
  const [{ count }] = await db.query<{ count: number }[]>(
    `SELECT count(*)::int AS count FROM persons WHERE organization_id = $1 AND deleted_at IS NULL`,
    [orgId],
  );
  if (count < PERSONS_IN_MATCHING) {
    await db.query(
      `INSERT INTO persons (organization_id, household_id, first_name)
       SELECT $1, h.id, 'Bench ' || n
         FROM generate_series(1, $2) n
         JOIN LATERAL (SELECT id FROM households WHERE organization_id = $1 AND deleted_at IS NULL
                        ORDER BY id OFFSET (n % 50) LIMIT 1) h ON true`,
      [orgId, PERSONS_IN_MATCHING - count],
    );
  }
  await db.query(
    `WITH chosen AS (SELECT id FROM persons WHERE organization_id = $1 AND deleted_at IS NULL ORDER BY id LIMIT $2)
     UPDATE persons p SET matching_since = COALESCE(p.matching_since, DATE '2026-01-05'),
            hours_wanted_per_week = 16 + (abs(hashtext(p.id::text)) % 25),
            language_levels = p.language_levels || jsonb_build_object('nl', (ARRAY['A1','A2','B1','B2'])[1 + abs(hashtext(p.id::text)) % 4])
       FROM chosen WHERE chosen.id = p.id`,
    [orgId, PERSONS_IN_MATCHING],
  );
  const skills = (
    await db.query<{ id: string }[]>(
      `SELECT id FROM skills WHERE organization_id IS NULL AND sector IN ('care', 'hospitality', 'logistics') ORDER BY key`,
    )
  ).map((s) => s.id);
  // Three skills a person, from 90 or so: about one in ten has one the vacancy asks.
  await db.query(
    `INSERT INTO person_skills (organization_id, person_id, skill_id, shown_in_practice)
     SELECT DISTINCT ON (p.id, s.skill) $1::uuid, p.id, s.skill, (abs(hashtext(p.id::text)) % 3 = 0)
       FROM persons p
       CROSS JOIN LATERAL (SELECT ($2::uuid[])[1 + abs(hashtext(p.id::text || k::text)) % cardinality($2::uuid[])] AS skill
                             FROM generate_series(1, 3) k) s
      WHERE p.organization_id = $1 AND p.matching_since IS NOT NULL AND p.deleted_at IS NULL`,
    [orgId, skills],
  );
  await db.query(
    `INSERT INTO qualifications (organization_id, person_id, title, field)
     SELECT $1, p.id, 'Diploma', (ARRAY['care', 'hospitality', 'logistics', 'education'])[1 + abs(hashtext(p.id::text)) % 4]
       FROM persons p WHERE p.organization_id = $1 AND p.matching_since IS NOT NULL AND abs(hashtext(p.id::text)) % 3 = 0`,
    [orgId],
  );
  await db.query(
    `INSERT INTO courses (organization_id, person_id, kind, title, field)
     SELECT $1, p.id, 'vocational_training', 'Helpende zorg', 'care'
       FROM persons p WHERE p.organization_id = $1 AND p.matching_since IS NOT NULL AND abs(hashtext(p.id::text)) % 7 = 0`,
    [orgId],
  );
  const [employer] = await db.query<{ id: string }[]>(
    `INSERT INTO employers (organization_id, name, city) VALUES ($1, 'Bench zorg', 'Zaanstad') RETURNING id`,
    [orgId],
  );
  const [vacancy] = await db.query<{ id: string }[]>(
    `INSERT INTO vacancies (organization_id, employer_id, title, sector, municipality, hours_per_week, language, language_level, skill_ids)
     VALUES ($1, $2, 'Helpende thuiszorg', 'care', 'Zaanstad', 24, 'nl', 'B1', $3) RETURNING id`,
    [orgId, employer.id, skills.slice(0, 3)],
  );
  const [{ in_matching }] = await db.query<{ in_matching: number }[]>(
    `SELECT count(*)::int AS in_matching FROM persons WHERE organization_id = $1 AND matching_since IS NOT NULL AND deleted_at IS NULL`,
    [orgId],
  );
  await db.query('ANALYZE persons, person_skills, qualifications, courses, vacancies');
  return {
    request: { method: 'GET', path: `/api/vacancies/${vacancy.id}/suggestions`, headers },
    inMatching: in_matching,
    orgId,
    vacancyId: vacancy.id,
  };
}

/**
 * EXPLAIN (ANALYZE, BUFFERS) of the statement that ranks the persons for
 * the vacancy, as the app runs it: the runtime role, row-level security on,
 * in a transaction bound to the organisation, the default number of
 * suggestions. Returns the plan's lines.
 */
export async function explainSuggestions(appUrl: string, orgId: string, vacancyId: string): Promise<string[]> {
  const db = createDataSource(appUrl);
  await db.initialize();
  try {
    return await db.transaction(async (manager) => {
      await manager.query(`SELECT set_config('app.organization_id', $1, true)`, [orgId]);
      const vacancy = await manager.getRepository(Vacancy).findOneByOrFail({ id: vacancyId });
      const { sql, parameters } = rankPersonsSql(orgId, vacancy, DEFAULT_SUGGESTIONS);
      const rows = await manager.query<{ 'QUERY PLAN': string }[]>(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, parameters);
      return rows.map((r) => r['QUERY PLAN']);
    });
  } finally {
    await db.destroy();
  }
}
