import type { EntityManager } from 'typeorm';
import { SeededRandom } from './random.js';

/** Sectors of the demo and the shared skills (by key) a person of that sector may have. */
const SECTOR_SKILLS: Record<string, string[]> = {
  care: ['nursing_assistant', 'personal_care', 'lifting_techniques', 'dementia_care', 'reporting_care', 'first_aid'],
  hospitality: ['cook', 'kitchen_assistant', 'food_hygiene_haccp', 'serving_tables', 'barista', 'ukrainian_cuisine'],
  logistics: ['order_picker', 'forklift_certificate', 'hand_scanner', 'warehouse_worker', 'vca'],
  cleaning: ['cleaner', 'cleaning_machines', 'cleaning_agents'],
  education: ['teaching_assistant', 'primary_teacher', 'tutoring', 'lang_english'],
  it: ['software_developer', 'software_tester', 'python', 'sql'],
};
const GENERAL = ['teamwork', 'punctuality', 'shift_work', 'lang_ukrainian', 'lang_russian', 'driving_licence_b'];

const VACANCIES: {
  title: string;
  sector: keyof typeof SECTOR_SKILLS;
  municipality: string;
  hours: number;
  contract: string;
  level: string | null;
}[] = [
  {
    title: 'Helpende thuiszorg',
    sector: 'care',
    municipality: 'Zaanstad',
    hours: 24,
    contract: 'fixed_term',
    level: 'A2',
  },
  {
    title: 'Verzorgende IG',
    sector: 'care',
    municipality: 'Amsterdam',
    hours: 32,
    contract: 'fixed_term',
    level: 'B1',
  },
  {
    title: 'Keukenhulp',
    sector: 'hospitality',
    municipality: 'Amsterdam',
    hours: 20,
    contract: 'on_call',
    level: null,
  },
  {
    title: 'Zelfstandig werkend kok',
    sector: 'hospitality',
    municipality: 'Nijmegen',
    hours: 36,
    contract: 'permanent',
    level: 'A2',
  },
  { title: 'Orderpicker', sector: 'logistics', municipality: 'Zaanstad', hours: 38, contract: 'agency', level: 'A1' },
  {
    title: 'Schoonmaker kantoren',
    sector: 'cleaning',
    municipality: 'Nijmegen',
    hours: 16,
    contract: 'fixed_term',
    level: null,
  },
  {
    title: 'Onderwijsassistent',
    sector: 'education',
    municipality: 'Amsterdam',
    hours: 24,
    contract: 'fixed_term',
    level: 'B2',
  },
  { title: 'Software tester', sector: 'it', municipality: 'Amsterdam', hours: 40, contract: 'permanent', level: null },
];

/**
 * The placement organisation's skills and learning (issue 16): skills of the
 * persons it matches (some shown in practice), Dutch assessed over time,
 * diplomas with their evaluation, courses, and open vacancies at its
 * employers. Pseudonymous like the rest of the demo; no placements, so the
 * placement figures stay those of the report.
 */
