import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One employer per organisation, name and city whatever the capitals, enforced
 * by the database too: the service's case-insensitive check alone let two
 * simultaneous "Race BV" / "race bv" inserts both through.
 */
export class EmployerNamesUniqueWhateverTheCase1795438848752 implements MigrationInterface {
  name = 'EmployerNamesUniqueWhateverTheCase1795438848752';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."uq_employers_organization_name_city"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_employers_organization_name_city" ON "employers" ("organization_id", lower("name"), lower("city")) WHERE deleted_at IS NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."uq_employers_organization_name_city"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_employers_organization_name_city" ON "employers" ("organization_id", "name", "city") WHERE deleted_at IS NULL`,
    );
  }
}
