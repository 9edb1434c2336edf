import type { DataSource } from 'typeorm';

/**
 * The two PostgreSQL roles Doorbraak works with (docs/security.md):
 *
 * - the owner owns the schema and its tables, runs migrations and the
 *   operator's commands, and bypasses row-level security (BYPASSRLS, or a
 *   superuser): those work across organisations;
 * - the runtime role serves requests: no superuser, no BYPASSRLS, owns
 *   nothing (so it cannot disable triggers or row-level security), may only
 *   add to and read the audit trail, and sees one organisation's rows.
 */
export interface RoleLogin {
  name: string;
  password: string;
}

/** The names the embedded default makes; an external PostgreSQL may use any. */
export const EMBEDDED_OWNER_ROLE = 'doorbraak_owner';
export const EMBEDDED_RUNTIME_ROLE = 'doorbraak_app';

/** Tables the runtime role gets no write access to beyond INSERT (append-only). */
const APPEND_ONLY_TABLES = ['audit_events'];
/** Tables the runtime role may only read: reference data loaded by migrations. */
const READ_ONLY_TABLES = ['integration_domains'];
/** Tables the runtime role may not touch. */
const NO_ACCESS_TABLES = ['migrations', 'typeorm_metadata'];
/** Sign-in and the token check, before the organisation is known (see the RowLevelSecurity migration). */
const AUTH_FUNCTIONS = [
  'auth_user_by_email(text)',
  'auth_session_user(uuid, uuid)',
  'auth_organizations_of_users(uuid[])',
];

/** Global search's candidates: the request organisation's ids and scores only (migration GlobalSearch). */
const SEARCH_FUNCTIONS = ['search_candidates(text, text, integer)'];

/**
 * Creates (or updates the passwords of) the owner and the runtime role,
 * connected as a superuser to the database they will use, and makes the owner
 * the owner of everything already in its public schema (a data folder from
 * before the split has tables owned by the superuser). Idempotent: the
 * embedded start and the test setup call it every time.
 */
export async function ensureDatabaseRoles(superuserUrl: string, owner: RoleLogin, runtime: RoleLogin): Promise<void> {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: superuserUrl });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock(7452831)'); // parallel test runs on one server
    await upsertRole(client, owner, 'BYPASSRLS');
    await upsertRole(client, runtime, 'NOBYPASSRLS');
    const { rows } = await client.query<{ db: string }>('SELECT current_database() AS db');
    await client.query(`GRANT CONNECT, CREATE, TEMPORARY ON DATABASE ${ident(rows[0].db)} TO ${ident(owner.name)}`);
    await client.query(`GRANT CONNECT ON DATABASE ${ident(rows[0].db)} TO ${ident(runtime.name)}`);
    await client.query(`GRANT USAGE, CREATE ON SCHEMA public TO ${ident(owner.name)}`);
    await client.query(
      `DO $$
       DECLARE r record;
       BEGIN
         FOR r IN SELECT c.relname, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                   WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'S')
                     AND pg_get_userbyid(c.relowner) <> ${literal(owner.name)}
                     -- sequences owned by a column move with their table
                     AND NOT (c.relkind = 'S' AND EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype = 'a'))
         LOOP
           EXECUTE format('ALTER %s public.%I OWNER TO %I',
             CASE r.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' WHEN 'S' THEN 'SEQUENCE' ELSE 'TABLE' END,
             r.relname, ${literal(owner.name)});
         END LOOP;
         FOR r IN SELECT p.oid::regprocedure AS signature FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
                   WHERE n.nspname = 'public' AND pg_get_userbyid(p.proowner) <> ${literal(owner.name)}
                     AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')
         LOOP
           EXECUTE format('ALTER ROUTINE %s OWNER TO %I', r.signature, ${literal(owner.name)});
         END LOOP;
         FOR r IN SELECT t.typname FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
                   WHERE n.nspname = 'public' AND t.typtype IN ('e', 'd') AND pg_get_userbyid(t.typowner) <> ${literal(owner.name)}
                     AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = t.oid AND d.deptype = 'e')
         LOOP
           EXECUTE format('ALTER TYPE public.%I OWNER TO %I', r.typname, ${literal(owner.name)});
         END LOOP;
       END $$`,
    );
  } finally {
    await client.end();
  }
}

async function upsertRole(
  client: { query: (sql: string) => Promise<{ rowCount: number | null }> },
  role: RoleLogin,
  bypass: string,
) {
  const exists = await client.query(`SELECT 1 FROM pg_roles WHERE rolname = ${literal(role.name)}`);
  const verb = exists.rowCount ? 'ALTER' : 'CREATE';
  await client.query(
    `${verb} ROLE ${ident(role.name)} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION ${bypass} PASSWORD ${literal(role.password)}`,
  );
}

