import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Both tables carry their organisation: under row-level security like every other (RowLevelSecurity1795450000001). */
const TABLES = ['saved_views', 'notification_reads'];

/**
 * Saved list and report views (`saved-views`) and the notifications each
 * user marked read (issue 18).
 */
export class SavedViewsAndNotificationReads1796312119126 implements MigrationInterface {
  name = 'SavedViewsAndNotificationReads1796312119126';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "saved_views" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "organization_id" uuid NOT NULL, "deleted_at" TIMESTAMP WITH TIME ZONE, "owner_id" uuid NOT NULL, "resource" text NOT NULL, "name" text NOT NULL, "shared" boolean NOT NULL DEFAULT false, "filter" jsonb NOT NULL DEFAULT '{}', "sort" jsonb, "columns" text array, "per_page" integer, CONSTRAINT "PK_30acd4fbe2058d97631ab9bb2b6" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_saved_views_organization_resource" ON "saved_views"  ("organization_id", "resource") WHERE deleted_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_saved_views_owner_resource_name" ON "saved_views"  ("owner_id", "resource", "name") WHERE deleted_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "notification_reads" ("user_id" uuid NOT NULL, "key" text NOT NULL, "organization_id" uuid NOT NULL, "read_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_336c735facc83c58aaff4497566" PRIMARY KEY ("user_id", "key"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "saved_views" ADD CONSTRAINT "fk_saved_views_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "saved_views" ADD CONSTRAINT "fk_saved_views_owner" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification_reads" ADD CONSTRAINT "fk_notification_reads_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification_reads" ADD CONSTRAINT "fk_notification_reads_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    for (const table of TABLES) {
      await queryRunner.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
      await queryRunner.query(
        `CREATE POLICY organization_isolation ON "${table}" USING (organization_id = app_current_organization()) WITH CHECK (organization_id = app_current_organization())`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of TABLES) await queryRunner.query(`DROP POLICY organization_isolation ON "${table}"`);
    await queryRunner.query(`ALTER TABLE "notification_reads" DROP CONSTRAINT "fk_notification_reads_organization"`);
    await queryRunner.query(`ALTER TABLE "notification_reads" DROP CONSTRAINT "fk_notification_reads_user"`);
    await queryRunner.query(`ALTER TABLE "saved_views" DROP CONSTRAINT "fk_saved_views_owner"`);
    await queryRunner.query(`ALTER TABLE "saved_views" DROP CONSTRAINT "fk_saved_views_organization"`);
    await queryRunner.query(`DROP TABLE "notification_reads"`);
    await queryRunner.query(`DROP INDEX "public"."uq_saved_views_owner_resource_name"`);
    await queryRunner.query(`DROP INDEX "public"."ix_saved_views_organization_resource"`);
    await queryRunner.query(`DROP TABLE "saved_views"`);
  }
}
