import 'reflect-metadata';
import { startThrowawayPostgres } from '../src/database/embedded-postgres.js';
import { migrateAsOwner } from '../src/database/database.js';
import { ensureDatabaseRoles, urlForRole } from '../src/database/roles.js';
import { createDataSource } from '../src/database/data-source.js';
import { generateDataset, sizeFor } from './dataset.js';
import { contactLogThemes, contactLogThemesFromLabelRows } from '../src/reports/theme-minutes.js';
import { contactLogThemeTrend, contactLogThemeTrendFromLabelRows } from '../src/reports/theme-trend.js';
import { contactLogHouseholds, contactLogHouseholdsCounted } from '../src/reports/theme-groups.js';

/**
 * `node dist/server/bench/explain-themes.js <scale>`: the theme report's and
 * the theme trend's SQL, timed as the runtime role under row-level security
 * on a generated dataset, with and without the pre-aggregate; EXPLAIN
 * ANALYZE of each when EXPLAIN=1. Query-level figures for docs/performance.md.
 */
const scale = Number(process.argv[2] ?? '0.05');
const embedded = await startThrowawayPostgres('bench');
try {
  const owner = { name: 'bench_owner', password: 'bench-owner' };
  const runtime = { name: 'bench_app', password: 'bench-app' };
  await ensureDatabaseRoles(embedded.url, owner, runtime);
  await (await migrateAsOwner(urlForRole(embedded.url, owner), urlForRole(embedded.url, runtime))).destroy();
  const superuser = createDataSource(embedded.url);
  await superuser.initialize();
  await generateDataset(superuser, sizeFor(scale), (line) => process.stdout.write(`${line}\n`));
  const orgs: { id: string; big: boolean }[] = await superuser.query(
    `SELECT id, n = 2 AS big FROM bench_org ORDER BY n`,
  );
  await superuser.destroy();
  const app = createDataSource(urlForRole(embedded.url, runtime));
  await app.initialize();
  const since = new Date(Date.now() - 365 * 86_400_000).toISOString().slice(0, 10);
  const explain = process.env.EXPLAIN === '1';
  const timed = async (
    name: string,
    orgId: string,
    run: (q: { query: (sql: string, p?: unknown[]) => Promise<unknown> }) => Promise<unknown>,
  ) => {
    const times: number[] = [];
    for (let i = 0; i < 11; i++) {
      const runner = app.createQueryRunner();
      await runner.startTransaction();
      await runner.query(`SELECT set_config('app.organization_id', $1, true)`, [orgId]);
      const started = performance.now();
      await run({
        query: async (sql, p) => {
          if (explain && i === 10 && !sql.startsWith('SELECT contact_log_theme_months_compact')) {
            const plan = (await runner.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, p)) as { 'QUERY PLAN': string }[];
            process.stdout.write(`--- ${name}\n${plan.map((r) => r['QUERY PLAN']).join('\n')}\n`);
          }
          return (await runner.query(sql, p)) as unknown;
        },
      });
      times.push(performance.now() - started);
      await runner.commitTransaction();
      await runner.release();
    }
    times.shift();
    times.sort((a, b) => a - b);
    process.stdout.write(`${name}: median ${times[5].toFixed(1)} ms, max ${times[9].toFixed(1)} ms\n`);
  };
  const ordinary = orgs.find((o) => !o.big)!.id;
  const big = orgs.find((o) => o.big)!.id;
  for (const [label, orgId, filter] of [
    ["ordinary organisation's last year", ordinary, { from: since }],
    ['big organisation, every period', big, {}],
  ] as const) {
    await timed(`theme report, ${label}, label rows`, orgId, (q) =>
      contactLogThemesFromLabelRows(q, orgId, filter, true),
    );
    await timed(`theme report, ${label}, pre-aggregate`, orgId, (q) => contactLogThemes(q, orgId, filter, true));
  }
  // The households behind each theme (the small-group rule), probed and counted in full, and the trend.
  for (const [label, orgId, filter] of [
    ["ordinary organisation's last year", ordinary, { from: since }],
    ['big organisation, every period', big, {}],
  ] as const) {
    await timed(`households per theme, ${label}, counted in full`, orgId, (q) =>
      contactLogHouseholdsCounted(q, orgId, filter, true),
    );
    await timed(`households per theme, ${label}, probed`, orgId, (q) => contactLogHouseholds(q, orgId, filter, true));
  }
  await timed('theme trend per month, ordinary organisation, label rows', ordinary, (q) =>
    contactLogThemeTrendFromLabelRows(q, ordinary, {}, 'month'),
  );
  await timed('theme trend per month, ordinary organisation, pre-aggregate', ordinary, (q) =>
    contactLogThemeTrend(q, ordinary, {}, 'month'),
  );
  await app.destroy();
} finally {
  await embedded.stop();
}
