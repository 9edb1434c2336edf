import { JwtService } from '@nestjs/jwt';
import { createTestApp, type TestApp } from './support/test-app.js';
import { contactLogThemes, type ThemeFilter } from '../src/reports/theme-minutes.js';
import { generateDataset, sizeFor, dropBookkeeping } from '../bench/dataset.js';
import { ENDPOINTS, pickTargets, type Targets } from '../bench/endpoints.js';
import { runLoad } from '../bench/load.js';
import { startReferenceServer } from '../bench/reference-server.js';

/**
 * The benchmark's generator, reference server and load runner on a tiny
 * dataset (scale 0.001), and the theme report's per-label-first query
 * against the query it replaced, on that generated data.
 */
describe('the national-scale benchmark and the theme report at scale', () => {
  let t: TestApp;
  let targets: Targets;
  let orgIds: string[];

  beforeAll(async () => {
    t = await createTestApp();
    await generateDataset(t.dataSource, sizeFor(0.001), () => undefined);
    targets = await pickTargets(t.dataSource, new JwtService({ secret: 'not-used-by-the-reference-server-here' }));
    orgIds = (await t.dataSource.query(`SELECT id FROM bench_org ORDER BY n`)).map((r: { id: string }) => r.id);
    await dropBookkeeping(t.dataSource);
  }, 60_000);
  afterAll(() => t.close());

  it('generates label rows as the app writes them: minutes add up, one primary label per log and theme', async () => {
    const [counts] = await t.dataSource.query(
      `SELECT (SELECT count(*) FROM households WHERE organization_id = ANY($1))::int AS households,
              (SELECT count(*) FROM contact_logs WHERE organization_id = ANY($1))::int AS logs,
              (SELECT count(*) FROM (SELECT x.contact_log_id FROM contact_log_labels x JOIN contact_logs cl ON cl.id = x.contact_log_id
                 WHERE cl.organization_id = ANY($1) GROUP BY x.contact_log_id, cl.minutes HAVING sum(x.minutes) <> cl.minutes) s)::int AS "badMinutes",
              (SELECT count(*) FROM contact_logs cl WHERE cl.organization_id = ANY($1)
                 AND cl.labelled <> EXISTS (SELECT 1 FROM contact_log_labels x WHERE x.contact_log_id = cl.id))::int AS "badLabelled",
              (SELECT count(*) FROM (SELECT x.contact_log_id FROM contact_log_labels x JOIN labels l ON l.id = x.label_id
                 WHERE x.organization_id = ANY($1) GROUP BY x.contact_log_id, coalesce(l.parent_id, l.id) HAVING count(*) FILTER (WHERE x.primary_in_root) <> 1) s)::int AS "badPrimary",
              (SELECT count(*) FROM contact_log_labels x JOIN contact_logs cl ON cl.id = x.contact_log_id
                 WHERE x.organization_id <> cl.organization_id OR x.household_id <> cl.household_id OR x.occurred_at <> cl.occurred_at)::int AS "badCopies"`,
      [orgIds],
    );
    expect(counts).toEqual({
      households: sizeFor(0.001).households,
      logs: sizeFor(0.001).contactLogs,
      badMinutes: 0,
      badLabelled: 0,
      badPrimary: 0,
      badCopies: 0,
    });
  });

  it('loads every endpoint of the reference server without an error', async () => {
    const reference = await startReferenceServer(process.env.TEST_DATABASE_URL!);
    try {
      for (const endpoint of ENDPOINTS) {
        const run = await runLoad(reference.base, (i) => endpoint.request(targets, i), 2, 0.2, 0);
        expect({ endpoint: endpoint.name, errors: run.errors, firstError: run.firstError }).toEqual({
          endpoint: endpoint.name,
          errors: 0,
          firstError: undefined,
        });
        expect(run.requests).toBeGreaterThan(0);
      }
    } finally {
      await reference.close();
    }
  });

  // The theme report's query before it aggregated per label first, kept here to compare against.
  const joinThenAggregate = async (organizationId: string, filter: ThemeFilter, topLevel: boolean) => {
    const params: unknown[] = [organizationId];
    const parts = ['x.organization_id = $1'];
    const unlabelled = ['u.organization_id = $1'];
    if (filter.from) {
      params.push(filter.from);
      parts.push(`x.occurred_at >= $${params.length}::timestamptz`);
      unlabelled.push(`u.occurred_at >= $${params.length}::timestamptz`);
    }
    if (filter.municipalities) {
      params.push(filter.municipalities);
      const sub = `IN (SELECT h.id FROM households h WHERE h.organization_id = $1 AND h.municipality = ANY($${params.length}::text[]))`;
      parts.push(`x.household_id ${sub}`);
      unlabelled.push(`u.household_id ${sub}`);
    }
    const rows: { labelId: string | null; minutes: string; logs: number }[] = await t.dataSource.query(
      `WITH RECURSIVE tree(id, root) AS (
         SELECT id, id FROM labels WHERE organization_id = $1 AND parent_id IS NULL
         UNION ALL SELECT l.id, t.root FROM labels l JOIN tree t ON l.parent_id = t.id),
       grouped AS (
         SELECT ${topLevel ? 't.root' : 'x.label_id'} AS label_id, sum(x.minutes) AS minutes,
                count(*) FILTER (WHERE ${topLevel ? 'x.primary_in_root' : 'TRUE'})::int AS logs
           FROM contact_log_labels x JOIN tree t ON t.id = x.label_id
          WHERE ${parts.join(' AND ')}
          GROUP BY 1
         UNION ALL
         SELECT NULL, COALESCE(sum(u.minutes), 0), count(*)::int
           FROM contact_logs u WHERE ${unlabelled.join(' AND ')} AND u.deleted_at IS NULL AND NOT u.labelled)
       SELECT g.label_id AS "labelId", g.minutes::text AS minutes, g.logs FROM grouped g LEFT JOIN labels lb ON lb.id = g.label_id
        WHERE g.logs > 0 ORDER BY g.minutes DESC, lb.name->>'en'`,
      params,
    );
    return rows.map((r) => ({ labelId: r.labelId, minutes: Number(r.minutes), logs: r.logs }));
  };

  it('gives the numbers of the query it replaced, at both levels, with and without filters', async () => {
    const [municipality] = (
      await t.dataSource.query(`SELECT municipality FROM households WHERE organization_id = $1 LIMIT 1`, [orgIds[0]])
    ).map((r: { municipality: string }) => r.municipality);
    const filters: ThemeFilter[] = [{}, { from: targets.since }, { municipalities: [municipality] }];
    let compared = 0;
    for (const organizationId of orgIds) {
      for (const filter of filters) {
        for (const topLevel of [true, false]) {
          const before = await joinThenAggregate(organizationId, filter, topLevel);
          const now = (await contactLogThemes(t.dataSource, organizationId, filter, topLevel)).rows.map((r) => ({
            labelId: r.labelId,
            minutes: r.minutes,
            logs: r.logs,
          }));
          expect(now).toEqual(before);
          compared += before.length;
        }
      }
    }
    expect(compared).toBeGreaterThan(100);
  });
});
