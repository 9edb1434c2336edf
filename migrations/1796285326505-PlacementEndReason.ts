import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Why a placement ended, asked when a running placement moves to ended
 * (the status transitions in docs/domain-model.md); only an ended placement
 * carries one. Placements that ended before this stay without a reason.
 */
export class PlacementEndReason1796285326505 implements MigrationInterface {
  name = 'PlacementEndReason1796285326505';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "placements" ADD "end_reason" text`);
    await queryRunner.query(
      `ALTER TABLE "placements" ADD CONSTRAINT "ck_placements_end_reason" CHECK (end_reason IS NULL OR (status = 'ended' AND end_reason IN ('contract_completed', 'other_job', 'left_by_person', 'ended_by_employer', 'moved_away', 'other')))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "placements" DROP CONSTRAINT "ck_placements_end_reason"`);
    await queryRunner.query(`ALTER TABLE "placements" DROP COLUMN "end_reason"`);
  }
}
