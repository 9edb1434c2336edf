import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Spreadsheet imports (server/src/imports): an upload with its parsed rows
 * until it is imported, the column mapping remembered per organisation and
 * kind, and the keys that make a second import of the same file change
 * nothing. Keys and fingerprints are hashes, so no name or reference of a
 * spreadsheet stays behind once its rows are dropped.
 */
export class SpreadsheetImports1796400000500 implements MigrationInterface {
  name = 'SpreadsheetImports1796400000500';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "imports" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "organization_id" uuid NOT NULL,
        "created_by_id" uuid,
        "kind" text NOT NULL,
        "file_name" text NOT NULL,
        "status" text NOT NULL DEFAULT 'uploaded',
        "columns" jsonb NOT NULL,
        "rows" jsonb,
        "mapping" jsonb NOT NULL DEFAULT '{}',
        "match_by" text,
        "all_or_nothing" boolean NOT NULL DEFAULT false,
        "rows_total" integer NOT NULL,
        "rows_done" integer NOT NULL DEFAULT 0,
        "rows_failed" integer NOT NULL DEFAULT 0,
        "created" integer NOT NULL DEFAULT 0,
        "updated" integer NOT NULL DEFAULT 0,
        "unchanged" integer NOT NULL DEFAULT 0,
        "errors" jsonb NOT NULL DEFAULT '[]',
        "checked_at" timestamptz,
        "finished_at" timestamptz,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "pk_imports" PRIMARY KEY ("id"),
        CONSTRAINT "fk_imports_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT,
        CONSTRAINT "fk_imports_created_by" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL,
        CONSTRAINT "ck_imports_kind" CHECK ("kind" IN ('households', 'contact-logs', 'employers', 'placements')),
        CONSTRAINT "ck_imports_status" CHECK ("status" IN ('uploaded', 'checking', 'checked', 'importing', 'done', 'failed'))
      )`);
    await queryRunner.query(
      `CREATE INDEX "ix_imports_organization_created" ON "imports" ("organization_id", "created_at")`,
    );
    await queryRunner.query(`
      CREATE TABLE "import_mappings" (
        "organization_id" uuid NOT NULL,
        "kind" text NOT NULL,
        "mapping" jsonb NOT NULL,
        "match_by" text,
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "pk_import_mappings" PRIMARY KEY ("organization_id", "kind"),
        CONSTRAINT "fk_import_mappings_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT
      )`);
    await queryRunner.query(`
      CREATE TABLE "import_keys" (
        "organization_id" uuid NOT NULL,
        "kind" text NOT NULL,
        "key_hash" text NOT NULL,
        "record_id" uuid NOT NULL,
        "fingerprint" text NOT NULL,
        CONSTRAINT "pk_import_keys" PRIMARY KEY ("organization_id", "kind", "key_hash"),
        CONSTRAINT "fk_import_keys_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT
      )`);
    await queryRunner.query(`CREATE INDEX "ix_import_keys_record" ON "import_keys" ("record_id")`);
    for (const table of ['imports', 'import_mappings', 'import_keys']) {
      await queryRunner.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
      await queryRunner.query(
        `CREATE POLICY organization_isolation ON "${table}" USING (organization_id = app_current_organization()) WITH CHECK (organization_id = app_current_organization())`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "import_keys"`);
    await queryRunner.query(`DROP TABLE "import_mappings"`);
    await queryRunner.query(`DROP TABLE "imports"`);
  }
}
