import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { startThrowawayPostgres } from '../src/database/embedded-postgres.js';
import { migrateAsOwner, openRuntimeDataSource } from '../src/database/database.js';
import { ensureDatabaseRoles, urlForRole } from '../src/database/roles.js';
import { bindToUnitOfWork, inOrganization } from '../src/common/database/unit-of-work.js';
import { createDataSource } from '../src/database/data-source.js';
import { Organization } from '../src/organizations/organization.entity.js';
import { Household } from '../src/households/household.entity.js';
import { createDefaultCodebook } from '../src/labels/default-codebook.js';
import { refreshPrimaryInRoot } from '../src/labels/label-assignment.js';
import { LabelsRepository } from '../src/labels/labels.repository.js';
import { LabelsService } from '../src/labels/labels.service.js';
import { IntegrationDomainsRepository } from '../src/integration-domains/integration-domains.repository.js';
import { ThemesService } from '../src/reports/themes.service.js';
import { HouseholdsRepository } from '../src/households/households.repository.js';
import { parseListQuery } from '../src/common/list/list-query.js';
import type { ActingUser } from '../src/common/auth/acting-user.js';
import { User } from '../src/users/user.entity.js';
import { createApp } from '../src/app.factory.js';
import { createLogger } from '../src/common/http/logger.js';
import { loadConfig } from '../src/config/config.js';
import type { RuntimeConfig } from '../src/config/runtime-config.js';
import { JwtService } from '@nestjs/jwt';
import type { DataSource } from 'typeorm';

/**
 * `npm run bench`: the theme report at scale. Starts its own embedded
 * PostgreSQL in a temp folder, generates BENCH_LOGS contact logs (default
 * 2,000,000; 30% with two labels) with SQL, and prints how long the report
 * and a label merge at that volume take. The household list and the theme
 * report are also timed through the app's real request path (HTTP, guard,
 * the database role the app runs as), so the cost of the request's unit of
 * work is in the figures.
 */
