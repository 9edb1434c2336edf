import type { MigrationInterface, QueryRunner } from 'typeorm';

export class BreakthroughPartnerOrganization1795437526386 implements MigrationInterface {
  name = 'BreakthroughPartnerOrganization1795437526386';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "breakthroughs" ADD "partner_organization_id" uuid`);
    await queryRunner.query(
      `CREATE INDEX "ix_breakthroughs_partner_organization" ON "breakthroughs"  ("partner_organization_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "breakthroughs" ADD CONSTRAINT "fk_breakthroughs_partner_organization" FOREIGN KEY ("partner_organization_id") REFERENCES "partner_organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "breakthroughs" DROP CONSTRAINT "fk_breakthroughs_partner_organization"`);
    await queryRunner.query(`DROP INDEX "public"."ix_breakthroughs_partner_organization"`);
    await queryRunner.query(`ALTER TABLE "breakthroughs" DROP COLUMN "partner_organization_id"`);
  }
}
