import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { startThrowawayPostgres } from '../src/database/embedded-postgres.js';
import { openMigratedDataSource } from '../src/database/database.js';
import { Organization } from '../src/organizations/organization.entity.js';
import { Household } from '../src/households/household.entity.js';
import { createDefaultCodebook } from '../src/labels/default-codebook.js';
import { refreshPrimaryInRoot } from '../src/labels/label-assignment.js';
import { LabelsRepository } from '../src/labels/labels.repository.js';
import { LabelsService } from '../src/labels/labels.service.js';
import { ObstaclesRepository } from '../src/obstacles/obstacles.repository.js';
import { ThemesService } from '../src/themes/themes.service.js';
import type { ActingUser } from '../src/common/auth/acting-user.js';

/**
 * `npm run bench`: the theme report at scale. Starts its own embedded
 * PostgreSQL in a temp folder, generates BENCH_LOGS contact logs (default
 * 2,000,000; 30% with two labels) with SQL, and prints how long the report
 * and a label merge at that volume take.
 */
const LOGS = Number(process.env.BENCH_LOGS ?? 2_000_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

async function main() {
  const embedded = await startThrowawayPostgres('bench');
  try {
    const ds = await openMigratedDataSource(embedded.url);
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

    const service = new ThemesService(ds);
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
        total = (await service.report(actor, { filter: JSON.stringify(filter) })).totalMinutes;
        times.push(performance.now() - t);
      }
      times.sort((a, b) => a - b);
      log(`${name}: median ${Math.round(times[Math.floor(times.length / 2)])} ms, best ${Math.round(times[0])} ms (${RUNS} runs, ${total.toLocaleString('en')} minutes)`);
    }

    // A merge at this volume: one domain label's uses (about 1/21 of the rows) move to its theme, in one transaction.
    const labels = new LabelsService(ds, new LabelsRepository(ds), new ObstaclesRepository(ds));
    t = performance.now();
    await labels.merge(actor, byDomain.housing.id, themes.housing.id);
    log(`label merge (housing domain into the Housing theme): ${seconds(t)} s`);
    const after = (await service.report(actor, { filter: JSON.stringify({ level: 'top' }) })).totalMinutes;
    log(`theme report after the merge: ${after.toLocaleString('en')} minutes (unchanged: the merge moves minutes, it does not add any)`);
    await ds.destroy();
  } finally {
    await embedded.stop();
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