const LOGS = Number(process.env.BENCH_LOGS ?? 2_000_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

async function main() {
  const embedded = await startThrowawayPostgres('bench');
  try {
    // As in production: the owner generates the data, the app reads as the runtime role under row-level security.
    const owner = { name: 'bench_owner', password: 'bench-owner' };
    const runtime = { name: 'bench_app', password: 'bench-app' };
    await ensureDatabaseRoles(embedded.url, owner, runtime);
    const ownerUrl = urlForRole(embedded.url, owner);
    const appUrl = urlForRole(embedded.url, runtime);
    const ds = await migrateAsOwner(ownerUrl, appUrl);
    const appDs = bindToUnitOfWork(await openRuntimeDataSource(appUrl));
    const org = await ds.manager.save(ds.manager.create(Organization, { name: 'Bench' }));
    const { themes, byDomain } = await createDefaultCodebook(ds.manager, org.id);
    const labelIds = [...Object.values(themes), ...Object.values(byDomain)].map((l) => l.id);
    const households = await ds.manager.save(
      Array.from({ length: 500 }, (_, i) =>
        ds.manager.create(Household, {
          organizationId: org.id, reference: `B-${i}`, municipality: ['Zaanstad', 'Amsterdam', 'Nijmegen'][i % 3],
          shelterType: 'host_family', protectionBasis: 'temporary_protection', track: 'individual_support',
        }),
      ),
    );

    let t = performance.now();
    await ds.query(
      `INSERT INTO contact_logs (organization_id, household_id, occurred_at, minutes, channel, note, labelled)
       SELECT $1, ($2::uuid[])[1 + (g % array_length($2::uuid[], 1))], now() - (random() * interval '365 days'),
              (ARRAY[10, 15, 20, 30, 45, 60, 90])[1 + (g % 7)], 'phone', '', g % 33 <> 0
         FROM generate_series(1, $3) AS g`,
      [org.id, households.map((h) => h.id), LOGS],
    );
    // About 30% of the labelled logs get a second, different label, their minutes split equally.
    await ds.query(
      `WITH picked AS (
         SELECT id, organization_id, occurred_at, household_id, minutes, abs(hashtext(id::text)) AS h,
                abs(hashtext(id::text)) % 10 < 3 AS two, array_length($1::uuid[], 1) AS n
           FROM contact_logs WHERE labelled)
       INSERT INTO contact_log_labels (contact_log_id, label_id, organization_id, occurred_at, household_id, minutes)
       SELECT id, ($1::uuid[])[1 + (h % n)], organization_id, occurred_at, household_id, CASE WHEN two THEN minutes / 2.0 ELSE minutes END FROM picked
       UNION ALL
       SELECT id, ($1::uuid[])[1 + ((h % n) + 1 + (h / n) % (n - 1)) % n], organization_id, occurred_at, household_id, minutes / 2.0 FROM picked WHERE two`,
      [labelIds],
    );
    log(`generated ${LOGS.toLocaleString('en')} contact logs with labels (30% with two) in ${seconds(t)} s`);
    t = performance.now();
    // Two labels of one log under the same theme: only one of them counts the log for that theme.
    await refreshPrimaryInRoot(ds.manager, org.id, null);
    await ds.query('ANALYZE');
    log(`marked each log's first label per theme in ${seconds(t)} s`);

    const service = new ThemesService(appDs);
    const inOrg = <T>(work: () => Promise<T>) => inOrganization(appDs, org.id, work);
    const actor = { id: org.id, organizationId: org.id, role: 'coordinator', email: 'bench', fullName: 'bench' } as ActingUser;
    const since = new Date(Date.now() - 90 * 86400000).toISOString();
    for (const [name, filter] of [
      ['theme report, top level, all logs', { level: 'top' }],
      ['theme report, all levels, all logs', { level: 'all' }],
      ['theme report, top level, last 90 days', { level: 'top', occurredAt_gte: since }],
      ['theme report, one municipality', { level: 'top', municipality: 'Zaanstad' }],
    ] as const) {
      const times: number[] = [];
      let total = 0;
      for (let i = 0; i < RUNS; i++) {
        t = performance.now();
        total = (await inOrg(() => service.report(actor, { filter: JSON.stringify(filter) }))).totalMinutes;
        times.push(performance.now() - t);
      }
      times.sort((a, b) => a - b);
      log(`${name}: median ${Math.round(times[Math.floor(times.length / 2)])} ms, best ${Math.round(times[0])} ms (${RUNS} runs, ${total.toLocaleString('en')} minutes)`);
    }

    await timeRequests(ds, appUrl, ownerUrl, org.id);

    // The cost of the organisation boundary in the database, measured side by side so that the
    // load of a shared machine weighs on both: the same call as the owner (no row-level security,
    // no transaction) and as the runtime role in a unit of work (BEGIN, set_config, policy, COMMIT).
    const householdRepos = { owner: new HouseholdsRepository(ds), runtime: new HouseholdsRepository(appDs) };
    const page = parseListQuery({ range: '[0,24]' }, householdRepos.owner.spec);
    const ownerThemes = new ThemesService(ds);
    const top = { filter: JSON.stringify({ level: 'top' }) };
    for (const [name, withoutRls, withRls] of [
      ['household list, first page', () => householdRepos.owner.findForList(org.id, page), () => inOrg(() => householdRepos.runtime.findForList(org.id, page))],
      ['an empty unit of work', () => Promise.resolve(), () => inOrg(() => Promise.resolve())],
      ['theme report, top level, all logs', () => ownerThemes.report(actor, top), () => inOrg(() => service.report(actor, top))],
    ] as const) {
      const times = { without: [] as number[], with: [] as number[] };
      const runs = Math.max(RUNS, 21);
      for (let i = 0; i < runs; i++) {
        for (const which of i % 2 === 0 ? (['without', 'with'] as const) : (['with', 'without'] as const)) {
          const started = performance.now();
          await (which === 'with' ? withRls : withoutRls)();
          times[which].push(performance.now() - started);
        }
      }
      const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)].toFixed(1);
      log(`${name}, side by side (${runs} runs each): owner without row-level security median ${median(times.without)} ms, ` +
        `runtime role in a unit of work median ${median(times.with)} ms`);
    }

    // A merge at this volume: one domain label's uses (about 1/21 of the rows) move to its theme, in one transaction.
    const labels = new LabelsService(appDs, new LabelsRepository(appDs), new IntegrationDomainsRepository(appDs));
    t = performance.now();
    await inOrg(() => labels.merge(actor, byDomain.housing.id, themes.housing.id));
    log(`label merge (housing domain into the Housing theme): ${seconds(t)} s`);
    const after = (await inOrg(() => service.report(actor, { filter: JSON.stringify({ level: 'top' }) }))).totalMinutes;
    log(`theme report after the merge: ${after.toLocaleString('en')} minutes (unchanged: the merge moves minutes, it does not add any)`);
    await ds.destroy();
    await appDs.destroy();
  } finally {
    await embedded.stop();
  }
}

