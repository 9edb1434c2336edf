import { jest } from '@jest/globals';
import { createTestApp, createTestOrg, householdBody, type TestApp, type TestOrg } from './support/test-app.js';
import { HouseholdsRepository } from '../src/households/households.repository.js';
import { Household } from '../src/households/household.entity.js';
import { inOrganization } from '../src/common/database/unit-of-work.js';
import { openRuntimeDataSource } from '../src/database/database.js';
import { DatabaseRoleError } from '../src/database/roles.js';

/**
 * The database enforces the organisation boundary too (docs/security.md):
 * the app runs as a role that cannot lift it, and row-level security limits
 * every query of a request to the caller's organisation, also a query that
 * forgets its organisation condition.
 */
describe('Database roles and row-level security', () => {
  let t: TestApp;
  let a: TestOrg;
  let b: TestOrg;

  beforeAll(async () => {
    t = await createTestApp();
    a = await createTestOrg(t, 'RLS A');
    b = await createTestOrg(t, 'RLS B');
    for (const org of [a, b]) {
      for (let i = 0; i < 3; i++) {
        await t.http().post('/api/households').set(org.auth('coordinator')).send(householdBody()).expect(201);
      }
    }
  });
  afterAll(() => t.close());
  afterEach(() => jest.restoreAllMocks());

  /** Tables without organization_id that need no policy, each with its reason. */
  const EXEMPT: Record<string, string> = {
    integration_domains: 'the same public reference list for every organisation; read-only for the app',
    migrations: "TypeORM's migration history; the app has no access to it",
    typeorm_metadata: "TypeORM's notes on generated columns, for migrations; the app has no access to it",
  };

  it('has row-level security enabled, forced and with a policy on every table but the listed exceptions', async () => {
    const tables: { name: string; org: boolean; enabled: boolean; forced: boolean; policies: number }[] = await t
      .dataSource.query(`
      SELECT c.relname AS name,
             EXISTS (SELECT 1 FROM information_schema.columns col
                      WHERE col.table_schema = 'public' AND col.table_name = c.relname AND col.column_name = 'organization_id') AS org,
             c.relrowsecurity AS enabled, c.relforcerowsecurity AS forced,
             (SELECT count(*)::int FROM pg_policies p WHERE p.schemaname = 'public' AND p.tablename = c.relname) AS policies
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
       ORDER BY c.relname`);
    expect(tables.filter((table) => table.org).length).toBeGreaterThanOrEqual(20);
    const unprotected = tables
      .filter((table) => !(table.name in EXEMPT))
      .filter((table) => !table.enabled || !table.forced || table.policies === 0)
      .map((table) => table.name);
    expect(unprotected).toEqual([]);
    // An exception never carries organisation data of its own.
    expect(tables.filter((table) => table.name in EXEMPT && table.org)).toEqual([]);
  });

  it('shows a request only its own organisation, even from a query without the organisation condition', async () => {
    const repository = t.app.get(HouseholdsRepository);
    // The list query with its `organization_id = :org` condition removed: a forgotten condition.
    const unscoped = () => t.appDataSource.manager.createQueryBuilder(Household, 'h');
    jest.spyOn(repository as unknown as { listQuery: () => unknown }, 'listQuery').mockImplementation(unscoped);

    const res = await t
      .http()
      .get('/api/households')
      .query({ range: '[0,999]' })
      .set(a.auth('coordinator'))
      .expect(200);
    const organizations = new Set((res.body as { organizationId: string }[]).map((h) => h.organizationId));
    expect([...organizations]).toEqual([a.organization.id]);
    expect(res.body.length).toBe(3);

    // The same query past row-level security (the owner) does see the other organisation: the condition really is gone.
    const all = await t.dataSource.manager.createQueryBuilder(Household, 'h').getMany();
    expect(all.some((h) => h.organizationId === b.organization.id)).toBe(true);
  });

  it('limits raw SQL in a unit of work to its organisation, and shows nothing outside one', async () => {
    const inA: { organization_id: string }[] = await inOrganization(t.appDataSource, a.organization.id, () =>
      t.appDataSource.query('SELECT DISTINCT organization_id FROM households'),
    );
    expect(inA).toEqual([{ organization_id: a.organization.id }]);
    const [users] = await inOrganization(t.appDataSource, a.organization.id, () =>
      t.appDataSource.query(
        'SELECT count(*)::int AS n, count(*) FILTER (WHERE organization_id <> $1)::int AS foreign FROM users',
        [a.organization.id],
      ),
    );
    expect(users).toEqual({ n: 5, foreign: 0 });
    expect(await t.appDataSource.query('SELECT id FROM households')).toEqual([]);
    expect(await t.appDataSource.query('SELECT id FROM organizations')).toEqual([]);
  });

  it('refuses to write a row into another organisation, or one in none', async () => {
    const insert = (organizationId: string) =>
      t.appDataSource.query(
        `INSERT INTO households (organization_id, reference, municipality, shelter_type, protection_basis, track)
         VALUES ($1, $2, 'Zaanstad', 'host_family', 'temporary_protection', 'individual_support')`,
        [organizationId, `RLS-${Date.now()}-${Math.random()}`],
      );
    await expect(inOrganization(t.appDataSource, a.organization.id, () => insert(b.organization.id))).rejects.toThrow(
      /row-level security/,
    );
    await expect(insert(a.organization.id)).rejects.toThrow(/row-level security/);
    // Moving a row to another organisation is refused too.
    await expect(
      inOrganization(t.appDataSource, a.organization.id, () =>
        t.appDataSource.query('UPDATE households SET organization_id = $1', [b.organization.id]),
      ),
    ).rejects.toThrow(/row-level security/);
  });

  it('runs the app as a role that is no superuser, bypasses nothing and owns no table', async () => {
    const [role] = await t.appDataSource.query(
      `SELECT rolsuper AS superuser, rolbypassrls AS bypass,
              (SELECT count(*)::int FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = 'public' AND pg_has_role(current_user, c.relowner, 'USAGE')) AS owned
         FROM pg_roles WHERE rolname = current_user`,
    );
    expect(role).toEqual({ superuser: false, bypass: false, owned: 0 });
    for (const statement of [
      'ALTER TABLE households DISABLE TRIGGER ALL',
      'ALTER TABLE audit_events DISABLE TRIGGER USER',
      'ALTER TABLE households NO FORCE ROW LEVEL SECURITY',
      'ALTER TABLE households DISABLE ROW LEVEL SECURITY',
      'DROP POLICY organization_isolation ON households',
    ]) {
      await expect(t.appDataSource.query(statement)).rejects.toThrow(/must be owner/);
    }
    await expect(t.appDataSource.query('SET session_replication_role = replica')).rejects.toThrow(/permission denied/);
    await expect(t.appDataSource.query('SELECT count(*) FROM migrations')).rejects.toThrow(/permission denied/);
    await expect(t.appDataSource.query('SELECT count(*) FROM typeorm_metadata')).rejects.toThrow(/permission denied/);
  });

  it('lets the app add to and read the audit trail, never change or remove it', async () => {
    const created = await t.http().post('/api/households').set(a.auth('coordinator')).send(householdBody()).expect(201);
    const [event] = await t.dataSource.query('SELECT id FROM audit_events WHERE record_id = $1', [created.body.id]);
    expect(event).toBeDefined();
    await inOrganization(t.appDataSource, a.organization.id, async () => {
      const seen = await t.appDataSource.query('SELECT id FROM audit_events WHERE id = $1', [event.id]);
      expect(seen).toEqual([{ id: event.id }]);
    });
    for (const statement of [
      'UPDATE audit_events SET action = $2 WHERE id = $1',
      'DELETE FROM audit_events WHERE id = $1 AND action <> $2',
    ]) {
      await expect(
        inOrganization(t.appDataSource, a.organization.id, () => t.appDataSource.query(statement, [event.id, 'read'])),
      ).rejects.toThrow(/permission denied for table audit_events/);
    }
    await expect(t.appDataSource.query('TRUNCATE audit_events')).rejects.toThrow(/permission denied/);
  });

  it('refuses to serve requests as the owner of the tables', async () => {
    await expect(openRuntimeDataSource(process.env.TEST_DATABASE_OWNER_URL!)).rejects.toThrow(DatabaseRoleError);
  });
});
