import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes the hot queries need at national scale (issue 19; plans and
 * figures in docs/performance.md). Each matches its query's conditions
 * exactly, soft-delete condition included, so the planner can use it.
 * Built inside the migration's transaction (a write lock per table while
 * it builds): on a large production database, run the CREATE INDEX
 * statements CONCURRENTLY by hand first; IF NOT EXISTS then skips them here.
 */
export class IndexesForNationalScale1796302288674 implements MigrationInterface {
  name = 'IndexesForNationalScale1796302288674';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Household list filtered by municipality, compared lower-cased, in reference order: a page and its count from the index.
    // A stored lower-cased column, not an index on lower(municipality): lower() is not leakproof, so under the
    // row-level security policy PostgreSQL may not evaluate it inside an index scan, and such an index goes unused.
    await queryRunner.query(
      `INSERT INTO "typeorm_metadata"("database", "schema", "table", "type", "name", "value") VALUES ($1, $2, $3, $4, $5, $6)`,
      ['postgres', 'public', 'households', 'GENERATED_COLUMN', 'municipality_key', 'lower(municipality)'],
    );
    await queryRunner.query(
      `ALTER TABLE "households" ADD "municipality_key" text GENERATED ALWAYS AS (lower(municipality)) STORED NOT NULL`,
    );
    await queryRunner.query(`CREATE INDEX IF NOT EXISTS "ix_households_organization_municipality_key"
      ON "households" ("organization_id", "municipality_key", "reference", "id") WHERE "deleted_at" IS NULL`);
    // Deadlines: each kind read by its date range within the organisation.
    await queryRunner.query(`CREATE INDEX IF NOT EXISTS "ix_households_shelter_end"
      ON "households" ("organization_id", "shelter_end_date") WHERE "deleted_at" IS NULL AND "status" = 'active' AND "shelter_end_date" IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX IF NOT EXISTS "ix_households_protection_end"
      ON "households" ("organization_id", "protection_end_date") WHERE "deleted_at" IS NULL AND "status" = 'active' AND "protection_end_date" IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX IF NOT EXISTS "ix_placements_contract_end"
      ON "placements" ("organization_id", "end_date") WHERE "deleted_at" IS NULL AND "status" IN ('started', 'extended') AND "end_date" IS NOT NULL`);
    // Theme report: minutes per label over an organisation's period read from the index alone.
    await queryRunner.query(`CREATE INDEX IF NOT EXISTS "ix_contact_log_labels_report"
      ON "contact_log_labels" ("organization_id", "occurred_at") INCLUDE ("label_id", "minutes", "primary_in_root")`);
    await queryRunner.query(`DROP INDEX IF EXISTS "ix_contact_log_labels_organization_occurred"`);
    await queryRunner.query(`DROP INDEX IF EXISTS "ix_contact_logs_unlabelled"`);
    await queryRunner.query(`CREATE INDEX "ix_contact_logs_unlabelled"
      ON "contact_logs" ("organization_id", "occurred_at") INCLUDE ("minutes") WHERE NOT "labelled" AND "deleted_at" IS NULL`);
    // Obstacle report: counts per domain and status, and days to resolve, from the index alone.
    await queryRunner.query(`CREATE INDEX IF NOT EXISTS "ix_obstacles_report"
      ON "obstacles" ("organization_id", "domain_key", "status") INCLUDE ("identified_on", "resolved_on") WHERE "deleted_at" IS NULL`);
    await queryRunner.query(`DROP INDEX IF EXISTS "ix_obstacles_organization_domain_status"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "ix_obstacles_organization_domain_status" ON "obstacles" ("organization_id", "domain_key", "status")`,
    );
    await queryRunner.query(`DROP INDEX "ix_obstacles_report"`);
    await queryRunner.query(`DROP INDEX "ix_contact_logs_unlabelled"`);
    await queryRunner.query(
      `CREATE INDEX "ix_contact_logs_unlabelled" ON "contact_logs" ("organization_id", "occurred_at") WHERE NOT "labelled" AND "deleted_at" IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_contact_log_labels_organization_occurred" ON "contact_log_labels" ("organization_id", "occurred_at")`,
    );
    await queryRunner.query(`DROP INDEX "ix_contact_log_labels_report"`);
    await queryRunner.query(`DROP INDEX "ix_placements_contract_end"`);
    await queryRunner.query(`DROP INDEX "ix_households_protection_end"`);
    await queryRunner.query(`DROP INDEX "ix_households_shelter_end"`);
    await queryRunner.query(`DROP INDEX "ix_households_organization_municipality_key"`);
    await queryRunner.query(`ALTER TABLE "households" DROP COLUMN "municipality_key"`);
    await queryRunner.query(
      `DELETE FROM "typeorm_metadata" WHERE "type" = $1 AND "name" = $2 AND "schema" = $3 AND "table" = $4`,
      ['GENERATED_COLUMN', 'municipality_key', 'public', 'households'],
    );
  }
}
