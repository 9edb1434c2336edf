import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CaseloadConsentAudit1795406787411 implements MigrationInterface {
  name = 'CaseloadConsentAudit1795406787411';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "audit_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "user_id" uuid, "action" text NOT NULL, "resource" text NOT NULL, "record_id" uuid NOT NULL, "fields" text array NOT NULL DEFAULT '{}', "request_id" text, CONSTRAINT "ck_audit_events_action" CHECK (action IS NULL OR action IN ('create', 'update', 'delete', 'read')), CONSTRAINT "PK_910f64d901a5c3e9878f0d4a407" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_audit_events_user" ON "audit_events"  ("user_id", "at") `);
    await queryRunner.query(`CREATE INDEX "ix_audit_events_record" ON "audit_events"  ("record_id", "at") `);
    await queryRunner.query(
      `CREATE INDEX "ix_audit_events_organization_at" ON "audit_events"  ("organization_id", "at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "tasks" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "organization_id" uuid NOT NULL, "deleted_at" TIMESTAMP WITH TIME ZONE, "title" text NOT NULL, "due_date" date NOT NULL, "assignee_id" uuid, "household_id" uuid, "person_id" uuid, "obstacle_id" uuid, "placement_id" uuid, "status" text NOT NULL DEFAULT 'open', "done_on" date, "deadline_kind" text, "notes" text, CONSTRAINT "ck_tasks_done_on" CHECK ((status = 'done') = (done_on IS NOT NULL)), CONSTRAINT "ck_tasks_deadline_kind" CHECK (deadline_kind IS NULL OR deadline_kind IN ('shelter_end', 'protection_end', 'contract_end')), CONSTRAINT "ck_tasks_status" CHECK (status IS NULL OR status IN ('open', 'done', 'cancelled')), CONSTRAINT "PK_8d12ff38fcc62aaba2cab748772" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_tasks_household" ON "tasks"  ("household_id") `);
    await queryRunner.query(
      `CREATE INDEX "ix_tasks_assignee_status_due" ON "tasks"  ("assignee_id", "status", "due_date") `,
    );
    await queryRunner.query(
      `CREATE TABLE "partner_organizations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "organization_id" uuid NOT NULL, "deleted_at" TIMESTAMP WITH TIME ZONE, "name" text NOT NULL, "kind" text, "contact" text, "domain_keys" text array NOT NULL DEFAULT '{}', CONSTRAINT "PK_9d7eea28a3d4b1f14dd411c774e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_partner_organizations_name" ON "partner_organizations"  ("organization_id", "name") WHERE deleted_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "consents" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "organization_id" uuid NOT NULL, "deleted_at" TIMESTAMP WITH TIME ZONE, "person_id" uuid NOT NULL, "purpose" text NOT NULL, "partner_organization_id" uuid, "given_on" date NOT NULL, "given_how" text NOT NULL, "recorded_by_id" uuid, "withdrawn_on" date, CONSTRAINT "ck_consents_withdrawn_after_given" CHECK (withdrawn_on IS NULL OR withdrawn_on >= given_on), CONSTRAINT "ck_consents_sharing_partner" CHECK ((purpose = 'sharing') = (partner_organization_id IS NOT NULL)), CONSTRAINT "ck_consents_given_how" CHECK (given_how IS NULL OR given_how IN ('spoken', 'written', 'digital')), CONSTRAINT "ck_consents_purpose" CHECK (purpose IS NULL OR purpose IN ('support', 'sharing', 'research')), CONSTRAINT "PK_9efc68eb6aba7d638fb6ea034dd" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_consents_person_purpose" ON "consents"  ("person_id", "purpose") `);
    await queryRunner.query(
      `CREATE TABLE "referrals" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "organization_id" uuid NOT NULL, "deleted_at" TIMESTAMP WITH TIME ZONE, "person_id" uuid NOT NULL, "partner_organization_id" uuid NOT NULL, "domain_key" text, "reason" text, "date" date NOT NULL, "status" text NOT NULL DEFAULT 'proposed', "outcome" text, "breakthrough_id" uuid, CONSTRAINT "ck_referrals_breakthrough_when_completed" CHECK (breakthrough_id IS NULL OR status = 'completed'), CONSTRAINT "ck_referrals_status" CHECK (status IS NULL OR status IN ('proposed', 'sent', 'accepted', 'declined', 'completed')), CONSTRAINT "PK_ea9980e34f738b6252817326c08" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_referrals_partner" ON "referrals"  ("partner_organization_id") `);
    await queryRunner.query(`CREATE INDEX "ix_referrals_person" ON "referrals"  ("person_id", "date") `);
    await queryRunner.query(
      `ALTER TABLE "tasks" ADD CONSTRAINT "fk_tasks_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "tasks" ADD CONSTRAINT "fk_tasks_assignee" FOREIGN KEY ("assignee_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "tasks" ADD CONSTRAINT "fk_tasks_household" FOREIGN KEY ("household_id") REFERENCES "households"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "tasks" ADD CONSTRAINT "fk_tasks_person" FOREIGN KEY ("person_id") REFERENCES "persons"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "tasks" ADD CONSTRAINT "fk_tasks_obstacle" FOREIGN KEY ("obstacle_id") REFERENCES "obstacles"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "tasks" ADD CONSTRAINT "fk_tasks_placement" FOREIGN KEY ("placement_id") REFERENCES "placements"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "partner_organizations" ADD CONSTRAINT "fk_partner_organizations_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "consents" ADD CONSTRAINT "fk_consents_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "consents" ADD CONSTRAINT "fk_consents_person" FOREIGN KEY ("person_id") REFERENCES "persons"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "consents" ADD CONSTRAINT "fk_consents_partner_organization" FOREIGN KEY ("partner_organization_id") REFERENCES "partner_organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "consents" ADD CONSTRAINT "fk_consents_recorded_by" FOREIGN KEY ("recorded_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "referrals" ADD CONSTRAINT "fk_referrals_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "referrals" ADD CONSTRAINT "fk_referrals_person" FOREIGN KEY ("person_id") REFERENCES "persons"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "referrals" ADD CONSTRAINT "fk_referrals_partner_organization" FOREIGN KEY ("partner_organization_id") REFERENCES "partner_organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "referrals" ADD CONSTRAINT "fk_referrals_domain" FOREIGN KEY ("domain_key") REFERENCES "integration_domains"("key") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "referrals" ADD CONSTRAINT "fk_referrals_breakthrough" FOREIGN KEY ("breakthrough_id") REFERENCES "breakthroughs"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    // Added by hand: the audit trail is append-only, whoever connects.
    await queryRunner.query(`CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'audit_events is append-only'; END $$`);
    await queryRunner.query(`CREATE TRIGGER tr_audit_events_append_only BEFORE UPDATE OR DELETE ON "audit_events"
      FOR EACH ROW EXECUTE FUNCTION audit_events_append_only()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER tr_audit_events_append_only ON "audit_events"`);
    await queryRunner.query(`DROP FUNCTION audit_events_append_only()`);
    await queryRunner.query(`ALTER TABLE "referrals" DROP CONSTRAINT "fk_referrals_breakthrough"`);
    await queryRunner.query(`ALTER TABLE "referrals" DROP CONSTRAINT "fk_referrals_domain"`);
    await queryRunner.query(`ALTER TABLE "referrals" DROP CONSTRAINT "fk_referrals_partner_organization"`);
    await queryRunner.query(`ALTER TABLE "referrals" DROP CONSTRAINT "fk_referrals_person"`);
    await queryRunner.query(`ALTER TABLE "referrals" DROP CONSTRAINT "fk_referrals_organization"`);
    await queryRunner.query(`ALTER TABLE "consents" DROP CONSTRAINT "fk_consents_recorded_by"`);
    await queryRunner.query(`ALTER TABLE "consents" DROP CONSTRAINT "fk_consents_partner_organization"`);
    await queryRunner.query(`ALTER TABLE "consents" DROP CONSTRAINT "fk_consents_person"`);
    await queryRunner.query(`ALTER TABLE "consents" DROP CONSTRAINT "fk_consents_organization"`);
    await queryRunner.query(
      `ALTER TABLE "partner_organizations" DROP CONSTRAINT "fk_partner_organizations_organization"`,
    );
    await queryRunner.query(`ALTER TABLE "tasks" DROP CONSTRAINT "fk_tasks_placement"`);
    await queryRunner.query(`ALTER TABLE "tasks" DROP CONSTRAINT "fk_tasks_obstacle"`);
    await queryRunner.query(`ALTER TABLE "tasks" DROP CONSTRAINT "fk_tasks_person"`);
    await queryRunner.query(`ALTER TABLE "tasks" DROP CONSTRAINT "fk_tasks_household"`);
    await queryRunner.query(`ALTER TABLE "tasks" DROP CONSTRAINT "fk_tasks_assignee"`);
    await queryRunner.query(`ALTER TABLE "tasks" DROP CONSTRAINT "fk_tasks_organization"`);
    await queryRunner.query(`DROP INDEX "public"."ix_referrals_person"`);
    await queryRunner.query(`DROP INDEX "public"."ix_referrals_partner"`);
    await queryRunner.query(`DROP TABLE "referrals"`);
    await queryRunner.query(`DROP INDEX "public"."ix_consents_person_purpose"`);
    await queryRunner.query(`DROP TABLE "consents"`);
    await queryRunner.query(`DROP INDEX "public"."uq_partner_organizations_name"`);
    await queryRunner.query(`DROP TABLE "partner_organizations"`);
    await queryRunner.query(`DROP INDEX "public"."ix_tasks_assignee_status_due"`);
    await queryRunner.query(`DROP INDEX "public"."ix_tasks_household"`);
    await queryRunner.query(`DROP TABLE "tasks"`);
    await queryRunner.query(`DROP INDEX "public"."ix_audit_events_organization_at"`);
    await queryRunner.query(`DROP INDEX "public"."ix_audit_events_record"`);
    await queryRunner.query(`DROP INDEX "public"."ix_audit_events_user"`);
    await queryRunner.query(`DROP TABLE "audit_events"`);
  }
}
