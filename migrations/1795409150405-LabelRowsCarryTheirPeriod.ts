import type { MigrationInterface, QueryRunner } from 'typeorm';

export class LabelRowsCarryTheirPeriod1795409150405 implements MigrationInterface {
  name = 'LabelRowsCarryTheirPeriod1795409150405';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Edited: add nullable, backfill from the logs, then NOT NULL.
    await queryRunner.query(`ALTER TABLE "contact_log_labels" ADD "occurred_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(
      `UPDATE "contact_log_labels" x SET "occurred_at" = cl."occurred_at" FROM "contact_logs" cl WHERE cl."id" = x."contact_log_id"`,
    );
    await queryRunner.query(`ALTER TABLE "contact_log_labels" ALTER COLUMN "occurred_at" SET NOT NULL`);
    await queryRunner.query(
      `CREATE INDEX "ix_contact_log_labels_organization_occurred" ON "contact_log_labels"  ("organization_id", "occurred_at") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_contact_log_labels_organization_occurred"`);
    await queryRunner.query(`ALTER TABLE "contact_log_labels" DROP COLUMN "occurred_at"`);
  }
}
