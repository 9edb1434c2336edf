import { randomUUID } from 'node:crypto';
import { createTestApp, createTestOrg, type TestApp, type TestOrg } from './support/test-app.js';
import { personInMatching } from '../src/persons/in-matching.js';
import { LANGUAGE_LEVELS, LEVEL_LANGUAGES } from '../src/persons/person.enums.js';
import { PROTECTION_BASES } from '../src/households/household.enums.js';
import { Vacancy } from '../src/vacancies/vacancy.entity.js';
import { rankPersonsSql, rankVacanciesSql } from '../src/vacancies/vacancies.repository.js';
import {
  bySuggestionRank,
  scoreSuggestion,
  type CandidateProfile,
  type VacancyNeeds,
} from '../src/vacancies/suggestion-score.js';

/**
 * Issue 16: the suggestions are ranked in SQL (suggestion-score-sql.ts);
 * `scoreSuggestion`, the documented formula, is the oracle. Over generated
 * persons and vacancies (awkward spellings, half hours, said and shown
 * skills, deleted rows, live and ended placements) every candidate's SQL
 * score and the whole order must equal what the TypeScript gives, and the
 * API's top 100 must equal the oracle's top 100, reasons included.
 */
describe('suggestions: the SQL score against the TypeScript formula', () => {
  let t: TestApp;
  let org: TestOrg;

  // A small deterministic generator (mulberry32), so a failure can be replayed.
  let seed = 16_2026;
  const random = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let x = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)];
  const chance = (p: number) => random() < p;
  const some = <T>(values: readonly T[], max: number): T[] =>
    [...values].sort(() => random() - 0.5).slice(0, Math.floor(random() * (max + 1)));

  const MUNICIPALITIES = [
    'Zaanstad',
    ' zaanstad ',
    'ZAANSTAD',
    '\u00a0Zaanstad\t',
    'Súdwest-Fryslân',
    'SÚDWEST-FRYSLÂN',
    'Amsterdam',
    'Den Haag',
    ' ',
    '',
  ];
  const FIELDS = ['care', ' Care ', 'CARE', 'zorg', 'Zórg', 'ZÓRG', 'logistics', '\u3000care', ''];
  // 4.3 and 8.3, 4.1 and 16.1: 4 and 12 apart in decimals, not quite in binary floating point, which the TypeScript uses.
  const HOURS = [null, 0, 4.1, 4.3, 8, 8.3, 16, 16.1, 20, 20.3, 24, 24.3, 28, 32.3, 36, 36.3, 38, 40, 60];
  const PERSONS = 260;
  const VACANCIES = 30;

  let skills: string[];
  const personIds: string[] = [];
  const vacancyIds: string[] = [];

  beforeAll(async () => {
    t = await createTestApp();
    org = await createTestOrg(t, 'Oracle');
    const db = t.dataSource;
    const orgId = org.organization.id;
    skills = (
      await db.query<{ id: string }[]>(`SELECT id FROM skills WHERE organization_id IS NULL ORDER BY key LIMIT 60`)
    ).map((s) => s.id);
    const [employer] = await db.query<{ id: string }[]>(
      `INSERT INTO employers (organization_id, name, city) VALUES ($1, 'Oracle zorg', 'Zaanstad') RETURNING id`,
      [orgId],
    );

    for (let i = 0; i < VACANCIES; i++) {
      const language = chance(0.8) ? pick(LEVEL_LANGUAGES.slice(0, 3)) : null;
      const asked =
        i === 0
          ? skills.slice(0, 40) // 40 asked: a said skill is 0.75 point, the rounding the floats must get right
          : i === 1
            ? [skills[0], skills[0], skills[1]] // a repeated skill counts once
            : some(skills.slice(0, 12), 6);
      const [v] = await db.query<{ id: string }[]>(
        `INSERT INTO vacancies (organization_id, employer_id, title, sector, municipality, hours_per_week, language, language_level, skill_ids, status)
         VALUES ($1, $2, 'Vacature', $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
        [
          orgId,
          employer.id,
          chance(0.8) ? pick(FIELDS) : null,
          chance(0.8) ? pick(MUNICIPALITIES) : null,
          pick(HOURS),
          language,
          language ? pick(LANGUAGE_LEVELS) : null,
          asked,
          chance(0.85) ? 'open' : 'filled',
        ],
      );
      vacancyIds.push(v.id);
    }

    for (let i = 0; i < PERSONS; i++) {
      const [household] = await db.query<{ id: string }[]>(
        `INSERT INTO households (organization_id, reference, municipality, shelter_type, protection_basis, track, status)
         VALUES ($1, $2, $3, 'other', $4, 'placement', 'active') RETURNING id`,
        [orgId, `O-${randomUUID().slice(0, 8)}`, pick(MUNICIPALITIES), pick(PROTECTION_BASES)],
      );
      const levels: Record<string, string> = {};
      for (const language of some(LEVEL_LANGUAGES.slice(0, 3), 2)) levels[language] = pick(LANGUAGE_LEVELS);
      const [person] = await db.query<{ id: string }[]>(
        `INSERT INTO persons (organization_id, household_id, first_name, matching_since, hours_wanted_per_week, language_levels, protection_basis)
         VALUES ($1, $2, 'Oracle', $3, $4, $5, $6) RETURNING id`,
        [
          orgId,
          household.id,
          chance(0.85) ? '2026-01-05' : null,
          pick(HOURS),
          JSON.stringify(levels),
          chance(0.3) ? pick(PROTECTION_BASES) : null,
        ],
      );
      personIds.push(person.id);
      // The first 40 skills for a few: with vacancy 0 that makes every share of 40 possible.
      const own = i % 9 === 0 ? some(skills.slice(0, 40), 40) : some(skills.slice(0, 14), 5);
      for (const skillId of own)
        await db.query(
          `INSERT INTO person_skills (organization_id, person_id, skill_id, shown_in_practice, deleted_at)
           VALUES ($1, $2, $3, $4, $5)`,
          [orgId, person.id, skillId, chance(0.5), chance(0.1) ? new Date() : null],
        );
      for (let q = Math.floor(random() * 3); q > 0; q--)
        await db.query(
          `INSERT INTO qualifications (organization_id, person_id, title, field, deleted_at) VALUES ($1, $2, 'Diploma', $3, $4)`,
          [orgId, person.id, chance(0.85) ? pick(FIELDS) : null, chance(0.15) ? new Date() : null],
        );
      if (chance(0.4))
        await db.query(
          `INSERT INTO courses (organization_id, person_id, kind, title, field, deleted_at) VALUES ($1, $2, $3, 'Cursus', $4, $5)`,
          [
            orgId,
            person.id,
            pick(['vocational_training', 'vocational_training', 'language_formal']),
            chance(0.85) ? pick(FIELDS) : null,
            chance(0.15) ? new Date() : null,
          ],
        );
      // Live placements take a person out of a vacancy's list; ended or deleted ones do not.
      if (chance(0.25))
        await db.query(
          `INSERT INTO placements (organization_id, person_id, employer_id, vacancy_id, type, status, deleted_at)
           VALUES ($1, $2, $3, $4, 'paid_job', $5, $6)`,
          [
            orgId,
            person.id,
            employer.id,
            pick(vacancyIds),
            pick(['proposed', 'started', 'extended', 'ended']),
            chance(0.2) ? new Date() : null,
          ],
        );
    }
  });
  afterAll(() => t.close());

  /** Every person's full profile, read plainly (all skills, every training field), for the oracle. */
  async function allProfiles(): Promise<Map<string, CandidateProfile>> {
    const rows = await t.dataSource.query<
      {
        id: string;
        language_levels: CandidateProfile['languageLevels'];
        hours: string | null;
        municipality: string;
        protection_basis: CandidateProfile['protectionBasis'];
        skills: CandidateProfile['skills'];
        fields: string[];
      }[]
    >(
      `SELECT p.id, p.language_levels, p.hours_wanted_per_week::text AS hours, h.municipality,
              COALESCE(p.protection_basis, h.protection_basis) AS protection_basis,
              COALESCE((SELECT json_agg(json_build_object('skillId', ps.skill_id, 'shownInPractice', ps.shown_in_practice))
                          FROM person_skills ps WHERE ps.person_id = p.id AND ps.deleted_at IS NULL), '[]') AS skills,
              ARRAY(SELECT f FROM (SELECT q.field AS f FROM qualifications q WHERE q.person_id = p.id AND q.deleted_at IS NULL AND q.field IS NOT NULL
                                   UNION SELECT c.field FROM courses c WHERE c.person_id = p.id AND c.deleted_at IS NULL
                                                                       AND c.kind = 'vocational_training' AND c.field IS NOT NULL) u ORDER BY f) AS fields
         FROM persons p JOIN households h ON h.id = p.household_id WHERE p.organization_id = $1`,
      [org.organization.id],
    );
    return new Map(
      rows.map((r) => [
        r.id,
        {
          skills: r.skills,
          languageLevels: r.language_levels,
          hoursWanted: r.hours === null ? null : Number(r.hours),
          municipality: r.municipality,
          trainingFields: r.fields,
          protectionBasis: r.protection_basis,
        },
      ]),
    );
  }

  const needsOf = (v: Vacancy): VacancyNeeds => ({
    skillIds: v.skillIds,
    language: v.language,
    languageLevel: v.languageLevel,
    hoursPerWeek: v.hoursPerWeek,
    municipality: v.municipality,
    sector: v.sector,
  });

  /** A persons-in-matching query written independently of the ranking: who may be suggested for a vacancy. */
  async function candidatesFor(vacancyId: string): Promise<string[]> {
    const rows = await t.dataSource.query<{ id: string }[]>(
      `SELECT p.id FROM persons p
        WHERE p.organization_id = $1 AND p.deleted_at IS NULL AND ${personInMatching('p.id')}
          AND p.id NOT IN (SELECT person_id FROM placements WHERE vacancy_id = $2 AND deleted_at IS NULL
                                                              AND status IN ('proposed', 'started', 'extended'))`,
      [org.organization.id, vacancyId],
    );
    return rows.map((r) => r.id);
  }

  it('ranks every candidate for every vacancy with the score and order of scoreSuggestion', async () => {
    const profiles = await allProfiles();
    const vacancies = await t.dataSource.getRepository(Vacancy).findBy({ organizationId: org.organization.id });
    expect(vacancies).toHaveLength(VACANCIES);
    const scores = new Set<number>();
    for (const vacancy of vacancies) {
      const oracle = (await candidatesFor(vacancy.id))
        .map((id) => ({ id, ...scoreSuggestion(needsOf(vacancy), profiles.get(id)!) }))
        .sort(bySuggestionRank);
      const { sql, parameters } = rankPersonsSql(org.organization.id, vacancy, 10_000);
      const ranked = await t.dataSource.query<{ id: string; score: number }[]>(sql, parameters);
      expect(ranked.map((r) => `${r.id} ${r.score}`)).toEqual(oracle.map((o) => `${o.id} ${o.score}`));
      oracle.forEach((o) => scores.add(o.score));
    }
    // The generated cases reach far into the formula: many different scores, not a few.
    expect(scores.size).toBeGreaterThan(60);
  });

  it("answers a vacancy's top 100 through the API exactly as the oracle explains them", async () => {
    const profiles = await allProfiles();
    for (const vacancy of (
      await t.dataSource.getRepository(Vacancy).findBy({ organizationId: org.organization.id })
    ).slice(0, 8)) {
      const oracle = (await candidatesFor(vacancy.id))
        .map((id) => ({ id, ...scoreSuggestion(needsOf(vacancy), profiles.get(id)!) }))
        .sort(bySuggestionRank)
        .slice(0, 100)
        .map(({ id, score, reasons }) => ({ personId: id, score, reasons }));
      const res = await t
        .http()
        .get(`/api/vacancies/${vacancy.id}/suggestions?limit=100`)
        .set(org.auth('matcher'))
        .expect(200);
      expect(res.body).toEqual(oracle);
    }
  });

  it("ranks a person's open vacancies with the score and order of scoreSuggestion, in SQL and through the API", async () => {
    const profiles = await allProfiles();
    const vacancies = await t.dataSource.getRepository(Vacancy).findBy({ organizationId: org.organization.id });
    const live = await t.dataSource.query<{ person_id: string; vacancy_id: string }[]>(
      `SELECT person_id, vacancy_id FROM placements WHERE organization_id = $1 AND deleted_at IS NULL
          AND status IN ('proposed', 'started', 'extended')`,
      [org.organization.id],
    );
    for (const personId of personIds.filter((_, i) => i % 5 === 0)) {
      const oracle = vacancies
        .filter((v) => v.status === 'open' && !live.some((l) => l.person_id === personId && l.vacancy_id === v.id))
        .map((v) => ({ id: v.id, ...scoreSuggestion(needsOf(v), profiles.get(personId)!) }))
        .sort(bySuggestionRank);
      const { sql, parameters } = rankVacanciesSql(org.organization.id, personId, 10_000);
      const ranked = await t.dataSource.query<{ id: string; score: number }[]>(sql, parameters);
      expect(ranked.map((r) => `${r.id} ${r.score}`)).toEqual(oracle.map((o) => `${o.id} ${o.score}`));
      const res = await t
        .http()
        .get(`/api/persons/${personId}/suggestions?limit=100`)
        .set(org.auth('coordinator'))
        .expect(200);
      expect(res.body).toEqual(oracle.map(({ id, score, reasons }) => ({ vacancyId: id, score, reasons })));
    }
  });
});
