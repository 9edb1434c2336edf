import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The theme report's pre-aggregate (issue 19): per organisation, label and
 * Dutch calendar month, exactly what the report sums over contact logs: the
 * label rows' minutes, their number, and the number of them primary in
 * their top-level theme; `label_id` NULL holds the unlabelled live logs
 * (their minutes and number). See reports/theme-minutes.ts and
 * docs/performance.md.
 *
 * Kept exact by statement-level triggers on contact_log_labels and
 * contact_logs: every INSERT, UPDATE and DELETE appends the change it
 * made, per organisation, label and month, as `delta` rows (no unique key:
 * concurrent writers never wait for each other on a shared total row).
 * Label merges and splits rewrite label rows, erasure updates logs, soft
 * deletes remove label rows and set `deleted_at`: all are such statements.
 * `contact_log_theme_months_compact(organization)` folds an organisation's
 * deltas into one row per label and month; the report calls it before
 * it reads. Rows of a month always add up to the month's live figures, compacted
 * or not, so the report is exact whenever it reads.
 */
export class ContactLogThemeMonths1796419000000 implements MigrationInterface {
  name = 'ContactLogThemeMonths1796419000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "contact_log_theme_months" (
      "organization_id" uuid NOT NULL,
      "label_id" uuid,
      "month" date NOT NULL,
      "minutes" numeric NOT NULL,
      "label_rows" integer NOT NULL,
      "primary_rows" integer NOT NULL,
      "delta" boolean NOT NULL DEFAULT true)`);
    await queryRunner.query(`CREATE INDEX "ix_contact_log_theme_months_report" ON "contact_log_theme_months"
      ("organization_id", "month") INCLUDE ("label_id", "minutes", "label_rows", "primary_rows")`);
    await queryRunner.query(`CREATE INDEX "ix_contact_log_theme_months_delta" ON "contact_log_theme_months"
      ("organization_id", "month") WHERE "delta"`);
    // Row-level security as on every organisation table (see RowLevelSecurity1795450000001).
    await queryRunner.query(`ALTER TABLE "contact_log_theme_months" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE "contact_log_theme_months" FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(`CREATE POLICY organization_isolation ON "contact_log_theme_months"
      USING (organization_id = app_current_organization()) WITH CHECK (organization_id = app_current_organization())`);

    // Label rows: + what a statement inserted, - what it deleted, both for an update (a moved log, a changed
    // primary flag, a merge's added minutes); groups whose change is nil are not written.
    await queryRunner.query(`CREATE FUNCTION contact_log_theme_months_from_labels() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          INSERT INTO contact_log_theme_months (organization_id, label_id, month, minutes, label_rows, primary_rows)
          SELECT organization_id, label_id, date_trunc('month', occurred_at AT TIME ZONE 'Europe/Amsterdam')::date,
                 sum(minutes), count(*), count(*) FILTER (WHERE primary_in_root)
            FROM new_rows GROUP BY 1, 2, 3;
        ELSIF TG_OP = 'DELETE' THEN
          INSERT INTO contact_log_theme_months (organization_id, label_id, month, minutes, label_rows, primary_rows)
          SELECT organization_id, label_id, date_trunc('month', occurred_at AT TIME ZONE 'Europe/Amsterdam')::date,
                 -sum(minutes), -count(*), -count(*) FILTER (WHERE primary_in_root)
            FROM old_rows GROUP BY 1, 2, 3;
        ELSE
          INSERT INTO contact_log_theme_months (organization_id, label_id, month, minutes, label_rows, primary_rows)
          SELECT organization_id, label_id, month, sum(minutes), sum(n), sum(p)
            FROM (SELECT organization_id, label_id, date_trunc('month', occurred_at AT TIME ZONE 'Europe/Amsterdam')::date AS month,
                         minutes, 1 AS n, primary_in_root::int AS p FROM new_rows
                  UNION ALL
                  SELECT organization_id, label_id, date_trunc('month', occurred_at AT TIME ZONE 'Europe/Amsterdam')::date,
                         -minutes, -1, -primary_in_root::int FROM old_rows) d
           GROUP BY 1, 2, 3 HAVING sum(minutes) <> 0 OR sum(n) <> 0 OR sum(p) <> 0;
        END IF;
        RETURN NULL;
      END $$`);
    // Logs count when they are live and unlabelled: + those a statement made so, - those it made otherwise.
    await queryRunner.query(`CREATE FUNCTION contact_log_theme_months_from_logs() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          INSERT INTO contact_log_theme_months (organization_id, label_id, month, minutes, label_rows, primary_rows)
          SELECT organization_id, NULL, date_trunc('month', occurred_at AT TIME ZONE 'Europe/Amsterdam')::date, sum(minutes), count(*), count(*)
            FROM new_rows WHERE deleted_at IS NULL AND NOT labelled GROUP BY 1, 3;
        ELSIF TG_OP = 'DELETE' THEN
          INSERT INTO contact_log_theme_months (organization_id, label_id, month, minutes, label_rows, primary_rows)
          SELECT organization_id, NULL, date_trunc('month', occurred_at AT TIME ZONE 'Europe/Amsterdam')::date, -sum(minutes), -count(*), -count(*)
            FROM old_rows WHERE deleted_at IS NULL AND NOT labelled GROUP BY 1, 3;
        ELSE
          INSERT INTO contact_log_theme_months (organization_id, label_id, month, minutes, label_rows, primary_rows)
          SELECT organization_id, NULL, month, sum(minutes), sum(n), sum(n)
            FROM (SELECT organization_id, date_trunc('month', occurred_at AT TIME ZONE 'Europe/Amsterdam')::date AS month, minutes, 1 AS n
                    FROM new_rows WHERE deleted_at IS NULL AND NOT labelled
                  UNION ALL
                  SELECT organization_id, date_trunc('month', occurred_at AT TIME ZONE 'Europe/Amsterdam')::date, -minutes, -1
                    FROM old_rows WHERE deleted_at IS NULL AND NOT labelled) d
           GROUP BY 1, 3 HAVING sum(minutes) <> 0 OR sum(n) <> 0;
        END IF;
        RETURN NULL;
      END $$`);
    // Transition tables allow one event per trigger.
    for (const [table, fn] of [
      ['contact_log_labels', 'contact_log_theme_months_from_labels'],
      ['contact_logs', 'contact_log_theme_months_from_logs'],
    ]) {
      await queryRunner.query(`CREATE TRIGGER tr_${table}_theme_months_insert AFTER INSERT ON "${table}"
        REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`);
      await queryRunner.query(`CREATE TRIGGER tr_${table}_theme_months_update AFTER UPDATE ON "${table}"
        REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`);
      await queryRunner.query(`CREATE TRIGGER tr_${table}_theme_months_delete AFTER DELETE ON "${table}"
        REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`);
    }

    // Folds an organisation's deltas: every row of each month that has one becomes one row per label.
    // Runs as its caller (row-level security applies); one at a time per organisation, others skip.
    // Rows written meanwhile are not in this statement's snapshot, so they are neither deleted nor summed.
    await queryRunner.query(`CREATE FUNCTION contact_log_theme_months_compact(p_organization_id uuid) RETURNS integer
      LANGUAGE plpgsql AS $$
      DECLARE folded integer;
      BEGIN
        IF NOT EXISTS (SELECT 1 FROM contact_log_theme_months WHERE organization_id = p_organization_id AND delta) THEN
          RETURN 0;
        END IF;
        IF NOT pg_try_advisory_xact_lock(hashtext('contact_log_theme_months'), hashtext(p_organization_id::text)) THEN
          RETURN 0;
        END IF;
        WITH gone AS (
          DELETE FROM contact_log_theme_months d
           WHERE d.organization_id = p_organization_id
             AND d.month IN (SELECT month FROM contact_log_theme_months WHERE organization_id = p_organization_id AND delta)
          RETURNING d.organization_id, d.label_id, d.month, d.minutes, d.label_rows, d.primary_rows)
        INSERT INTO contact_log_theme_months (organization_id, label_id, month, minutes, label_rows, primary_rows, delta)
        SELECT organization_id, label_id, month, sum(minutes), sum(label_rows), sum(primary_rows), false
          FROM gone GROUP BY 1, 2, 3
        HAVING sum(minutes) <> 0 OR sum(label_rows) <> 0 OR sum(primary_rows) <> 0;
        GET DIAGNOSTICS folded = ROW_COUNT;
        RETURN folded;
      END $$`);

    // Backfill: the live figures, already folded.
    await queryRunner.query(`INSERT INTO contact_log_theme_months (organization_id, label_id, month, minutes, label_rows, primary_rows, delta)
      SELECT organization_id, label_id, date_trunc('month', occurred_at AT TIME ZONE 'Europe/Amsterdam')::date,
             sum(minutes), count(*), count(*) FILTER (WHERE primary_in_root), false
        FROM contact_log_labels GROUP BY 1, 2, 3`);
    await queryRunner.query(`INSERT INTO contact_log_theme_months (organization_id, label_id, month, minutes, label_rows, primary_rows, delta)
      SELECT organization_id, NULL, date_trunc('month', occurred_at AT TIME ZONE 'Europe/Amsterdam')::date, sum(minutes), count(*), count(*), false
        FROM contact_logs WHERE deleted_at IS NULL AND NOT labelled GROUP BY 1, 3`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['contact_log_labels', 'contact_logs'])
      for (const event of ['insert', 'update', 'delete'])
        await queryRunner.query(`DROP TRIGGER tr_${table}_theme_months_${event} ON "${table}"`);
    await queryRunner.query(`DROP FUNCTION contact_log_theme_months_compact(uuid)`);
    await queryRunner.query(`DROP FUNCTION contact_log_theme_months_from_logs()`);
    await queryRunner.query(`DROP FUNCTION contact_log_theme_months_from_labels()`);
    await queryRunner.query(`DROP TABLE "contact_log_theme_months"`);
  }
}
