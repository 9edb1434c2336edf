import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Placements1795406077346 implements MigrationInterface {
  name = 'Placements1795406077346';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "employers" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "organization_id" uuid NOT NULL, "deleted_at" TIMESTAMP WITH TIME ZONE, "name" text NOT NULL, "sector" text, "city" text NOT NULL DEFAULT '', "contact_name" text, "contact_email" text, "contact_phone" text, "notes" text, "status" text NOT NULL DEFAULT 'contacted', CONSTRAINT "ck_employers_status" CHECK (status IS NULL OR status IN ('contacted', 'active', 'inactive')), CONSTRAINT "PK_f2c1aea3e8d7aa3c5fba949c97d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_employers_organization_name_city" ON "employers"  ("organization_id", "name", "city") WHERE deleted_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "network_conversations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "organization_id" uuid NOT NULL, "deleted_at" TIMESTAMP WITH TIME ZONE, "person_id" uuid NOT NULL, "employer_id" uuid, "contact" text, "date" date NOT NULL, "sector" text, "outcome" text, "notes" text, CONSTRAINT "ck_network_conversations_with_whom" CHECK (employer_id IS NOT NULL OR contact IS NOT NULL), CONSTRAINT "ck_network_conversations_outcome" CHECK (outcome IS NULL OR outcome IN ('lead', 'no_lead', 'follow_up')), CONSTRAINT "PK_0c3db855c3737dd1a33780ba5f8" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_network_conversations_employer" ON "network_conversations"  ("employer_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_network_conversations_person" ON "network_conversations"  ("person_id", "date") `,
    );
    await queryRunner.query(
      `INSERT INTO "typeorm_metadata"("database", "schema", "table", "type", "name", "value") VALUES ($1, $2, $3, $4, $5, $6)`,
      [
        'postgres',
        'public',
        'placements',
        'GENERATED_COLUMN',
        'long_term',
        "contract_type <> 'none' AND type <> 'one_off_gig'",
      ],
    );
    await queryRunner.query(
      `CREATE TABLE "placements" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "organization_id" uuid NOT NULL, "deleted_at" TIMESTAMP WITH TIME ZONE, "person_id" uuid NOT NULL, "employer_id" uuid, "matcher_id" uuid, "type" text NOT NULL, "contract_type" text NOT NULL DEFAULT 'none', "hours_per_week" numeric(4,1), "start_date" date, "end_date" date, "sector" text, "job_title" text, "fit" text, "status" text NOT NULL DEFAULT 'proposed', "source" text, "notes" text, "long_term" boolean GENERATED ALWAYS AS (contract_type <> 'none' AND type <> 'one_off_gig') STORED NOT NULL, CONSTRAINT "ck_placements_end_after_start" CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date), CONSTRAINT "ck_placements_hours" CHECK (hours_per_week IS NULL OR hours_per_week BETWEEN 0 AND 60), CONSTRAINT "ck_placements_source" CHECK (source IS NULL OR source IN ('matcher', 'informal_network', 'agency', 'municipality')), CONSTRAINT "ck_placements_status" CHECK (status IS NULL OR status IN ('proposed', 'started', 'ended', 'extended')), CONSTRAINT "ck_placements_fit" CHECK (fit IS NULL OR fit IN ('fits', 'partly', 'does_not_fit')), CONSTRAINT "ck_placements_contract_type" CHECK (contract_type IS NULL OR contract_type IN ('permanent', 'fixed_term', 'on_call', 'agency', 'none')), CONSTRAINT "ck_placements_type" CHECK (type IS NULL OR type IN ('paid_job', 'internship', 'volunteer', 'one_off_gig')), CONSTRAINT "PK_91cca43a1baa03ee278d7be74da" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_placements_organization_status" ON "placements"  ("organization_id", "status") `,
    );
    await queryRunner.query(`CREATE INDEX "ix_placements_employer" ON "placements"  ("employer_id") `);
    await queryRunner.query(`CREATE INDEX "ix_placements_person" ON "placements"  ("person_id", "start_date") `);
    await queryRunner.query(
      `CREATE TABLE "placement_status_changes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "placement_id" uuid NOT NULL, "status" text NOT NULL, "changed_on" date NOT NULL, "changed_by_id" uuid, "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_156154e3165ddfd01625c119f1d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_placement_status_changes_placement" ON "placement_status_changes"  ("placement_id", "changed_at") `,
    );
    await queryRunner.query(`ALTER TABLE "persons" ADD "matching_since" date`);
    await queryRunner.query(
      `ALTER TABLE "employers" ADD CONSTRAINT "fk_employers_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "network_conversations" ADD CONSTRAINT "fk_network_conversations_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "network_conversations" ADD CONSTRAINT "fk_network_conversations_person" FOREIGN KEY ("person_id") REFERENCES "persons"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "network_conversations" ADD CONSTRAINT "fk_network_conversations_employer" FOREIGN KEY ("employer_id") REFERENCES "employers"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "placements" ADD CONSTRAINT "fk_placements_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "placements" ADD CONSTRAINT "fk_placements_person" FOREIGN KEY ("person_id") REFERENCES "persons"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "placements" ADD CONSTRAINT "fk_placements_employer" FOREIGN KEY ("employer_id") REFERENCES "employers"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "placements" ADD CONSTRAINT "fk_placements_matcher" FOREIGN KEY ("matcher_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "placement_status_changes" ADD CONSTRAINT "fk_placement_status_changes_placement" FOREIGN KEY ("placement_id") REFERENCES "placements"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "placement_status_changes" DROP CONSTRAINT "fk_placement_status_changes_placement"`,
    );
    await queryRunner.query(`ALTER TABLE "placements" DROP CONSTRAINT "fk_placements_matcher"`);
    await queryRunner.query(`ALTER TABLE "placements" DROP CONSTRAINT "fk_placements_employer"`);
    await queryRunner.query(`ALTER TABLE "placements" DROP CONSTRAINT "fk_placements_person"`);
    await queryRunner.query(`ALTER TABLE "placements" DROP CONSTRAINT "fk_placements_organization"`);
    await queryRunner.query(`ALTER TABLE "network_conversations" DROP CONSTRAINT "fk_network_conversations_employer"`);
    await queryRunner.query(`ALTER TABLE "network_conversations" DROP CONSTRAINT "fk_network_conversations_person"`);
    await queryRunner.query(
      `ALTER TABLE "network_conversations" DROP CONSTRAINT "fk_network_conversations_organization"`,
    );
    await queryRunner.query(`ALTER TABLE "employers" DROP CONSTRAINT "fk_employers_organization"`);
    await queryRunner.query(`ALTER TABLE "persons" DROP COLUMN "matching_since"`);
    await queryRunner.query(`DROP INDEX "public"."ix_placement_status_changes_placement"`);
    await queryRunner.query(`DROP TABLE "placement_status_changes"`);
    await queryRunner.query(`DROP INDEX "public"."ix_placements_person"`);
    await queryRunner.query(`DROP INDEX "public"."ix_placements_employer"`);
    await queryRunner.query(`DROP INDEX "public"."ix_placements_organization_status"`);
    await queryRunner.query(`DROP TABLE "placements"`);
    await queryRunner.query(
      `DELETE FROM "typeorm_metadata" WHERE "type" = $1 AND "name" = $2 AND "database" = $3 AND "schema" = $4 AND "table" = $5`,
      ['GENERATED_COLUMN', 'long_term', 'postgres', 'public', 'placements'],
    );
    await queryRunner.query(`DROP INDEX "public"."ix_network_conversations_person"`);
    await queryRunner.query(`DROP INDEX "public"."ix_network_conversations_employer"`);
    await queryRunner.query(`DROP TABLE "network_conversations"`);
    await queryRunner.query(`DROP INDEX "public"."uq_employers_organization_name_city"`);
    await queryRunner.query(`DROP TABLE "employers"`);
  }
}