/** The Nest app in-process on a free port; each request timed from the client's side, median of RUNS. */
async function timeRequests(ds: DataSource, appUrl: string, ownerUrl: string, organizationId: string) {
  // A second organisation with households of its own, so the list has rows to leave out.
  const other = await ds.manager.save(ds.manager.create(Organization, { name: 'Bench other' }));
  await ds.manager.save(
    Array.from({ length: 500 }, (_, i) =>
      ds.manager.create(Household, {
        organizationId: other.id, reference: `O-${i}`, municipality: 'Utrecht',
        shelterType: 'host_family', protectionBasis: 'temporary_protection', track: 'individual_support',
      }),
    ),
  );
  const user = await ds.manager.save(
    ds.manager.create(User, { organizationId, email: 'bench@bench.example', fullName: 'Bench', role: 'coordinator', passwordHash: 'x', active: true }),
  );
  const config = loadConfig({ DATABASE_URL: appUrl, DATABASE_OWNER_URL: ownerUrl, JWT_SECRET: 'bench-secret-that-is-long-enough-for-hs256', LOG_LEVEL: 'silent', CLIENT_DIR: '/nonexistent' }) as RuntimeConfig;
  const appDs = createDataSource(appUrl);
  await appDs.initialize();
  const app = await createApp(config, appDs, createLogger('silent'));
  await app.listen(0, '127.0.0.1');
  try {
    const base = await app.getUrl();
    const token = await app.get(JwtService).signAsync({ sub: user.id, org: organizationId, role: user.role });
    const headers = { Authorization: `Bearer ${token}` };
    const runs = Math.max(RUNS, 21);
    for (const [name, path] of [
      ['GET /api/households (25 of 500, default sort)', '/api/households?range=[0,24]'],
      ['GET /api/households (search "B-1", sorted by municipality)', `/api/households?range=[0,24]&sort=["municipality","ASC"]&filter=${encodeURIComponent(JSON.stringify({ q: 'B-1' }))}`],
      ['GET /api/reports/themes (top level, all logs)', `/api/reports/themes?filter=${encodeURIComponent(JSON.stringify({ level: 'top' }))}`],
    ] as const) {
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        const t = performance.now();
        const res = await fetch(base + path, { headers });
        await res.arrayBuffer();
        if (res.status !== 200) throw new Error(`${path} answered ${res.status}`);
        times.push(performance.now() - t);
      }
      times.sort((a, b) => a - b);
      log(`${name} over HTTP: median ${(times[Math.floor(times.length / 2)]).toFixed(1)} ms, best ${times[0].toFixed(1)} ms (${runs} runs)`);
    }
  } finally {
    await app.close();
    if (appDs.isInitialized) await appDs.destroy();
  }
}

const log = (line: string) => process.stdout.write(`${line}\n`);
const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`bench failed: ${(error as Error)?.stack ?? error}\n`);
    process.exit(1);
  },
);
