import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ContactLogsLabelsHelpdesk1795407422579 implements MigrationInterface {
  name = 'ContactLogsLabelsHelpdesk1795407422579';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "labels" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "organization_id" uuid NOT NULL, "deleted_at" TIMESTAMP WITH TIME ZONE, "name" jsonb NOT NULL, "parent_id" uuid, "color" text, "definition" text, "domain_key" text, "archived" boolean NOT NULL DEFAULT false, "merged_into_id" uuid, CONSTRAINT "ck_labels_not_own_parent" CHECK (parent_id IS NULL OR parent_id <> id), CONSTRAINT "ck_labels_color" CHECK (color IS NULL OR color ~ '^#[0-9a-fA-F]{6}$'), CONSTRAINT "PK_c0c4e97f76f1f3a268c7a70b925" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_labels_organization_parent" ON "labels"  ("organization_id", "parent_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "label_merges" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "from_label_id" uuid NOT NULL, "into_label_id" uuid NOT NULL, "merged_by_id" uuid, "uses_moved" integer NOT NULL, "merged_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_db1b7fa8e9fe5ad1ab2ca326e5c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "contact_logs" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "organization_id" uuid NOT NULL, "deleted_at" TIMESTAMP WITH TIME ZONE, "household_id" uuid NOT NULL, "person_ids" uuid array NOT NULL DEFAULT '{}', "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "minutes" integer NOT NULL, "channel" text NOT NULL, "language" text, "author_id" uuid, "note" text NOT NULL DEFAULT '', "obstacle_ids" uuid array NOT NULL DEFAULT '{}', "follow_up_on" date, CONSTRAINT "ck_contact_logs_channel" CHECK (channel IS NULL OR channel IN ('in_person', 'phone', 'video', 'messaging', 'email', 'home_visit', 'other')), CONSTRAINT "ck_contact_logs_minutes" CHECK (minutes BETWEEN 1 AND 1440), CONSTRAINT "PK_2d3194039dcdfc49f20cae0a007" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_contact_logs_household" ON "contact_logs"  ("household_id", "occurred_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_contact_logs_organization_occurred" ON "contact_logs"  ("organization_id", "occurred_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "contact_log_labels" ("contact_log_id" uuid NOT NULL, "label_id" uuid NOT NULL, "minutes" numeric(8,2) NOT NULL, "explicit" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_f7f25d2e420061161412ba7bdf8" PRIMARY KEY ("contact_log_id", "label_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_contact_log_labels_label" ON "contact_log_labels"  ("label_id") `);
    await queryRunner.query(
      `CREATE TABLE "helpdesk_questions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "organization_id" uuid NOT NULL, "deleted_at" TIMESTAMP WITH TIME ZONE, "received_at" TIMESTAMP WITH TIME ZONE NOT NULL, "channel" text NOT NULL, "language" text, "question" text NOT NULL, "answer" text, "minutes" integer, "status" text NOT NULL DEFAULT 'open', "household_id" uuid, "answered_by_id" uuid, CONSTRAINT "ck_helpdesk_questions_minutes" CHECK (minutes IS NULL OR minutes BETWEEN 0 AND 1440), CONSTRAINT "ck_helpdesk_questions_channel" CHECK (channel IS NULL OR channel IN ('in_person', 'phone', 'video', 'messaging', 'email', 'home_visit', 'other')), CONSTRAINT "ck_helpdesk_questions_status" CHECK (status IS NULL OR status IN ('open', 'answered', 'referred')), CONSTRAINT "PK_89f4ef5f0c22ac9f6dd3d2cde3c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_helpdesk_questions_organization_received" ON "helpdesk_questions"  ("organization_id", "received_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "helpdesk_question_labels" ("helpdesk_question_id" uuid NOT NULL, "label_id" uuid NOT NULL, "minutes" numeric(8,2) NOT NULL, CONSTRAINT "PK_44efb089343e4093e3017da74e7" PRIMARY KEY ("helpdesk_question_id", "label_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_helpdesk_question_labels_label" ON "helpdesk_question_labels"  ("label_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "coding_samples" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "name" text NOT NULL, "first_coder_id" uuid NOT NULL, "second_coder_id" uuid NOT NULL, "created_by_id" uuid, "contact_log_ids" uuid array NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ec250d5be4241ded75993ede967" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_coding_samples_organization" ON "coding_samples"  ("organization_id") `);
    await queryRunner.query(
      `CREATE TABLE "codings" ("sample_id" uuid NOT NULL, "contact_log_id" uuid NOT NULL, "coder_id" uuid NOT NULL, "label_ids" uuid array NOT NULL DEFAULT '{}', "coded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_bf4c13d5952019739620c9d6125" PRIMARY KEY ("sample_id", "contact_log_id", "coder_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "labels" ADD CONSTRAINT "fk_labels_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "labels" ADD CONSTRAINT "fk_labels_parent" FOREIGN KEY ("parent_id") REFERENCES "labels"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "labels" ADD CONSTRAINT "fk_labels_domain" FOREIGN KEY ("domain_key") REFERENCES "integration_domains"("key") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "contact_logs" ADD CONSTRAINT "fk_contact_logs_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "contact_logs" ADD CONSTRAINT "fk_contact_logs_household" FOREIGN KEY ("household_id") REFERENCES "households"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "contact_logs" ADD CONSTRAINT "fk_contact_logs_author" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "contact_log_labels" ADD CONSTRAINT "fk_contact_log_labels_log" FOREIGN KEY ("contact_log_id") REFERENCES "contact_logs"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "contact_log_labels" ADD CONSTRAINT "fk_contact_log_labels_label" FOREIGN KEY ("label_id") REFERENCES "labels"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "helpdesk_questions" ADD CONSTRAINT "fk_helpdesk_questions_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "helpdesk_questions" ADD CONSTRAINT "fk_helpdesk_questions_household" FOREIGN KEY ("household_id") REFERENCES "households"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "helpdesk_questions" ADD CONSTRAINT "fk_helpdesk_questions_answered_by" FOREIGN KEY ("answered_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "helpdesk_question_labels" ADD CONSTRAINT "fk_helpdesk_question_labels_question" FOREIGN KEY ("helpdesk_question_id") REFERENCES "helpdesk_questions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "helpdesk_question_labels" ADD CONSTRAINT "fk_helpdesk_question_labels_label" FOREIGN KEY ("label_id") REFERENCES "labels"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "helpdesk_question_labels" DROP CONSTRAINT "fk_helpdesk_question_labels_label"`,
    );
    await queryRunner.query(
      `ALTER TABLE "helpdesk_question_labels" DROP CONSTRAINT "fk_helpdesk_question_labels_question"`,
    );
    await queryRunner.query(`ALTER TABLE "helpdesk_questions" DROP CONSTRAINT "fk_helpdesk_questions_answered_by"`);
    await queryRunner.query(`ALTER TABLE "helpdesk_questions" DROP CONSTRAINT "fk_helpdesk_questions_household"`);
    await queryRunner.query(`ALTER TABLE "helpdesk_questions" DROP CONSTRAINT "fk_helpdesk_questions_organization"`);
    await queryRunner.query(`ALTER TABLE "contact_log_labels" DROP CONSTRAINT "fk_contact_log_labels_label"`);
    await queryRunner.query(`ALTER TABLE "contact_log_labels" DROP CONSTRAINT "fk_contact_log_labels_log"`);
    await queryRunner.query(`ALTER TABLE "contact_logs" DROP CONSTRAINT "fk_contact_logs_author"`);
    await queryRunner.query(`ALTER TABLE "contact_logs" DROP CONSTRAINT "fk_contact_logs_household"`);
    await queryRunner.query(`ALTER TABLE "contact_logs" DROP CONSTRAINT "fk_contact_logs_organization"`);
    await queryRunner.query(`ALTER TABLE "labels" DROP CONSTRAINT "fk_labels_domain"`);
    await queryRunner.query(`ALTER TABLE "labels" DROP CONSTRAINT "fk_labels_parent"`);
    await queryRunner.query(`ALTER TABLE "labels" DROP CONSTRAINT "fk_labels_organization"`);
    await queryRunner.query(`DROP TABLE "codings"`);
    await queryRunner.query(`DROP INDEX "public"."ix_coding_samples_organization"`);
    await queryRunner.query(`DROP TABLE "coding_samples"`);
    await queryRunner.query(`DROP INDEX "public"."ix_helpdesk_question_labels_label"`);
    await queryRunner.query(`DROP TABLE "helpdesk_question_labels"`);
    await queryRunner.query(`DROP INDEX "public"."ix_helpdesk_questions_organization_received"`);
    await queryRunner.query(`DROP TABLE "helpdesk_questions"`);
    await queryRunner.query(`DROP INDEX "public"."ix_contact_log_labels_label"`);
    await queryRunner.query(`DROP TABLE "contact_log_labels"`);
    await queryRunner.query(`DROP INDEX "public"."ix_contact_logs_organization_occurred"`);
    await queryRunner.query(`DROP INDEX "public"."ix_contact_logs_household"`);
    await queryRunner.query(`DROP TABLE "contact_logs"`);
    await queryRunner.query(`DROP TABLE "label_merges"`);
    await queryRunner.query(`DROP INDEX "public"."ix_labels_organization_parent"`);
    await queryRunner.query(`DROP TABLE "labels"`);
  }
}
