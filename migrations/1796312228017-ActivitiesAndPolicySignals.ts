import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The new tables all carry their organisation: row-level security as on every case table (RowLevelSecurity1795450000001). */
const ORGANIZATION_TABLES = [
  'activities',
  'activity_persons',
  'activity_labels',
  'policy_signals',
  'policy_signal_obstacles',
];

/**
 * Issue 17: group work (activities, their known attendees and labels) and
 * policy work (policy signals and the systemic obstacles that evidence them).
 */
export class ActivitiesAndPolicySignals1796312228017 implements MigrationInterface {
  name = 'ActivitiesAndPolicySignals1796312228017';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "activities" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "organization_id" uuid NOT NULL, "deleted_at" TIMESTAMP WITH TIME ZONE, "type" text NOT NULL, "title" text NOT NULL, "date" date NOT NULL, "duration_minutes" integer NOT NULL, "online" boolean NOT NULL DEFAULT false, "municipality" text, "organiser" text, "organiser_minutes" integer, "partner_organization_ids" uuid array NOT NULL DEFAULT '{}', "languages" text array NOT NULL DEFAULT '{}', "notes" text, "anonymous_count" integer NOT NULL DEFAULT '0', CONSTRAINT "ck_activities_place" CHECK (online OR municipality IS NOT NULL), CONSTRAINT "ck_activities_anonymous_count" CHECK (anonymous_count BETWEEN 0 AND 1000000), CONSTRAINT "ck_activities_organiser_minutes" CHECK (organiser_minutes IS NULL OR organiser_minutes BETWEEN 0 AND 100000), CONSTRAINT "ck_activities_duration" CHECK (duration_minutes BETWEEN 1 AND 1440), CONSTRAINT "ck_activities_type" CHECK (type IS NULL OR type IN ('workshop', 'webinar', 'meetup', 'training', 'focus_group', 'information_session', 'other')), CONSTRAINT "PK_7f4004429f731ffb9c88eb486a8" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_activities_organization_date" ON "activities"  ("organization_id", "date") `,
    );
    await queryRunner.query(
      `CREATE TABLE "activity_persons" ("activity_id" uuid NOT NULL, "person_id" uuid NOT NULL, "organization_id" uuid NOT NULL, CONSTRAINT "PK_871af001caaa32b1e3279c94cdb" PRIMARY KEY ("activity_id", "person_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_activity_persons_person" ON "activity_persons"  ("person_id") `);
    await queryRunner.query(
      `CREATE TABLE "activity_labels" ("activity_id" uuid NOT NULL, "label_id" uuid NOT NULL, "organization_id" uuid NOT NULL, CONSTRAINT "PK_f99672b9a2f4250abe69b978b38" PRIMARY KEY ("activity_id", "label_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_activity_labels_label" ON "activity_labels"  ("label_id") `);
    await queryRunner.query(
      `CREATE TABLE "policy_signals" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "organization_id" uuid NOT NULL, "deleted_at" TIMESTAMP WITH TIME ZONE, "title" text NOT NULL, "problem" text, "theme" text NOT NULL, "raised_with" text, "raised_with_name" text, "raised_on" date, "raised_how" text, "answer" text, "answered_on" date, "status" text NOT NULL DEFAULT 'open', CONSTRAINT "ck_policy_signals_status" CHECK (status IS NULL OR status IN ('open', 'raised', 'answered', 'changed', 'dropped')), CONSTRAINT "ck_policy_signals_raised_with" CHECK (raised_with IS NULL OR raised_with IN ('municipality', 'ministry', 'uwv', 'coa', 'other')), CONSTRAINT "ck_policy_signals_theme" CHECK (theme IS NULL OR theme IN ('language', 'work', 'housing', 'residence_security', 'health', 'information', 'income', 'education', 'other')), CONSTRAINT "PK_61c370310d80067b2aad56c6fff" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_policy_signals_organization_status" ON "policy_signals"  ("organization_id", "status") `,
    );
    await queryRunner.query(
      `CREATE TABLE "policy_signal_obstacles" ("policy_signal_id" uuid NOT NULL, "obstacle_id" uuid NOT NULL, "organization_id" uuid NOT NULL, CONSTRAINT "PK_a620208cea2be096949a018b955" PRIMARY KEY ("policy_signal_id", "obstacle_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_policy_signal_obstacles_obstacle" ON "policy_signal_obstacles"  ("obstacle_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "activities" ADD CONSTRAINT "fk_activities_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "activity_persons" ADD CONSTRAINT "fk_activity_persons_activity" FOREIGN KEY ("activity_id") REFERENCES "activities"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "activity_persons" ADD CONSTRAINT "fk_activity_persons_person" FOREIGN KEY ("person_id") REFERENCES "persons"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "activity_labels" ADD CONSTRAINT "fk_activity_labels_activity" FOREIGN KEY ("activity_id") REFERENCES "activities"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "activity_labels" ADD CONSTRAINT "fk_activity_labels_label" FOREIGN KEY ("label_id") REFERENCES "labels"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "policy_signals" ADD CONSTRAINT "fk_policy_signals_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "policy_signal_obstacles" ADD CONSTRAINT "fk_policy_signal_obstacles_signal" FOREIGN KEY ("policy_signal_id") REFERENCES "policy_signals"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "policy_signal_obstacles" ADD CONSTRAINT "fk_policy_signal_obstacles_obstacle" FOREIGN KEY ("obstacle_id") REFERENCES "obstacles"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    for (const table of ORGANIZATION_TABLES) {
      await queryRunner.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
      await queryRunner.query(
        `CREATE POLICY organization_isolation ON "${table}" USING (organization_id = app_current_organization()) WITH CHECK (organization_id = app_current_organization())`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ORGANIZATION_TABLES) {
      await queryRunner.query(`DROP POLICY organization_isolation ON "${table}"`);
    }
    await queryRunner.query(
      `ALTER TABLE "policy_signal_obstacles" DROP CONSTRAINT "fk_policy_signal_obstacles_obstacle"`,
    );
    await queryRunner.query(
      `ALTER TABLE "policy_signal_obstacles" DROP CONSTRAINT "fk_policy_signal_obstacles_signal"`,
    );
    await queryRunner.query(`ALTER TABLE "policy_signals" DROP CONSTRAINT "fk_policy_signals_organization"`);
    await queryRunner.query(`ALTER TABLE "activity_labels" DROP CONSTRAINT "fk_activity_labels_label"`);
    await queryRunner.query(`ALTER TABLE "activity_labels" DROP CONSTRAINT "fk_activity_labels_activity"`);
    await queryRunner.query(`ALTER TABLE "activity_persons" DROP CONSTRAINT "fk_activity_persons_person"`);
    await queryRunner.query(`ALTER TABLE "activity_persons" DROP CONSTRAINT "fk_activity_persons_activity"`);
    await queryRunner.query(`ALTER TABLE "activities" DROP CONSTRAINT "fk_activities_organization"`);
    await queryRunner.query(`DROP INDEX "public"."ix_policy_signal_obstacles_obstacle"`);
    await queryRunner.query(`DROP TABLE "policy_signal_obstacles"`);
    await queryRunner.query(`DROP INDEX "public"."ix_policy_signals_organization_status"`);
    await queryRunner.query(`DROP TABLE "policy_signals"`);
    await queryRunner.query(`DROP INDEX "public"."ix_activity_labels_label"`);
    await queryRunner.query(`DROP TABLE "activity_labels"`);
    await queryRunner.query(`DROP INDEX "public"."ix_activity_persons_person"`);
    await queryRunner.query(`DROP TABLE "activity_persons"`);
    await queryRunner.query(`DROP INDEX "public"."ix_activities_organization_date"`);
    await queryRunner.query(`DROP TABLE "activities"`);
  }
}
