import { execFile } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../src/database/data-source.js';
import { createDatabase, deleteEmbeddedCluster, startEmbeddedPostgres } from '../src/database/embedded-postgres.js';
import { openMigratedDataSource } from '../src/database/database.js';
import { createUser } from '../src/cli/create-user.js';
import { DEMO_LOGINS, seedDemoIfEmpty } from '../src/database/seeds/demo-seed.js';
import { AppError } from '../src/common/errors/app-error.js';

const run = promisify(execFile);
const cliMain = path.resolve(
  import.meta.dirname ?? path.dirname(new URL(import.meta.url).pathname),
  '../dist/server/src/cli/main.js',
);

describe('operator CLI and demo seed', () => {
  let dataSource: DataSource;

  beforeAll(async () => {
    // The operator's commands work as the owner (past row-level security).
    dataSource = createDataSource(process.env.TEST_DATABASE_OWNER_URL!);
    await dataSource.initialize();
  });
  afterAll(() => dataSource.destroy());

  it('creates the organisation when new, and the user in it', async () => {
    const name = `Gemeente Test ${Date.now()}`;
    const message = await createUser(dataSource, {
      organization: name,
      email: `Admin-${Date.now()}@Gemeente.example`,
      password: 'Sterk-wachtwoord-1',
      role: 'admin',
    });
    expect(message).toMatch(new RegExp(`in new organisation "${name}"`));
    const again = await createUser(dataSource, {
      organization: name,
      email: `second-${Date.now()}@gemeente.example`,
      password: 'Sterk-wachtwoord-1',
      role: 'caseworker',
    });
    expect(again).toMatch(/in organisation/);
    const [{ count }] = await dataSource.query(
      'SELECT count(*)::int AS count FROM users u JOIN organizations o ON o.id = u.organization_id WHERE o.name = $1',
      [name],
    );
    expect(count).toBe(2);
  });

  it('refuses a weak password or an unknown role and leaves no organisation behind', async () => {
    const name = `Nowhere ${Date.now()}`;
    for (const [password, role, field] of [
      ['weak', 'admin', 'password'],
      ['Sterk-wachtwoord-1', 'superuser', 'role'],
    ]) {
      const error = await createUser(dataSource, { organization: name, email: 'a@b.example', password, role }).catch(
        (e) => e,
      );
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).errors).toHaveProperty(field);
    }
    const [{ count }] = await dataSource.query('SELECT count(*)::int AS count FROM organizations WHERE name = $1', [
      name,
    ]);
    expect(count).toBe(0);
  });

  it('exits non-zero with a clear message from the command line', async () => {
    const env = {
      ...process.env,
      DATABASE_URL: process.env.TEST_DATABASE_URL!,
      DATABASE_OWNER_URL: process.env.TEST_DATABASE_OWNER_URL!,
      JWT_SECRET: 'x'.repeat(40),
    };
    const failure = await run(
      'node',
      [
        cliMain,
        'create-user',
        '--organization',
        'X',
        '--email',
        'x@y.example',
        '--password',
        'short',
        '--role',
        'admin',
      ],
      { env },
    ).catch((e) => e);
    expect(failure.code).toBe(1);
    expect(failure.stderr).toMatch(/password: must be at least 10 characters/);
    const ok = await run(
      'node',
      [
        cliMain,
        'create-user',
        '--organization',
        `CLI ${Date.now()}`,
        '--email',
        `cli-${Date.now()}@y.example`,
        '--password',
        'Lang-genoeg-2026',
        '--role',
        'coordinator',
      ],
      { env },
    );
    expect(ok.stdout).toMatch(/Created user cli-.*\(coordinator\)/);
    // Two node processes that each load the app and hash a password: slow on a busy 2-core machine.
  }, 120_000);

  it('seeds the demo data once, into an empty database', async () => {
    const server = new URL(process.env.TEST_DATABASE_ADMIN_URL!);
    server.pathname = '/postgres';
    const url = await createDatabase(server.toString(), `doorbraak_seed_${process.pid}_${Date.now()}`);
    const fresh = await openMigratedDataSource(url);
    try {
      expect(await seedDemoIfEmpty(fresh)).toBe(true);
      expect(await seedDemoIfEmpty(fresh)).toBe(false);
      const [counts] = await fresh.query(`
        SELECT (SELECT count(*) FROM organizations)::int AS orgs,
               (SELECT count(*) FROM users)::int AS users,
               (SELECT count(DISTINCT role) FROM users)::int AS roles,
               (SELECT count(*) FROM households h JOIN organizations o ON o.id = h.organization_id WHERE o.name LIKE 'OpenEmbassy%')::int AS research_households,
               (SELECT count(*) FROM persons p JOIN organizations o ON o.id = p.organization_id WHERE o.name LIKE 'OpenEmbassy%')::int AS research_persons,
               (SELECT count(DISTINCT municipality) FROM households)::int AS municipalities`);
      expect(counts).toMatchObject({
        orgs: 2,
        users: DEMO_LOGINS.length,
        roles: 5,
        // The report's 75, the two of the contribution demo (contributions-seed.ts) and Utrecht's 30
        // status-holder households of the cohort demo (cohorts-seed.ts).
        research_households: 107,
        municipalities: 4,
      });
      expect(counts.research_persons).toBeGreaterThanOrEqual(200);
      expect(counts.research_persons).toBeLessThanOrEqual(330);
      const [cohort] = await fresh.query(`
        SELECT count(*) FILTER (WHERE h.protection_basis = 'status_holder' AND p.status_granted_on > p.arrived_on)::int AS status_holders,
               count(*) FILTER (WHERE p.arrived_on IS NULL)::int AS without_arrival,
               count(*) FILTER (WHERE p.gender = 'unknown')::int AS gender_unknown
          FROM persons p JOIN households h ON h.id = p.household_id JOIN organizations o ON o.id = p.organization_id
         WHERE o.name LIKE 'OpenEmbassy%'`);
      expect(cohort.status_holders).toBeGreaterThanOrEqual(30);
      expect(cohort.gender_unknown).toBeLessThan(counts.research_persons / 10);
      // The contribution demo: July 2025 crosses an (invented, labelled) change of the gas/water/electricity amount.
      const versions = await fresh.query(
        `SELECT value::float AS value, to_char(valid_from, 'YYYY-MM-DD') AS "from" FROM policy_parameters p
           JOIN organizations o ON o.id = p.organization_id
          WHERE o.name LIKE 'OpenEmbassy%' AND key = 'contribution_gas_water_electricity' ORDER BY valid_from`,
      );
      expect(versions).toEqual([
        { value: 105, from: '2024-06-01' },
        { value: 107.5, from: '2025-07-16' },
        { value: 105, from: '2025-09-01' },
      ]);
      const [catering] = await fresh.query(`SELECT count(*)::int AS n FROM households WHERE catering`);
      expect(catering.n).toBe(1);
      const [plans] = await fresh.query(`
        SELECT (SELECT count(*) FROM perspective_plans WHERE status = 'active')::int AS active_plans,
               (SELECT count(DISTINCT domain_key) FROM obstacles)::int AS domains,
               (SELECT count(*) FROM obstacles WHERE systemic)::int AS systemic,
               (SELECT count(*) FROM obstacles WHERE status = 'resolved')::int AS resolved,
               (SELECT count(*) FROM breakthroughs)::int AS breakthroughs,
               (SELECT count(*) FROM obstacle_links)::int AS links`);
      // One full plan per individual-support household, as the 60 in the report.
      expect(plans.active_plans).toBe(60);
      expect(plans.domains).toBeGreaterThanOrEqual(8);
      expect(plans.systemic).toBeGreaterThan(0);
      expect(plans.resolved).toBeGreaterThan(0);
      expect(plans.breakthroughs).toBe(plans.resolved);
      expect(plans.links).toBeGreaterThan(0);
      const [placements] = await fresh.query(`
        SELECT (SELECT count(*) FROM persons WHERE matching_since IS NOT NULL)::int AS supported,
               (SELECT count(*) FROM employers)::int AS employers,
               (SELECT count(DISTINCT pl.person_id) FROM placements pl JOIN organizations o ON o.id = pl.organization_id
                 WHERE o.name LIKE 'NewBees%' AND pl.long_term AND pl.status <> 'proposed')::int AS long_term`);
      expect(placements).toEqual({ supported: 81, employers: 80, long_term: 65 });
      const [caseload] = await fresh.query(`
        SELECT (SELECT count(*) FROM households h JOIN users u ON u.id = ANY(h.assignee_ids)
                 WHERE u.email = 'caseworker@openembassy.example' AND h.shelter_end_date = CURRENT_DATE + 21)::int AS three_weeks,
               (SELECT count(*) FROM tasks)::int AS tasks,
               (SELECT count(*) FROM referrals)::int AS referrals,
               (SELECT count(*) FROM referrals r WHERE NOT EXISTS (SELECT 1 FROM consents c WHERE c.person_id = r.person_id
                  AND c.purpose = 'sharing' AND c.partner_organization_id = r.partner_organization_id))::int AS without_consent`);
      expect(caseload.three_weeks).toBeGreaterThanOrEqual(1);
      expect(caseload.tasks).toBeGreaterThan(10);
      expect(caseload.referrals).toBeGreaterThan(3);
      expect(caseload.without_consent).toBe(0);
      // The placement organisation sees contract ends coming too, one with its task and one without.
      const [newBees] = await fresh.query(`
        SELECT (SELECT count(*) FROM placements pl JOIN organizations o ON o.id = pl.organization_id
                 WHERE o.name LIKE 'NewBees%' AND pl.status = 'started' AND pl.end_date BETWEEN CURRENT_DATE AND CURRENT_DATE + 56)::int AS contract_ends,
               (SELECT count(*) FROM tasks t JOIN organizations o ON o.id = t.organization_id WHERE o.name LIKE 'NewBees%')::int AS tasks,
               (SELECT count(*) FROM tasks t WHERE t.deadline_kind = 'contract_end' AND t.deadline_date IS NOT NULL)::int AS contract_tasks`);
      // The fourth task: the proposed job waiting for its UWV notification (placement-permits-seed.ts).
      expect(newBees).toEqual({ contract_ends: 2, tasks: 4, contract_tasks: 1 });
      const [themes] = await fresh.query(`
        SELECT (SELECT count(*) FROM contact_logs)::int AS logs,
               (SELECT count(*) FROM helpdesk_questions)::int AS questions,
               (SELECT count(*) FROM labels WHERE parent_id IS NULL)::int AS top_labels,
               (SELECT count(*) FROM contact_logs cl WHERE NOT EXISTS (SELECT 1 FROM contact_log_labels x WHERE x.contact_log_id = cl.id))::int AS unlabelled`);
      // The year's 1,500 and the cohort demo's 78 extra health logs.
      expect(themes).toMatchObject({ logs: 1578, questions: 400, top_labels: 14 });
      expect(themes.unlabelled).toBeGreaterThan(20);
      // The theme mix is close to the report's pie chart (Work 31%).
      const [{ work }] = await fresh.query(`
        WITH RECURSIVE tree(id, root) AS (SELECT id, id FROM labels WHERE parent_id IS NULL UNION ALL SELECT l.id, t.root FROM labels l JOIN tree t ON l.parent_id = t.id)
        SELECT sum(x.minutes) FILTER (WHERE r.name->>'en' = 'Work') / sum(x.minutes) AS work
          FROM contact_log_labels x JOIN tree ON tree.id = x.label_id JOIN labels r ON r.id = tree.root`);
      expect(Number(work)).toBeGreaterThan(0.26);
      expect(Number(work)).toBeLessThan(0.36);
    } finally {
      await fresh.destroy();
    }
  });

  it('needs only the database: create-user and migrate run against DATABASE_URL without JWT_SECRET', async () => {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: process.env.TEST_DATABASE_URL!,
      DATABASE_OWNER_URL: process.env.TEST_DATABASE_OWNER_URL!,
    };
    delete env.JWT_SECRET;
    const created = await run(
      'node',
      [
        cliMain,
        'create-user',
        '--organization',
        `No secret ${Date.now()}`,
        '--email',
        `nosecret-${Date.now()}@y.example`,
        '--password',
        'Lang-genoeg-2026',
        '--role',
        'admin',
      ],
      { env },
    );
    expect(created.stdout).toMatch(/Created user nosecret-.*\(admin\)/);
    const migrated = await run('node', [cliMain, 'migrate'], { env });
    expect(migrated.stdout).toMatch(/Migrations are up to date/);
  });

  // As root (as in most containers, whose home is 0700), PostgreSQL runs as the postgres user, who cannot
  // enter such a folder: the cluster must live elsewhere, and the folder must stay closed.
  it('runs the embedded PostgreSQL for a data folder inside a folder others cannot enter, leaving it closed', async () => {
    const home = mkdtempSync(path.join(os.tmpdir(), 'doorbraak-home-'));
    chmodSync(home, 0o700);
    const dataDir = path.join(home, 'clone', '.data');
    try {
      const embedded = await startEmbeddedPostgres({ dataDir, password: 'a-password-for-this-test' });
      try {
        const { default: pg } = await import('pg');
        const client = new pg.Client({ connectionString: embedded.url });
        await client.connect();
        const [{ ok }] = (await client.query('SELECT 1 AS ok')).rows;
        await client.end();
        expect(ok).toBe(1);
      } finally {
        await embedded.stop();
      }
      expect(statSync(home).mode & 0o777).toBe(0o700);
    } finally {
      deleteEmbeddedCluster(dataDir);
      rmSync(home, { recursive: true, force: true });
    }
  }, 120_000);
});
