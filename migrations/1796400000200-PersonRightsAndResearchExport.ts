import type { MigrationInterface, QueryRunner } from 'typeorm';

const NEW_ORGANIZATION_TABLES = ['research_pseudonym_keys', 'research_exports'];

/**
 * Issue 13: the person's rights (export, erasure, retention) and the
 * pseudonymised research export.
 *
 * - organisations set their retention period (months after a household closed);
 * - households remember the day they closed (a trigger keeps `closed_on`, so
 *   no write path can forget it); erased persons and households stay as
 *   tombstones without personal data (`erased_at`), so the counts that identify
 *   nobody (minutes per theme, placements) stay countable;
 * - contact logs and helpdesk questions carry the "cleared for research" mark;
 * - the audit trail records erasures and exports, with non-personal details;
 * - research exports and the per-organisation pseudonym keys, under row-level security.
 */
export class PersonRightsAndResearchExport1796400000200 implements MigrationInterface {
  name = 'PersonRightsAndResearchExport1796400000200';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "organizations" ADD "retention_months" integer NOT NULL DEFAULT 24`);
    await queryRunner.query(
      `ALTER TABLE "organizations" ADD CONSTRAINT "ck_organizations_retention_months" CHECK (retention_months BETWEEN 1 AND 600)`,
    );
    await queryRunner.query(`ALTER TABLE "households" ADD "closed_on" date`);
    await queryRunner.query(`ALTER TABLE "households" ADD "erased_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "persons" ADD "erased_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`UPDATE "households" SET closed_on = updated_at::date WHERE status = 'closed'`);
    await queryRunner.query(`CREATE FUNCTION households_closed_on() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.status = 'closed' AND (TG_OP = 'INSERT' OR OLD.status IS DISTINCT FROM 'closed') THEN
          NEW.closed_on := COALESCE(NEW.closed_on, CURRENT_DATE);
        ELSIF NEW.status <> 'closed' THEN
          NEW.closed_on := NULL;
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER tr_households_closed_on BEFORE INSERT OR UPDATE OF status ON "households"
      FOR EACH ROW EXECUTE FUNCTION households_closed_on()`);
    await queryRunner.query(
      `CREATE INDEX "ix_households_closed_on" ON "households" ("organization_id", "closed_on") WHERE closed_on IS NOT NULL AND erased_at IS NULL`,
    );

    await queryRunner.query(`ALTER TABLE "contact_logs" ADD "cleared_for_research" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(
      `ALTER TABLE "helpdesk_questions" ADD "cleared_for_research" boolean NOT NULL DEFAULT false`,
    );

    await queryRunner.query(`ALTER TABLE "audit_events" DROP CONSTRAINT "ck_audit_events_action"`);
    await queryRunner.query(
      `ALTER TABLE "audit_events" ADD CONSTRAINT "ck_audit_events_action" CHECK (action IS NULL OR action IN ('create', 'update', 'delete', 'read', 'erase', 'export'))`,
    );
    await queryRunner.query(`ALTER TABLE "audit_events" ADD "detail" jsonb`);

    await queryRunner.query(
      `CREATE TABLE "research_pseudonym_keys" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "secret" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "retired_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_research_pseudonym_keys" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_research_pseudonym_keys_current" ON "research_pseudonym_keys" ("organization_id") WHERE retired_at IS NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "research_pseudonym_keys" ADD CONSTRAINT "fk_research_pseudonym_keys_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE TABLE "research_exports" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "requested_by_id" uuid, "filter" jsonb NOT NULL DEFAULT '{}', "status" text NOT NULL DEFAULT 'running', "export_date" date NOT NULL DEFAULT CURRENT_DATE, "key_id" uuid, "counts" jsonb, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "finished_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "ck_research_exports_status" CHECK (status IN ('running', 'done', 'failed')), CONSTRAINT "PK_research_exports" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_research_exports_organization" ON "research_exports" ("organization_id", "created_at")`,
    );
    await queryRunner.query(
      `ALTER TABLE "research_exports" ADD CONSTRAINT "fk_research_exports_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "research_exports" ADD CONSTRAINT "fk_research_exports_requested_by" FOREIGN KEY ("requested_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "research_exports" ADD CONSTRAINT "fk_research_exports_key" FOREIGN KEY ("key_id") REFERENCES "research_pseudonym_keys"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    const condition = 'organization_id = app_current_organization()';
    for (const table of NEW_ORGANIZATION_TABLES) {
      await queryRunner.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
      await queryRunner.query(
        `CREATE POLICY organization_isolation ON "${table}" USING (${condition}) WITH CHECK (${condition})`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "research_exports"`);
    await queryRunner.query(`DROP TABLE "research_pseudonym_keys"`);
    await queryRunner.query(`ALTER TABLE "audit_events" DROP COLUMN "detail"`);
    await queryRunner.query(`ALTER TABLE "audit_events" DROP CONSTRAINT "ck_audit_events_action"`);
    await queryRunner.query(
      `ALTER TABLE "audit_events" ADD CONSTRAINT "ck_audit_events_action" CHECK (action IS NULL OR action IN ('create', 'update', 'delete', 'read'))`,
    );
    await queryRunner.query(`ALTER TABLE "helpdesk_questions" DROP COLUMN "cleared_for_research"`);
    await queryRunner.query(`ALTER TABLE "contact_logs" DROP COLUMN "cleared_for_research"`);
    await queryRunner.query(`DROP INDEX "ix_households_closed_on"`);
    await queryRunner.query(`DROP TRIGGER tr_households_closed_on ON "households"`);
    await queryRunner.query(`DROP FUNCTION households_closed_on()`);
    await queryRunner.query(`ALTER TABLE "persons" DROP COLUMN "erased_at"`);
    await queryRunner.query(`ALTER TABLE "households" DROP COLUMN "erased_at"`);
    await queryRunner.query(`ALTER TABLE "households" DROP COLUMN "closed_on"`);
    await queryRunner.query(`ALTER TABLE "organizations" DROP CONSTRAINT "ck_organizations_retention_months"`);
    await queryRunner.query(`ALTER TABLE "organizations" DROP COLUMN "retention_months"`);
  }
}
