import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Tables that carry their organisation: a row is visible and writable only inside that organisation's unit of work. */
const ORGANIZATION_TABLES = [
  'audit_events',
  'breakthroughs',
  'coding_samples',
  'consents',
  'contact_log_labels',
  'contact_logs',
  'employers',
  'helpdesk_questions',
  'households',
  'label_merges',
  'labels',
  'network_conversations',
  'obstacles',
  'partner_organizations',
  'persons',
  'perspective_plans',
  'placements',
  'plan_reviews',
  'referrals',
  'tasks',
  'users',
];

/** Tables without organization_id whose rows belong to a parent that has one: visible with their parent. */
const CHILD_TABLES: { table: string; condition: string }[] = [
  {
    table: 'breakthrough_obstacles',
    condition: `${parent('breakthrough_obstacles', 'breakthrough_id', 'breakthroughs')} AND ${parent('breakthrough_obstacles', 'obstacle_id', 'obstacles')}`,
  },
  {
    table: 'obstacle_links',
    condition: `${parent('obstacle_links', 'blocker_id', 'obstacles')} AND ${parent('obstacle_links', 'blocked_id', 'obstacles')}`,
  },
  { table: 'codings', condition: parent('codings', 'sample_id', 'coding_samples') },
  {
    table: 'helpdesk_question_labels',
    condition: parent('helpdesk_question_labels', 'helpdesk_question_id', 'helpdesk_questions'),
  },
  { table: 'placement_status_changes', condition: parent('placement_status_changes', 'placement_id', 'placements') },
];

function parent(child: string, column: string, table: string): string {
  return `EXISTS (SELECT 1 FROM "${table}" p WHERE p.id = "${child}"."${column}" AND p.organization_id = app_current_organization())`;
}

/**
 * The database enforces the organisation boundary too: row-level security,
 * enabled and forced, on every table with organisation data. The app sets
 * `app.organization_id` per transaction (see common/database/unit-of-work.ts);
 * without it a query sees no rows and can write none. The app's runtime role
 * cannot switch this off (it owns no table); the owner that runs migrations
 * and operator commands bypasses it (BYPASSRLS or superuser, see docs/security.md).
 *
 * Sign-in and the token check must find a user before the organisation is
 * known: two narrow SECURITY DEFINER functions, by e-mail and by id, do that
 * and nothing else. Left without row-level security, with reasons:
 * integration_domains (the same public reference list for everyone, read-only
 * for the app) and migrations (TypeORM's history; the app gets no access).
 */
export class RowLevelSecurity1795450000001 implements MigrationInterface {
  name = 'RowLevelSecurity1795450000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Inlined by the planner (simple SQL, STABLE), so the condition can use the organisation indexes;
    // PARALLEL SAFE keeps parallel plans for the reports. Unset or empty: NULL, which matches no row.
    await queryRunner.query(`
      CREATE FUNCTION app_current_organization() RETURNS uuid
        LANGUAGE sql STABLE PARALLEL SAFE
        AS $$ SELECT NULLIF(current_setting('app.organization_id', true), '')::uuid $$`);

    for (const table of ORGANIZATION_TABLES) {
      await enable(queryRunner, table, 'organization_id = app_current_organization()');
    }
    await enable(queryRunner, 'organizations', 'id = app_current_organization()');
    for (const { table, condition } of CHILD_TABLES) {
      await enable(queryRunner, table, condition);
    }

    // SETOF users: the whole row, so a column added later needs no new function.
    await queryRunner.query(`
      CREATE FUNCTION auth_user_by_email(p_email text) RETURNS SETOF users
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
        AS $$ SELECT * FROM public.users WHERE email = p_email $$`);
    await queryRunner.query(`
      CREATE FUNCTION auth_active_user_by_id(p_id uuid) RETURNS SETOF users
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
        AS $$ SELECT * FROM public.users WHERE id = p_id AND active $$`);
    // Granted to the runtime role by the start-up grants (database/roles.ts), never to everyone.
    await queryRunner.query(`REVOKE ALL ON FUNCTION auth_user_by_email(text) FROM PUBLIC`);
    await queryRunner.query(`REVOKE ALL ON FUNCTION auth_active_user_by_id(uuid) FROM PUBLIC`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION auth_active_user_by_id(uuid)`);
    await queryRunner.query(`DROP FUNCTION auth_user_by_email(text)`);
    for (const table of [...ORGANIZATION_TABLES, 'organizations', ...CHILD_TABLES.map((c) => c.table)]) {
      await queryRunner.query(`DROP POLICY organization_isolation ON "${table}"`);
      await queryRunner.query(`ALTER TABLE "${table}" NO FORCE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE "${table}" DISABLE ROW LEVEL SECURITY`);
    }
    await queryRunner.query(`DROP FUNCTION app_current_organization()`);
  }
}

async function enable(queryRunner: QueryRunner, table: string, condition: string): Promise<void> {
  await queryRunner.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
  await queryRunner.query(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
  await queryRunner.query(
    `CREATE POLICY organization_isolation ON "${table}" USING (${condition}) WITH CHECK (${condition})`,
  );
}
