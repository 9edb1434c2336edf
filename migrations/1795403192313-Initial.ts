import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795403192313 implements MigrationInterface {
  name = 'Initial1795403192313';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "organizations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "name" text NOT NULL, CONSTRAINT "PK_6b031fcd0863e3f6b44230163f9" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_organizations_name" ON "organizations"  ("name") `);
    await queryRunner.query(
      `CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "organization_id" uuid NOT NULL, "email" text NOT NULL, "full_name" text NOT NULL, "role" text NOT NULL, "password_hash" text NOT NULL, "active" boolean NOT NULL DEFAULT true, CONSTRAINT "ck_users_role" CHECK (role IN ('admin', 'coordinator', 'caseworker', 'researcher', 'matcher')), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_users_organization" ON "users"  ("organization_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_users_email" ON "users"  ("email") `);
    await queryRunner.query(
      `CREATE TABLE "integration_domains" ("key" text NOT NULL, "group" text NOT NULL, "order" integer NOT NULL, "name" jsonb NOT NULL, "description" text NOT NULL, "examples" jsonb NOT NULL DEFAULT '[]', "ager_strang2008" text, CONSTRAINT "ck_integration_domains_group" CHECK ("group" IN ('markers_and_means', 'social_connections', 'facilitators', 'foundation')), CONSTRAINT "PK_02c0d93030e42d55d168b589f89" PRIMARY KEY ("key"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "households" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "organization_id" uuid NOT NULL, "deleted_at" TIMESTAMP WITH TIME ZONE, "reference" text NOT NULL, "municipality" text NOT NULL, "shelter_type" text NOT NULL, "shelter_end_date" date, "protection_basis" text NOT NULL, "protection_end_date" date, "languages" text array NOT NULL DEFAULT '{}', "track" text NOT NULL, "status" text NOT NULL DEFAULT 'active', "assignee_ids" uuid array NOT NULL DEFAULT '{}', "notes" text, CONSTRAINT "ck_households_status" CHECK (status IS NULL OR status IN ('active', 'closed')), CONSTRAINT "ck_households_track" CHECK (track IS NULL OR track IN ('individual_support', 'helpdesk', 'placement')), CONSTRAINT "ck_households_protection_basis" CHECK (protection_basis IS NULL OR protection_basis IN ('temporary_protection', 'status_holder', 'asylum_seeker', 'third_country_national', 'other')), CONSTRAINT "ck_households_shelter_type" CHECK (shelter_type IS NULL OR shelter_type IN ('host_family', 'municipal_shelter', 'hotel', 'flex_housing', 'own_rental', 'social_housing', 'other')), CONSTRAINT "PK_2b1aef2640717132e9231aac756" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_households_organization_municipality" ON "households"  ("organization_id", "municipality") `,
    );
    // Added by hand: "assigned to me" filters with assignee_ids @> ARRAY[...] (the entity marks it synchronize: false).
    await queryRunner.query(`CREATE INDEX "ix_households_assignee_ids" ON "households" USING gin ("assignee_ids")`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_households_organization_reference" ON "households"  ("organization_id", "reference") WHERE deleted_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "persons" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "organization_id" uuid NOT NULL, "deleted_at" TIMESTAMP WITH TIME ZONE, "household_id" uuid NOT NULL, "first_name" text NOT NULL, "birth_year" integer, "gender" text, "household_role" text, "language_levels" jsonb NOT NULL DEFAULT '{}', "education_level" text, "diploma_evaluation" text, "profession" text, "experience" text, "talents" text, "ambitions" text, "childcare_need" boolean NOT NULL DEFAULT false, "notes" text, CONSTRAINT "ck_persons_diploma_evaluation" CHECK (diploma_evaluation IS NULL OR diploma_evaluation IN ('not_needed', 'not_started', 'requested', 'evaluated')), CONSTRAINT "ck_persons_education_level" CHECK (education_level IS NULL OR education_level IN ('none', 'primary', 'secondary', 'vocational', 'bachelor', 'master', 'doctorate')), CONSTRAINT "ck_persons_household_role" CHECK (household_role IS NULL OR household_role IN ('head', 'partner', 'child', 'parent', 'sibling', 'other')), CONSTRAINT "ck_persons_birth_year" CHECK (birth_year IS NULL OR birth_year BETWEEN 1900 AND 2100), CONSTRAINT "PK_74278d8812a049233ce41440ac7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_persons_organization" ON "persons"  ("organization_id") `);
    await queryRunner.query(`CREATE INDEX "ix_persons_household" ON "persons"  ("household_id") `);
    await queryRunner.query(
      `ALTER TABLE "users" ADD CONSTRAINT "fk_users_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "households" ADD CONSTRAINT "fk_households_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "persons" ADD CONSTRAINT "fk_persons_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "persons" ADD CONSTRAINT "fk_persons_household" FOREIGN KEY ("household_id") REFERENCES "households"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "persons" DROP CONSTRAINT "fk_persons_household"`);
    await queryRunner.query(`ALTER TABLE "persons" DROP CONSTRAINT "fk_persons_organization"`);
    await queryRunner.query(`ALTER TABLE "households" DROP CONSTRAINT "fk_households_organization"`);
    await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "fk_users_organization"`);
    await queryRunner.query(`DROP INDEX "public"."ix_persons_household"`);
    await queryRunner.query(`DROP INDEX "public"."ix_persons_organization"`);
    await queryRunner.query(`DROP TABLE "persons"`);
    await queryRunner.query(`DROP INDEX "public"."uq_households_organization_reference"`);
    await queryRunner.query(`DROP INDEX "public"."ix_households_assignee_ids"`);
    await queryRunner.query(`DROP INDEX "public"."ix_households_organization_municipality"`);
    await queryRunner.query(`DROP TABLE "households"`);
    await queryRunner.query(`DROP TABLE "integration_domains"`);
    await queryRunner.query(`DROP INDEX "public"."uq_users_email"`);
    await queryRunner.query(`DROP INDEX "public"."ix_users_organization"`);
    await queryRunner.query(`DROP TABLE "users"`);
    await queryRunner.query(`DROP INDEX "public"."uq_organizations_name"`);
    await queryRunner.query(`DROP TABLE "organizations"`);
  }
}