/**
 * The runtime role's privileges, applied by the owner after every migration
 * run, so that they always match the schema of this version. Default
 * privileges cover tables a later migration creates before the next start.
 */
export function runtimeGrants(runtimeRole: string, ownerRole?: string): string[] {
  const app = ident(runtimeRole);
  // Without FOR ROLE: the defaults of the role running the statements, the owner.
  const forOwner = ownerRole ? ` FOR ROLE ${ident(ownerRole)}` : '';
  const list = (tables: string[]) => tables.map(ident).join(', ');
  return [
    `GRANT USAGE ON SCHEMA public TO ${app}`,
    `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${app}`,
    `GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${app}`,
    `REVOKE UPDATE, DELETE, TRUNCATE ON ${list(APPEND_ONLY_TABLES)} FROM ${app}`,
    `REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON ${list(READ_ONLY_TABLES)} FROM ${app}`,
    `REVOKE ALL ON ${list(NO_ACCESS_TABLES)} FROM ${app}`,
    ...AUTH_FUNCTIONS.map((fn) => `GRANT EXECUTE ON FUNCTION ${fn} TO ${app}`),
    ...SEARCH_FUNCTIONS.map((fn) => `GRANT EXECUTE ON FUNCTION ${fn} TO ${app}`),
    `ALTER DEFAULT PRIVILEGES${forOwner} IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${app}`,
    `ALTER DEFAULT PRIVILEGES${forOwner} IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${app}`,
  ];
}

export class DatabaseRoleError extends Error {}

/** As the owner, after migrations: checks the owner can do its work and gives the runtime role its privileges. */
export async function grantRuntimeRole(owner: DataSource, runtimeRole: string): Promise<void> {
  const [me] = await owner.query<{ name: string; superuser: boolean; bypass: boolean }[]>(
    `SELECT current_user AS name, rolsuper AS superuser, rolbypassrls AS bypass FROM pg_roles WHERE rolname = current_user`,
  );
  if (me.name === runtimeRole) {
    throw new DatabaseRoleError(
      'DATABASE_URL and DATABASE_OWNER_URL use the same role: the app must not run as the owner of its tables. See docs/security.md.',
    );
  }
  if (!me.superuser && !me.bypass) {
    throw new DatabaseRoleError(
      `The owner role "${me.name}" (DATABASE_OWNER_URL) needs BYPASSRLS: migrations and operator commands work across organisations. See docs/security.md.`,
    );
  }
  await owner.transaction(async (manager) => {
    for (const statement of runtimeGrants(runtimeRole)) await manager.query(statement);
  });
}

/**
 * At start, on the runtime connection: refuses to serve requests as a role
 * that could lift the organisation boundary (superuser, BYPASSRLS, owner or
 * member of the owner of any table).
 */
export async function assertRuntimeRoleConfined(runtime: DataSource): Promise<void> {
  const [role] = await runtime.query<{ name: string; superuser: boolean; bypass: boolean; owned: number }[]>(
    `SELECT current_user AS name, r.rolsuper AS superuser, r.rolbypassrls AS bypass,
            (SELECT count(*)::int FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
              WHERE n.nspname = 'public' AND pg_has_role(current_user, c.relowner, 'USAGE')) AS owned
       FROM pg_roles r WHERE r.rolname = current_user`,
  );
  const problems = [
    role.superuser && 'is a superuser',
    role.bypass && 'has BYPASSRLS',
    role.owned > 0 && `owns (or may act as the owner of) ${role.owned} tables or other objects`,
  ].filter(Boolean);
  if (problems.length > 0) {
    throw new DatabaseRoleError(
      `The database role "${role.name}" in DATABASE_URL ${problems.join(' and ')}; the app serves requests only as a role ` +
        'without those powers, so that PostgreSQL enforces the organisation boundary. Give the owner in DATABASE_OWNER_URL ' +
        'and a separate runtime role in DATABASE_URL (docs/security.md shows the SQL).',
    );
  }
}

/** The role name in a postgres:// URL. */
export function roleOfUrl(url: string): string {
  return decodeURIComponent(new URL(url).username);
}

/** The same server and database as `url`, logged in as `role`. */
export function urlForRole(url: string, role: RoleLogin): string {
  const parsed = new URL(url);
  parsed.username = encodeURIComponent(role.name);
  parsed.password = encodeURIComponent(role.password);
  return parsed.toString();
}

function ident(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

function literal(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}
