import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sessions (added after row-level security) belong to their user's
 * organisation like every other row: visible and writable only inside that
 * organisation's unit of work, so no request of one organisation can end
 * another's sessions. The token check runs before the organisation is known,
 * so it reads a session and its user through one narrow SECURITY DEFINER
 * function; choosing among organisations at sign-in reads their names through
 * another. Both replace the id lookup the token check used before sessions.
 */
export class SessionsUnderRowLevelSecurity1796290000000 implements MigrationInterface {
  name = 'SessionsUnderRowLevelSecurity1796290000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const condition = `EXISTS (SELECT 1 FROM "users" p WHERE p.id = "sessions"."user_id" AND p.organization_id = app_current_organization())`;
    await queryRunner.query(`ALTER TABLE "sessions" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE "sessions" FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(
      `CREATE POLICY organization_isolation ON "sessions" USING (${condition}) WITH CHECK (${condition})`,
    );

    await queryRunner.query(`
      CREATE FUNCTION auth_session_user(p_session uuid, p_user uuid)
        RETURNS TABLE (id uuid, organization_id uuid, role text, email text, full_name text)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
        AS $$ SELECT u.id, u.organization_id, u.role, u.email, u.full_name
                FROM public.sessions s JOIN public.users u ON u.id = s.user_id
               WHERE s.id = p_session AND s.user_id = p_user AND s.revoked_at IS NULL AND s.expires_at > now() AND u.active $$`);
    await queryRunner.query(`
      CREATE FUNCTION auth_organizations_of_users(p_users uuid[])
        RETURNS TABLE (id uuid, name text)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
        AS $$ SELECT o.id, o.name FROM public.organizations o
               WHERE o.id IN (SELECT u.organization_id FROM public.users u WHERE u.id = ANY (p_users)) $$`);
    // Granted to the runtime role by the start-up grants (database/roles.ts), never to everyone.
    await queryRunner.query(`REVOKE ALL ON FUNCTION auth_session_user(uuid, uuid) FROM PUBLIC`);
    await queryRunner.query(`REVOKE ALL ON FUNCTION auth_organizations_of_users(uuid[]) FROM PUBLIC`);
    await queryRunner.query(`DROP FUNCTION auth_active_user_by_id(uuid)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION auth_active_user_by_id(p_id uuid) RETURNS SETOF users
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
        AS $$ SELECT * FROM public.users WHERE id = p_id AND active $$`);
    await queryRunner.query(`REVOKE ALL ON FUNCTION auth_active_user_by_id(uuid) FROM PUBLIC`);
    await queryRunner.query(`DROP FUNCTION auth_organizations_of_users(uuid[])`);
    await queryRunner.query(`DROP FUNCTION auth_session_user(uuid, uuid)`);
    await queryRunner.query(`DROP POLICY organization_isolation ON "sessions"`);
    await queryRunner.query(`ALTER TABLE "sessions" NO FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE "sessions" DISABLE ROW LEVEL SECURITY`);
  }
}