export async function seedLearningAndVacancies(manager: EntityManager, organizationId: string): Promise<void> {
  const random = new SeededRandom(16_16);
  const skills = new Map(
    (
      await manager.query<{ id: string; key: string }[]>(`SELECT id, key FROM skills WHERE organization_id IS NULL`)
    ).map((s) => [s.key, s.id]),
  );
  const persons = await manager.query<{ id: string }[]>(
    `SELECT id FROM persons WHERE organization_id = $1 AND matching_since IS NOT NULL ORDER BY created_at, id`,
    [organizationId],
  );
  const sectors = Object.keys(SECTOR_SKILLS);
  for (const [i, person] of persons.entries()) {
    const sector = sectors[i % sectors.length];
    const own = [...new Set([...SECTOR_SKILLS[sector].filter(() => random.chance(0.6)), random.pick(GENERAL)])];
    for (const key of own) {
      await manager.query(
        `INSERT INTO person_skills (organization_id, person_id, skill_id, level, shown_in_practice) VALUES ($1, $2, $3, $4, $5)`,
        [
          organizationId,
          person.id,
          skills.get(key),
          random.pick(['basic', 'experienced', 'expert']),
          random.chance(0.4),
        ],
      );
    }
    await manager.query(`UPDATE persons SET hours_wanted_per_week = $2 WHERE id = $1`, [
      person.id,
      random.pick([16, 20, 24, 32, 36, 40]),
    ]);
    // Dutch over time: an intake, then a course test some months later.
    const levels = ['A0', 'A1', 'A2', 'B1', 'B2'];
    const start = random.int(0, 2);
    const steps = random.int(1, 3);
    for (let s = 0; s < steps; s++) {
      await manager.query(
        `INSERT INTO language_assessments (organization_id, person_id, language, level, assessed_on, method)
         VALUES ($1, $2, 'nl', $3, $4, $5)`,
        [
          organizationId,
          person.id,
          levels[Math.min(start + s, levels.length - 1)],
          `202${4 + s}-0${random.int(1, 9)}-1${random.int(0, 9)}`,
          s === 0 ? 'intake_interview' : random.pick(['course_test', 'formal_exam', 'observed_at_work']),
        ],
      );
    }
    await manager.query(
      `UPDATE persons p SET language_levels = p.language_levels || jsonb_build_object('nl', (
         SELECT la.level FROM language_assessments la WHERE la.person_id = p.id AND la.language = 'nl'
          ORDER BY la.assessed_on DESC LIMIT 1)) WHERE p.id = $1`,
      [person.id],
    );
    if (random.chance(0.5)) {
      const regulated = sector === 'care' ? 'care_big' : sector === 'education' ? 'teaching' : 'none';
      await manager.query(
        `INSERT INTO qualifications (organization_id, person_id, title, country, field, evaluated_by, evaluated_on, result, regulated_profession, recognition_status)
         VALUES ($1, $2, $3, 'UA', $4, $5, $6, $7, $8, $9)`,
        [
          organizationId,
          person.id,
          {
            care: 'Молодший спеціаліст з медсестринства',
            education: 'Бакалавр освіти',
            it: 'Бакалавр комп’ютерних наук',
          }[sector] ?? 'Кваліфікований робітник',
          sector,
          random.pick(['nuffic_idw', 'sbb', 'duo']),
          `2025-0${random.int(1, 9)}-15`,
          random.pick(['mbo_3', 'mbo_4', 'hbo_bachelor']),
          regulated,
          regulated === 'none' ? null : random.pick(['not_applied', 'applied', 'recognised']),
        ],
      );
    }
    if (random.chance(0.7)) {
      const kind = random.pick([
        'language_formal',
        'language_practice',
        'vocational_training',
        'job_application_workshop',
      ]);
      await manager.query(
        `INSERT INTO courses (organization_id, person_id, kind, title, provider, field, hours_per_week, start_date, completed)
         VALUES ($1, $2, $3, $4, $5, $6, $7, '2025-09-01', $8)`,
        [
          organizationId,
          person.id,
          kind,
          {
            language_formal: 'NT2 B1',
            language_practice: 'Taalmaatje',
            vocational_training: 'Helpende zorg en welzijn',
            job_application_workshop: 'Solliciteren in Nederland',
          }[kind],
          kind === 'language_practice' ? 'Taalhuis' : 'ROC',
          kind === 'vocational_training' ? 'care' : null,
          kind === 'language_practice' ? 2 : 6,
          random.chance(0.5),
        ],
      );
    }
  }

  const employers = await manager.query<{ id: string }[]>(
    `SELECT id FROM employers WHERE organization_id = $1 ORDER BY name LIMIT $2`,
    [organizationId, VACANCIES.length],
  );
  for (const [i, v] of VACANCIES.entries()) {
    await manager.query(
      `INSERT INTO vacancies (organization_id, employer_id, title, sector, municipality, hours_per_week, contract_type, language, language_level, skill_ids)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        organizationId,
        employers[i % employers.length].id,
        v.title,
        v.sector,
        v.municipality,
        v.hours,
        v.contract,
        v.level ? 'nl' : null,
        v.level,
        SECTOR_SKILLS[v.sector].slice(0, 3).map((key) => skills.get(key)),
      ],
    );
  }
}
