import type { MigrationInterface, QueryRunner } from 'typeorm';
import { STARTING_SKILLS } from './data/starting-skills-2026.js';

const CASE = `"id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "organization_id" uuid NOT NULL, "deleted_at" TIMESTAMP WITH TIME ZONE`;
const HOURS = (column: string) => `"${column}" numeric(4,1)`;
const LEVEL_LANGUAGES = `'nl', 'en', 'uk', 'ru', 'other'`;
const LANGUAGE_LEVELS = `'A0', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'native'`;

/** Tables with organisation data (row-level security like every other, see RowLevelSecurity). */
const ORGANIZATION_TABLES = ['person_skills', 'qualifications', 'language_assessments', 'courses', 'vacancies'];

/**
 * Skills and learning of a person, and vacancies (issue 16). `skills` holds
 * the shared starting list (no organisation, loaded here from
 * data/starting-skills-2026.ts) and each organisation's own: the policy lets
 * an organisation read both and write only its own.
 */
export class SkillsLearningVacancies1796316000000 implements MigrationInterface {
  name = 'SkillsLearningVacancies1796316000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "skills" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "organization_id" uuid, "key" text, "kind" text NOT NULL, "sector" text, "name_nl" text NOT NULL, "name_en" text NOT NULL, "name_uk" text NOT NULL, "deleted_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_skills_key" UNIQUE ("key"), CONSTRAINT "ck_skills_kind" CHECK (kind IS NULL OR kind IN ('occupation', 'skill')), CONSTRAINT "PK_skills" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_skills_organization" ON "skills" ("organization_id") `);
    await queryRunner.query(
      `ALTER TABLE "skills" ADD CONSTRAINT "fk_skills_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );

    await queryRunner.query(
      `CREATE TABLE "person_skills" (${CASE}, "person_id" uuid NOT NULL, "skill_id" uuid NOT NULL, "level" text, "shown_in_practice" boolean NOT NULL DEFAULT false, CONSTRAINT "ck_person_skills_level" CHECK (level IS NULL OR level IN ('basic', 'experienced', 'expert')), CONSTRAINT "PK_person_skills" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_person_skills_person_skill" ON "person_skills" ("person_id", "skill_id") WHERE deleted_at IS NULL`,
    );
    await queryRunner.query(`CREATE INDEX "ix_person_skills_skill" ON "person_skills" ("skill_id", "person_id") `);

    await queryRunner.query(
      `CREATE TABLE "qualifications" (${CASE}, "person_id" uuid NOT NULL, "title" text NOT NULL, "country" text, "field" text, "evaluated_by" text, "evaluated_on" date, "result" text, "regulated_profession" text NOT NULL DEFAULT 'none', "recognition_status" text,
        CONSTRAINT "ck_qualifications_evaluated_by" CHECK (evaluated_by IS NULL OR evaluated_by IN ('nuffic_idw', 'sbb', 'duo', 'other')),
        CONSTRAINT "ck_qualifications_result" CHECK (result IS NULL OR result IN ('mbo_1', 'mbo_2', 'mbo_3', 'mbo_4', 'havo', 'vwo', 'hbo_associate', 'hbo_bachelor', 'wo_bachelor', 'hbo_master', 'wo_master', 'doctorate', 'not_comparable')),
        CONSTRAINT "ck_qualifications_regulated_profession" CHECK (regulated_profession IS NULL OR regulated_profession IN ('none', 'care_big', 'teaching', 'other')),
        CONSTRAINT "ck_qualifications_recognition_status" CHECK (recognition_status IS NULL OR recognition_status IN ('not_applied', 'applied', 'recognised', 'partly_recognised', 'refused')),
        CONSTRAINT "ck_qualifications_recognition_only_regulated" CHECK (recognition_status IS NULL OR regulated_profession IN ('care_big', 'teaching', 'other')),
        CONSTRAINT "PK_qualifications" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_qualifications_person" ON "qualifications" ("person_id") `);

    await queryRunner.query(
      `CREATE TABLE "language_assessments" (${CASE}, "person_id" uuid NOT NULL, "language" text NOT NULL, "level" text NOT NULL, "assessed_on" date NOT NULL, "method" text NOT NULL,
        CONSTRAINT "ck_language_assessments_language" CHECK (language IS NULL OR language IN (${LEVEL_LANGUAGES})),
        CONSTRAINT "ck_language_assessments_level" CHECK (level IS NULL OR level IN (${LANGUAGE_LEVELS})),
        CONSTRAINT "ck_language_assessments_method" CHECK (method IS NULL OR method IN ('formal_exam', 'course_test', 'intake_interview', 'observed_at_work', 'self_assessment')),
        CONSTRAINT "PK_language_assessments" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_language_assessments_person" ON "language_assessments" ("person_id", "language", "assessed_on") `,
    );

    await queryRunner.query(
      `CREATE TABLE "courses" (${CASE}, "person_id" uuid NOT NULL, "kind" text NOT NULL, "title" text NOT NULL, "provider" text, "field" text, ${HOURS('hours_per_week')}, "start_date" date, "end_date" date, "completed" boolean NOT NULL DEFAULT false,
        CONSTRAINT "ck_courses_kind" CHECK (kind IS NULL OR kind IN ('language_formal', 'language_practice', 'vocational_training', 'job_application_workshop', 'other')),
        CONSTRAINT "ck_courses_hours" CHECK (hours_per_week IS NULL OR hours_per_week BETWEEN 0 AND 60),
        CONSTRAINT "ck_courses_end_after_start" CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date),
        CONSTRAINT "PK_courses" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_courses_person" ON "courses" ("person_id") `);

    await queryRunner.query(
      `CREATE TABLE "vacancies" (${CASE}, "employer_id" uuid NOT NULL, "title" text NOT NULL, "sector" text, "municipality" text, ${HOURS('hours_per_week')}, "contract_type" text NOT NULL DEFAULT 'none', "language" text, "language_level" text, "skill_ids" uuid array NOT NULL DEFAULT '{}', "status" text NOT NULL DEFAULT 'open', "notes" text,
        CONSTRAINT "ck_vacancies_status" CHECK (status IS NULL OR status IN ('open', 'filled')),
        CONSTRAINT "ck_vacancies_contract_type" CHECK (contract_type IS NULL OR contract_type IN ('permanent', 'fixed_term', 'on_call', 'agency', 'none')),
        CONSTRAINT "ck_vacancies_language" CHECK (language IS NULL OR language IN (${LEVEL_LANGUAGES})),
        CONSTRAINT "ck_vacancies_language_level" CHECK (language_level IS NULL OR language_level IN (${LANGUAGE_LEVELS})),
        CONSTRAINT "ck_vacancies_level_with_language" CHECK ((language IS NULL) = (language_level IS NULL)),
        CONSTRAINT "ck_vacancies_hours" CHECK (hours_per_week IS NULL OR hours_per_week BETWEEN 0 AND 60),
        CONSTRAINT "PK_vacancies" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_vacancies_employer" ON "vacancies" ("employer_id") `);
    await queryRunner.query(
      `CREATE INDEX "ix_vacancies_organization_status" ON "vacancies" ("organization_id", "status") `,
    );

    for (const table of ORGANIZATION_TABLES) {
      await queryRunner.query(
        `ALTER TABLE "${table}" ADD CONSTRAINT "fk_${table}_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
      );
      if (table !== 'vacancies')
        await queryRunner.query(
          `ALTER TABLE "${table}" ADD CONSTRAINT "fk_${table}_person" FOREIGN KEY ("person_id") REFERENCES "persons"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
        );
    }
    await queryRunner.query(
      `ALTER TABLE "person_skills" ADD CONSTRAINT "fk_person_skills_skill" FOREIGN KEY ("skill_id") REFERENCES "skills"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "vacancies" ADD CONSTRAINT "fk_vacancies_employer" FOREIGN KEY ("employer_id") REFERENCES "employers"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );

    await queryRunner.query(`ALTER TABLE "placements" ADD "vacancy_id" uuid`);
    await queryRunner.query(`CREATE INDEX "ix_placements_vacancy" ON "placements" ("vacancy_id") `);
    await queryRunner.query(
      `ALTER TABLE "placements" ADD CONSTRAINT "fk_placements_vacancy" FOREIGN KEY ("vacancy_id") REFERENCES "vacancies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`ALTER TABLE "persons" ADD ${HOURS('hours_wanted_per_week')}`);
    await queryRunner.query(
      `ALTER TABLE "persons" ADD CONSTRAINT "ck_persons_hours_wanted" CHECK (hours_wanted_per_week IS NULL OR hours_wanted_per_week BETWEEN 0 AND 60)`,
    );

    for (const table of ORGANIZATION_TABLES) {
      await queryRunner.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
      await queryRunner.query(
        `CREATE POLICY organization_isolation ON "${table}" USING (organization_id = app_current_organization()) WITH CHECK (organization_id = app_current_organization())`,
      );
    }
    // The shared list is read by every organisation and written by none through the app (the owner loads it).
    await queryRunner.query(`ALTER TABLE "skills" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE "skills" FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(
      `CREATE POLICY organization_isolation ON "skills" USING (organization_id IS NULL OR organization_id = app_current_organization()) WITH CHECK (organization_id = app_current_organization())`,
    );

    // One statement for the whole list: a column per field, unnested row by row.
    const column = (i: number) => STARTING_SKILLS.map((skill) => skill[i]);
    await queryRunner.query(
      `INSERT INTO "skills" ("key", "kind", "sector", "name_nl", "name_en", "name_uk")
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[])`,
      [column(0), column(1), column(2), column(3), column(4), column(5)],
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "persons" DROP CONSTRAINT "ck_persons_hours_wanted"`);
    await queryRunner.query(`ALTER TABLE "persons" DROP COLUMN "hours_wanted_per_week"`);
    await queryRunner.query(`ALTER TABLE "placements" DROP CONSTRAINT "fk_placements_vacancy"`);
    await queryRunner.query(`DROP INDEX "public"."ix_placements_vacancy"`);
    await queryRunner.query(`ALTER TABLE "placements" DROP COLUMN "vacancy_id"`);
    for (const table of ['vacancies', 'courses', 'language_assessments', 'qualifications', 'person_skills', 'skills']) {
      await queryRunner.query(`DROP TABLE "${table}"`);
    }
  }
}
