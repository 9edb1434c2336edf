import type { MigrationInterface, QueryRunner } from 'typeorm';

export class LabelRowsCarryTheirHousehold1795409785870 implements MigrationInterface {
  name = 'LabelRowsCarryTheirHousehold1795409785870';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Edited: add nullable, backfill from the logs, then NOT NULL.
    await queryRunner.query(`ALTER TABLE "contact_log_labels" ADD "household_id" uuid`);
    await queryRunner.query(`ALTER TABLE "contact_log_labels" ADD "author_id" uuid`);
    await queryRunner.query(
      `UPDATE "contact_log_labels" x SET "household_id" = cl."household_id", "author_id" = cl."author_id" FROM "contact_logs" cl WHERE cl."id" = x."contact_log_id"`,
    );
    await queryRunner.query(`ALTER TABLE "contact_log_labels" ALTER COLUMN "household_id" SET NOT NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "contact_log_labels" DROP COLUMN "author_id"`);
    await queryRunner.query(`ALTER TABLE "contact_log_labels" DROP COLUMN "household_id"`);
  }
}
