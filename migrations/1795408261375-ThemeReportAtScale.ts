import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ThemeReportAtScale1795408261375 implements MigrationInterface {
  name = 'ThemeReportAtScale1795408261375';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "contact_logs" ADD "labelled" boolean NOT NULL DEFAULT false`);
    // Edited: add nullable, backfill from the logs, then NOT NULL.
    await queryRunner.query(`ALTER TABLE "contact_log_labels" ADD "organization_id" uuid`);
    await queryRunner.query(
      `UPDATE "contact_log_labels" x SET "organization_id" = cl."organization_id" FROM "contact_logs" cl WHERE cl."id" = x."contact_log_id"`,
    );
    await queryRunner.query(`ALTER TABLE "contact_log_labels" ALTER COLUMN "organization_id" SET NOT NULL`);
    await queryRunner.query(
      `UPDATE "contact_logs" cl SET "labelled" = EXISTS (SELECT 1 FROM "contact_log_labels" x WHERE x."contact_log_id" = cl."id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_contact_logs_unlabelled" ON "contact_logs" ("organization_id", "occurred_at") WHERE NOT "labelled" AND "deleted_at" IS NULL`,
    );
    await queryRunner.query(`ALTER TABLE "contact_log_labels" ADD "primary_in_root" boolean NOT NULL DEFAULT true`);
    await queryRunner.query(
      `CREATE INDEX "ix_contact_log_labels_organization" ON "contact_log_labels"  ("organization_id", "label_id") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_contact_log_labels_organization"`);
    await queryRunner.query(`ALTER TABLE "contact_log_labels" DROP COLUMN "primary_in_root"`);
    await queryRunner.query(`ALTER TABLE "contact_log_labels" DROP COLUMN "organization_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_contact_logs_unlabelled"`);
    await queryRunner.query(`ALTER TABLE "contact_logs" DROP COLUMN "labelled"`);
  }
}
