import type { MigrationInterface, QueryRunner } from 'typeorm';

const PART_STATUSES = `'not_started', 'in_progress', 'completed', 'exempted'`;
const SHELTER_TYPES = `'host_family', 'municipal_shelter', 'hotel', 'flex_housing', 'own_rental', 'social_housing', 'other'`;
const PARTS = ['language', 'society_knowledge', 'labour_market_module', 'participation_statement'];

/**
 * Issue 14: a status holder's integration route (one per person, its four
 * parts as columns) and a household's shelter moves; a task can be made for
 * an integration route's deadline. Both tables carry their organisation and
 * are under row-level security like every other table of casework.
 */
export class IntegrationRoutesAndShelterMoves1796400000000 implements MigrationInterface {
  name = 'IntegrationRoutesAndShelterMoves1796400000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const parts = PARTS.map(
      (p) => `"${p}_status" text NOT NULL DEFAULT 'not_started', "${p}_started_on" date, "${p}_completed_on" date`,
    ).join(', ');
    const partChecks = PARTS.map(
      (p) =>
        `CONSTRAINT "ck_integration_routes_${p}_status" CHECK (${p}_status IS NULL OR ${p}_status IN (${PART_STATUSES}))`,
    ).join(', ');
    await queryRunner.query(
      `CREATE TABLE "integration_routes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "organization_id" uuid NOT NULL, "deleted_at" TIMESTAMP WITH TIME ZONE, "person_id" uuid NOT NULL, "route" text NOT NULL, "start_date" date NOT NULL, "deadline" date NOT NULL, "lesson_hours_per_week" numeric(4,1), ${parts}, "notes" text, CONSTRAINT "ck_integration_routes_route" CHECK (route IS NULL OR route IN ('b1', 'education', 'z_route')), CONSTRAINT "ck_integration_routes_deadline_after_start" CHECK (deadline >= start_date), CONSTRAINT "ck_integration_routes_lesson_hours" CHECK (lesson_hours_per_week IS NULL OR lesson_hours_per_week BETWEEN 0 AND 60), ${partChecks}, CONSTRAINT "PK_integration_routes" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_integration_routes_person" ON "integration_routes" ("person_id") WHERE deleted_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_integration_routes_organization_deadline" ON "integration_routes" ("organization_id", "deadline")`,
    );
    await queryRunner.query(
      `ALTER TABLE "integration_routes" ADD CONSTRAINT "fk_integration_routes_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "integration_routes" ADD CONSTRAINT "fk_integration_routes_person" FOREIGN KEY ("person_id") REFERENCES "persons"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );

    await queryRunner.query(
      `CREATE TABLE "shelter_moves" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "organization_id" uuid NOT NULL, "deleted_at" TIMESTAMP WITH TIME ZONE, "household_id" uuid NOT NULL, "date" date NOT NULL, "from_shelter_type" text NOT NULL, "to_shelter_type" text NOT NULL, "from_place" text, "to_place" text, "notice_days" integer, "forced" boolean NOT NULL DEFAULT false, "reason" text, CONSTRAINT "ck_shelter_moves_from_shelter_type" CHECK (from_shelter_type IS NULL OR from_shelter_type IN (${SHELTER_TYPES})), CONSTRAINT "ck_shelter_moves_to_shelter_type" CHECK (to_shelter_type IS NULL OR to_shelter_type IN (${SHELTER_TYPES})), CONSTRAINT "ck_shelter_moves_notice_days" CHECK (notice_days IS NULL OR notice_days BETWEEN 0 AND 365), CONSTRAINT "PK_shelter_moves" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_shelter_moves_household_date" ON "shelter_moves" ("household_id", "date")`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_shelter_moves_organization_date" ON "shelter_moves" ("organization_id", "date")`,
    );
    await queryRunner.query(
      `ALTER TABLE "shelter_moves" ADD CONSTRAINT "fk_shelter_moves_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "shelter_moves" ADD CONSTRAINT "fk_shelter_moves_household" FOREIGN KEY ("household_id") REFERENCES "households"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );

    for (const table of ['integration_routes', 'shelter_moves']) {
      const condition = 'organization_id = app_current_organization()';
      await queryRunner.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
      await queryRunner.query(
        `CREATE POLICY organization_isolation ON "${table}" USING (${condition}) WITH CHECK (${condition})`,
      );
    }

    await queryRunner.query(`ALTER TABLE "tasks" DROP CONSTRAINT "ck_tasks_deadline_kind"`);
    await queryRunner.query(
      `ALTER TABLE "tasks" ADD CONSTRAINT "ck_tasks_deadline_kind" CHECK (deadline_kind IS NULL OR deadline_kind IN ('shelter_end', 'protection_end', 'contract_end', 'integration_deadline'))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE "tasks" SET deadline_kind = NULL, deadline_date = NULL WHERE deadline_kind = 'integration_deadline'`,
    );
    await queryRunner.query(`ALTER TABLE "tasks" DROP CONSTRAINT "ck_tasks_deadline_kind"`);
    await queryRunner.query(
      `ALTER TABLE "tasks" ADD CONSTRAINT "ck_tasks_deadline_kind" CHECK (deadline_kind IS NULL OR deadline_kind IN ('shelter_end', 'protection_end', 'contract_end'))`,
    );
    await queryRunner.query(`DROP TABLE "shelter_moves"`);
    await queryRunner.query(`DROP TABLE "integration_routes"`);
  }
}
