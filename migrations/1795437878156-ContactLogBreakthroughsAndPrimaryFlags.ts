import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ContactLogBreakthroughsAndPrimaryFlags1795437878156 implements MigrationInterface {
  name = 'ContactLogBreakthroughsAndPrimaryFlags1795437878156';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "contact_logs" ADD "breakthrough_ids" uuid array NOT NULL DEFAULT '{}'`);
    // ThemeReportAtScale set every label row's primary flag to true: recompute it once, for all organisations
    // (per log and top-level theme, the first label counts the log), touching only rows that were wrong.
    await queryRunner.query(`
      WITH RECURSIVE tree(id, root) AS (
        SELECT id, id FROM labels WHERE parent_id IS NULL
        UNION ALL SELECT l.id, t.root FROM labels l JOIN tree t ON l.parent_id = t.id),
      ranked AS (
        SELECT x.contact_log_id, x.label_id,
               row_number() OVER (PARTITION BY x.contact_log_id, t.root ORDER BY x.label_id) = 1 AS first
          FROM contact_log_labels x JOIN tree t ON t.id = x.label_id)
      UPDATE contact_log_labels x SET primary_in_root = r.first
        FROM ranked r
       WHERE x.contact_log_id = r.contact_log_id AND x.label_id = r.label_id AND x.primary_in_root IS DISTINCT FROM r.first`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "contact_logs" DROP COLUMN "breakthrough_ids"`);
  }
}
