import type { MigrationInterface, QueryRunner } from 'typeorm';

export class TasksCarryTheirDeadlineDate1795437438074 implements MigrationInterface {
  name = 'TasksCarryTheirDeadlineDate1795437438074';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Edited: a task made for a deadline remembers which date it was made for, so a new date is not hidden by it.
    await queryRunner.query(`ALTER TABLE "tasks" ADD "deadline_date" date`);
    // Best effort for existing tasks: the date the deadline has now.
    await queryRunner.query(`UPDATE "tasks" t SET "deadline_date" = CASE t."deadline_kind"
        WHEN 'shelter_end' THEN h."shelter_end_date" WHEN 'protection_end' THEN h."protection_end_date" END
      FROM "households" h WHERE h."id" = t."household_id" AND t."deadline_kind" IN ('shelter_end', 'protection_end')`);
    await queryRunner.query(`UPDATE "tasks" t SET "deadline_date" = pl."end_date"
      FROM "placements" pl WHERE pl."id" = t."placement_id" AND t."deadline_kind" = 'contract_end'`);
    await queryRunner.query(
      `ALTER TABLE "tasks" ADD CONSTRAINT "ck_tasks_deadline_date" CHECK (deadline_date IS NULL OR deadline_kind IS NOT NULL)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "tasks" DROP CONSTRAINT "ck_tasks_deadline_date"`);
    await queryRunner.query(`ALTER TABLE "tasks" DROP COLUMN "deadline_date"`);
  }
}
