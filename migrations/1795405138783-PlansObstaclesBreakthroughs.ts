import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PlansObstaclesBreakthroughs1795405138783 implements MigrationInterface {
  name = 'PlansObstaclesBreakthroughs1795405138783';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "perspective_plans" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "organization_id" uuid NOT NULL, "deleted_at" TIMESTAMP WITH TIME ZONE, "person_id" uuid NOT NULL, "perspective" text NOT NULL DEFAULT '', "goals" jsonb NOT NULL DEFAULT '{}', "status" text NOT NULL DEFAULT 'draft', "start_date" date, "next_review_date" date, "owner_id" uuid, CONSTRAINT "ck_perspective_plans_review_after_start" CHECK (next_review_date IS NULL OR start_date IS NULL OR next_review_date >= start_date), CONSTRAINT "ck_perspective_plans_status" CHECK (status IS NULL OR status IN ('draft', 'active', 'closed')), CONSTRAINT "PK_6e96fd73ba26b81e541649a9597" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_perspective_plans_one_active" ON "perspective_plans"  ("person_id") WHERE status = 'active' AND deleted_at IS NULL`,
    );
    await queryRunner.query(`CREATE INDEX "ix_perspective_plans_person" ON "perspective_plans"  ("person_id") `);
    await queryRunner.query(
      `CREATE TABLE "plan_reviews" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "plan_id" uuid NOT NULL, "reviewed_on" date NOT NULL, "reviewer_id" uuid, "note" text, "snapshot" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_156728cf593bc21a68c5e03aa9f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_plan_reviews_plan" ON "plan_reviews"  ("plan_id", "reviewed_on") `);
    await queryRunner.query(
      `CREATE TABLE "obstacles" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "organization_id" uuid NOT NULL, "deleted_at" TIMESTAMP WITH TIME ZONE, "plan_id" uuid, "person_id" uuid NOT NULL, "household_id" uuid NOT NULL, "domain_key" text NOT NULL, "title" text NOT NULL, "description" text, "severity" text NOT NULL DEFAULT 'medium', "status" text NOT NULL DEFAULT 'open', "identified_on" date NOT NULL, "resolved_on" date, "systemic" boolean NOT NULL DEFAULT false, "systemic_note" text, CONSTRAINT "ck_obstacles_resolved_after_identified" CHECK (resolved_on IS NULL OR resolved_on >= identified_on), CONSTRAINT "ck_obstacles_resolved_on" CHECK ((status = 'resolved') = (resolved_on IS NOT NULL)), CONSTRAINT "ck_obstacles_status" CHECK (status IS NULL OR status IN ('open', 'in_progress', 'resolved', 'not_resolvable')), CONSTRAINT "ck_obstacles_severity" CHECK (severity IS NULL OR severity IN ('low', 'medium', 'high')), CONSTRAINT "PK_1acf5a7ec4294a96d95251dc5c9" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_obstacles_organization_domain_status" ON "obstacles"  ("organization_id", "domain_key", "status") `,
    );
    await queryRunner.query(`CREATE INDEX "ix_obstacles_plan" ON "obstacles"  ("plan_id") `);
    await queryRunner.query(`CREATE INDEX "ix_obstacles_household" ON "obstacles"  ("household_id") `);
    await queryRunner.query(`CREATE INDEX "ix_obstacles_person" ON "obstacles"  ("person_id") `);
    await queryRunner.query(
      `CREATE TABLE "obstacle_links" ("blocker_id" uuid NOT NULL, "blocked_id" uuid NOT NULL, CONSTRAINT "ck_obstacle_links_not_self" CHECK (blocker_id <> blocked_id), CONSTRAINT "PK_0d8aed10b6150658eb2e0df1286" PRIMARY KEY ("blocker_id", "blocked_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_obstacle_links_blocked" ON "obstacle_links"  ("blocked_id") `);
    await queryRunner.query(
      `CREATE TABLE "breakthroughs" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "organization_id" uuid NOT NULL, "deleted_at" TIMESTAMP WITH TIME ZONE, "household_id" uuid NOT NULL, "date" date NOT NULL, "title" text NOT NULL, "description" text, "partner" text, "cost_eur" numeric(10,2), "outcome" text, CONSTRAINT "ck_breakthroughs_cost" CHECK (cost_eur IS NULL OR cost_eur >= 0), CONSTRAINT "PK_9766979b2ac803cd8f09790f1a1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_breakthroughs_household_date" ON "breakthroughs"  ("household_id", "date") `,
    );
    await queryRunner.query(
      `CREATE TABLE "breakthrough_obstacles" ("breakthrough_id" uuid NOT NULL, "obstacle_id" uuid NOT NULL, CONSTRAINT "PK_d40fc15f092374d183508c1141f" PRIMARY KEY ("breakthrough_id", "obstacle_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_breakthrough_obstacles_obstacle" ON "breakthrough_obstacles"  ("obstacle_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "perspective_plans" ADD CONSTRAINT "fk_perspective_plans_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "perspective_plans" ADD CONSTRAINT "fk_perspective_plans_person" FOREIGN KEY ("person_id") REFERENCES "persons"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "perspective_plans" ADD CONSTRAINT "fk_perspective_plans_owner" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "plan_reviews" ADD CONSTRAINT "fk_plan_reviews_plan" FOREIGN KEY ("plan_id") REFERENCES "perspective_plans"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "plan_reviews" ADD CONSTRAINT "fk_plan_reviews_reviewer" FOREIGN KEY ("reviewer_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "obstacles" ADD CONSTRAINT "fk_obstacles_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "obstacles" ADD CONSTRAINT "fk_obstacles_plan" FOREIGN KEY ("plan_id") REFERENCES "perspective_plans"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "obstacles" ADD CONSTRAINT "fk_obstacles_person" FOREIGN KEY ("person_id") REFERENCES "persons"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "obstacles" ADD CONSTRAINT "fk_obstacles_household" FOREIGN KEY ("household_id") REFERENCES "households"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "obstacles" ADD CONSTRAINT "fk_obstacles_domain" FOREIGN KEY ("domain_key") REFERENCES "integration_domains"("key") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "obstacle_links" ADD CONSTRAINT "fk_obstacle_links_blocker" FOREIGN KEY ("blocker_id") REFERENCES "obstacles"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "obstacle_links" ADD CONSTRAINT "fk_obstacle_links_blocked" FOREIGN KEY ("blocked_id") REFERENCES "obstacles"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "breakthroughs" ADD CONSTRAINT "fk_breakthroughs_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "breakthroughs" ADD CONSTRAINT "fk_breakthroughs_household" FOREIGN KEY ("household_id") REFERENCES "households"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "breakthrough_obstacles" ADD CONSTRAINT "fk_breakthrough_obstacles_breakthrough" FOREIGN KEY ("breakthrough_id") REFERENCES "breakthroughs"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "breakthrough_obstacles" ADD CONSTRAINT "fk_breakthrough_obstacles_obstacle" FOREIGN KEY ("obstacle_id") REFERENCES "obstacles"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "breakthrough_obstacles" DROP CONSTRAINT "fk_breakthrough_obstacles_obstacle"`,
    );
    await queryRunner.query(
      `ALTER TABLE "breakthrough_obstacles" DROP CONSTRAINT "fk_breakthrough_obstacles_breakthrough"`,
    );
    await queryRunner.query(`ALTER TABLE "breakthroughs" DROP CONSTRAINT "fk_breakthroughs_household"`);
    await queryRunner.query(`ALTER TABLE "breakthroughs" DROP CONSTRAINT "fk_breakthroughs_organization"`);
    await queryRunner.query(`ALTER TABLE "obstacle_links" DROP CONSTRAINT "fk_obstacle_links_blocked"`);
    await queryRunner.query(`ALTER TABLE "obstacle_links" DROP CONSTRAINT "fk_obstacle_links_blocker"`);
    await queryRunner.query(`ALTER TABLE "obstacles" DROP CONSTRAINT "fk_obstacles_domain"`);
    await queryRunner.query(`ALTER TABLE "obstacles" DROP CONSTRAINT "fk_obstacles_household"`);
    await queryRunner.query(`ALTER TABLE "obstacles" DROP CONSTRAINT "fk_obstacles_person"`);
    await queryRunner.query(`ALTER TABLE "obstacles" DROP CONSTRAINT "fk_obstacles_plan"`);
    await queryRunner.query(`ALTER TABLE "obstacles" DROP CONSTRAINT "fk_obstacles_organization"`);
    await queryRunner.query(`ALTER TABLE "plan_reviews" DROP CONSTRAINT "fk_plan_reviews_reviewer"`);
    await queryRunner.query(`ALTER TABLE "plan_reviews" DROP CONSTRAINT "fk_plan_reviews_plan"`);
    await queryRunner.query(`ALTER TABLE "perspective_plans" DROP CONSTRAINT "fk_perspective_plans_owner"`);
    await queryRunner.query(`ALTER TABLE "perspective_plans" DROP CONSTRAINT "fk_perspective_plans_person"`);
    await queryRunner.query(`ALTER TABLE "perspective_plans" DROP CONSTRAINT "fk_perspective_plans_organization"`);
    await queryRunner.query(`DROP INDEX "public"."ix_breakthrough_obstacles_obstacle"`);
    await queryRunner.query(`DROP TABLE "breakthrough_obstacles"`);
    await queryRunner.query(`DROP INDEX "public"."ix_breakthroughs_household_date"`);
    await queryRunner.query(`DROP TABLE "breakthroughs"`);
    await queryRunner.query(`DROP INDEX "public"."ix_obstacle_links_blocked"`);
    await queryRunner.query(`DROP TABLE "obstacle_links"`);
    await queryRunner.query(`DROP INDEX "public"."ix_obstacles_person"`);
    await queryRunner.query(`DROP INDEX "public"."ix_obstacles_household"`);
    await queryRunner.query(`DROP INDEX "public"."ix_obstacles_plan"`);
    await queryRunner.query(`DROP INDEX "public"."ix_obstacles_organization_domain_status"`);
    await queryRunner.query(`DROP TABLE "obstacles"`);
    await queryRunner.query(`DROP INDEX "public"."ix_plan_reviews_plan"`);
    await queryRunner.query(`DROP TABLE "plan_reviews"`);
    await queryRunner.query(`DROP INDEX "public"."ix_perspective_plans_person"`);
    await queryRunner.query(`DROP INDEX "public"."uq_perspective_plans_one_active"`);
    await queryRunner.query(`DROP TABLE "perspective_plans"`);
  }
}
