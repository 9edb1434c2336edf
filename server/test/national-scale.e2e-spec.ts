import { JwtService } from '@nestjs/jwt';
import { createTestApp, type TestApp } from './support/test-app.js';
import { randomUUID } from 'node:crypto';
import { contactLogThemes, contactLogThemesFromLabelRows, type ThemeFilter } from '../src/reports/theme-minutes.js';
import { replaceContactLogLabels, refreshPrimaryInRoot } from '../src/labels/label-assignment.js';
import { PERSONAL_DATA_TABLES } from '../src/person-data/personal-data-registry.js';
import { inOrganization } from '../src/common/database/unit-of-work.js';
import { contactLogThemeTrend, contactLogThemeTrendFromLabelRows } from '../src/reports/theme-trend.js';
import { ContactLogThemeMonths1796419000000 } from '../../migrations/1796419000000-ContactLogThemeMonths.js';
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

  /*
   * The pre-aggregate (contact_log_theme_months): for period-only filters the
   * report reads whole Dutch months from it and the partial months from the
   * label rows. Its numbers must be those of the label rows alone, for any
   * period, after any change to logs and labels, compacted or not.
   */
  const periods: ThemeFilter[] = [
    {},
    { from: '2025-07-01' },
    { to: '2026-01-31' },
    { from: '2025-03-30T00:00:00+01:00', to: '2025-10-26T00:00:00+02:00' },
    { from: '2025-03-01T00:00:00+01:00', to: '2025-10-31' },
    { from: '2025-04-01', to: '2025-11-01T00:00:00+01:00' },
    { from: '2025-05-31T22:00:00Z', to: '2025-08-31T21:59:59.999999Z' },
    { from: '2025-10-25T22:00:00Z', to: '2026-03-29T13:45:10.123456Z' },
    { from: '2026-06-15T13:45:10.123456Z', to: '2026-06-15T18:00:00Z' },
    { from: '2026-02-01', to: '2026-02-01' },
  ];
  const fromPreAggregate = async (organizationId: string) => {
    let compared = 0;
    for (const filter of [...periods, { from: targets.since }])
      for (const topLevel of [true, false]) {
        const raw = (await contactLogThemesFromLabelRows(t.dataSource, organizationId, filter, topLevel)).rows;
        const now = (await contactLogThemes(t.dataSource, organizationId, filter, topLevel)).rows;
        expect({ filter, topLevel, rows: now }).toEqual({ filter, topLevel, rows: raw });
        compared += raw.length;
      }
    // The trend: minutes from the pre-aggregate, households from the label rows; rows in label order to compare.
    const ordered = (trend: Awaited<ReturnType<typeof contactLogThemeTrend>>) =>
      trend.map((p) => ({
        ...p,
        rows: [...p.rows].sort((a, b) => String(a.labelId).localeCompare(String(b.labelId))),
      }));
    for (const filter of periods.slice(0, 5))
      for (const interval of ['month', 'quarter'] as const) {
        const raw = ordered(await contactLogThemeTrendFromLabelRows(t.dataSource, organizationId, filter, interval));
        const now = ordered(await contactLogThemeTrend(t.dataSource, organizationId, filter, interval));
        expect({ filter, interval, trend: now }).toEqual({ filter, interval, trend: raw });
        compared += raw.length;
      }
    return compared;
  };
  const deltaRows = async (organizationId: string) =>
    (
      await t.dataSource.query(
        `SELECT count(*)::int AS n FROM contact_log_theme_months WHERE organization_id = $1 AND delta`,
        [organizationId],
      )
    )[0].n as number;

  it('answers period-only filters from the pre-aggregate with the numbers of the label rows', async () => {
    let compared = 0;
    for (const organizationId of orgIds) compared += await fromPreAggregate(organizationId);
    expect(compared).toBeGreaterThan(100);
    // And with the query it replaced, for the periods that one takes.
    const pre = (await contactLogThemes(t.dataSource, orgIds[0], { from: targets.since }, true)).rows;
    expect(pre.map((r) => ({ labelId: r.labelId, minutes: r.minutes, logs: r.logs }))).toEqual(
      await joinThenAggregate(orgIds[0], { from: targets.since }, true),
    );
  });

  it('stays exact after inserts, edits, re-splits, soft deletes, deletes, a label merge and an erasure', async () => {
    const org = orgIds[0];
    const manager = t.dataSource.manager;
    const q = <T>(sql: string, params: unknown[] = []) => t.dataSource.query<T[]>(sql, params);
    const labels = await q<{ id: string; parent_id: string | null }>(
      `SELECT id, parent_id FROM labels WHERE organization_id = $1 AND NOT archived ORDER BY id`,
      [org],
    );
    const children = labels.filter((l) => l.parent_id);
    const roots = labels.filter((l) => !l.parent_id);
    type Log = { id: string; occurredAt: Date; householdId: string; authorId: string | null; labelled: boolean };
    const logs = await q<Log>(
      `(SELECT id, occurred_at AS "occurredAt", household_id AS "householdId", author_id AS "authorId", labelled
          FROM contact_logs WHERE organization_id = $1 AND deleted_at IS NULL AND labelled ORDER BY id LIMIT 40)
       UNION ALL
       (SELECT id, occurred_at, household_id, author_id, labelled
          FROM contact_logs WHERE organization_id = $1 AND deleted_at IS NULL AND NOT labelled ORDER BY id LIMIT 3)`,
      [org],
    );
    const labelled = logs.filter((l) => l.labelled);
    const unlabelled = logs.filter((l) => !l.labelled);
    expect(labelled.length).toBeGreaterThan(30);
    expect(unlabelled.length).toBeGreaterThan(0);
    const share = (labelId: string, minutes: number) => ({ labelId, minutes, explicit: true });

    // New logs: labelled ones (one or two labels, minutes split) and an unlabelled one.
    for (let i = 0; i < 6; i++) {
      const log = {
        ...labelled[i],
        id: randomUUID(),
        occurredAt: new Date(Date.parse('2025-11-0' + (i + 1)) + i * 3_600_000 * 5),
      };
      await q(
        `INSERT INTO contact_logs (id, organization_id, household_id, occurred_at, minutes, channel, author_id, labelled)
         VALUES ($1, $2, $3, $4, 45, 'phone', $5, $6)`,
        [log.id, org, log.householdId, log.occurredAt, log.authorId, i < 5],
      );
      if (i < 5)
        await replaceContactLogLabels(
          manager,
          org,
          log,
          i % 2 ? [share(roots[i].id, 45)] : [share(roots[i].id, 22.5), share(children[i].id, 22.5)],
          { fresh: true },
        );
    }
    // Edits: a log moved to another day (and time of day), as the service copies it to its label rows.
    for (const log of labelled.slice(0, 5)) {
      await q(`UPDATE contact_logs SET occurred_at = occurred_at - interval '3 days 5 hours' WHERE id = $1`, [log.id]);
      await q(
        `UPDATE contact_log_labels x SET occurred_at = cl.occurred_at FROM contact_logs cl WHERE cl.id = x.contact_log_id AND cl.id = $1`,
        [log.id],
      );
    }
    // Re-split minutes over other labels, labels taken off, labels put on an unlabelled log.
    for (const [i, log] of labelled.slice(5, 10).entries())
      await replaceContactLogLabels(manager, org, log, [share(children[i].id, 10), share(roots[i + 1].id, 20.25)]);
    for (const log of labelled.slice(10, 12)) await replaceContactLogLabels(manager, org, log, []);
    await replaceContactLogLabels(manager, org, unlabelled[0], [share(roots[2].id, 15)]);
    // Soft deletes (the label rows go, the log stays with deleted_at), of labelled and unlabelled logs.
    for (const log of [...labelled.slice(12, 16), ...unlabelled.slice(1, 2)]) {
      await q(`UPDATE contact_logs SET deleted_at = now() WHERE id = $1`, [log.id]);
      await q(`DELETE FROM contact_log_labels WHERE contact_log_id = $1`, [log.id]);
    }
    // A hard delete (its label rows go by the foreign key's cascade).
    await q(`DELETE FROM contact_logs WHERE id = $1`, [labelled[16].id]);
    expect(await deltaRows(org)).toBeGreaterThan(0);
    expect(await fromPreAggregate(org)).toBeGreaterThan(10);

    // A label merge as LabelsService.merge does it: uses moved (minutes added where a log had both), primaries redone.
    const [from, into] = [children[0], children.find((c) => c.parent_id !== children[0].parent_id)!];
    await q(
      `WITH gone AS (DELETE FROM contact_log_labels WHERE label_id = $1
                      RETURNING contact_log_id, organization_id, occurred_at, household_id, author_id, minutes)
       INSERT INTO contact_log_labels (contact_log_id, label_id, organization_id, occurred_at, household_id, author_id, minutes, explicit)
       SELECT contact_log_id, $2, organization_id, occurred_at, household_id, author_id, minutes, false FROM gone
       ON CONFLICT (contact_log_id, label_id) DO UPDATE SET minutes = contact_log_labels.minutes + EXCLUDED.minutes`,
      [from.id, into.id],
    );
    await q(`UPDATE labels SET parent_id = $2 WHERE parent_id = $1`, [from.id, into.id]);
    await refreshPrimaryInRoot(manager, org, null);
    // A label moved under another theme (the codebook's shape changed): primaries redone for the organisation.
    await q(`UPDATE labels SET parent_id = $2 WHERE id = $1`, [children[3].id, into.parent_id]);
    await refreshPrimaryInRoot(manager, org, null);
    // An erasure: the logs stay with their minutes and labels, their persons and notes go.
    const erase = PERSONAL_DATA_TABLES.find((p) => p.table === 'contact_logs')!.erase as string[];
    const [{ household_id: household, persons }] = await q<{ household_id: string; persons: string[] }>(
      `SELECT household_id, array_agg(id) AS persons FROM persons WHERE household_id = $1 GROUP BY household_id`,
      [labelled[20].householdId],
    );
    for (const sql of erase) await q(sql, [persons, household, true]);
    expect(await fromPreAggregate(org)).toBeGreaterThan(10);

    // Folded: one row per label and month, the same numbers.
    await q(`SELECT contact_log_theme_months_compact($1)`, [org]);
    expect(await deltaRows(org)).toBe(0);
    const [{ duplicates }] = await q<{ duplicates: number }>(
      `SELECT count(*)::int AS duplicates FROM (SELECT 1 FROM contact_log_theme_months WHERE organization_id = $1
         GROUP BY label_id, month HAVING count(*) > 1) d`,
      [org],
    );
    expect(duplicates).toBe(0);
    expect(await fromPreAggregate(org)).toBeGreaterThan(10);
  });

  it('is backfilled by its migration from the rows already there', async () => {
    const snapshot = () =>
      t.dataSource.query(
        `SELECT organization_id, label_id, month, sum(minutes)::text AS minutes, sum(label_rows)::int AS n, sum(primary_rows)::int AS p
           FROM contact_log_theme_months GROUP BY 1, 2, 3 HAVING sum(label_rows) <> 0 ORDER BY 1, 2, 3`,
      );
    for (const organizationId of orgIds)
      await t.dataSource.query(`SELECT contact_log_theme_months_compact($1)`, [organizationId]);
    const before = await snapshot();
    const runner = t.dataSource.createQueryRunner();
    try {
      await runner.startTransaction();
      await new ContactLogThemeMonths1796419000000().down(runner);
      await new ContactLogThemeMonths1796419000000().up(runner);
      await runner.commitTransaction();
    } finally {
      await runner.release();
    }
    expect(await snapshot()).toEqual(before);
    expect(before.length).toBeGreaterThan(100);
    for (const organizationId of orgIds) await fromPreAggregate(organizationId);
  });

  it("keeps an organisation's aggregates to itself under row-level security", async () => {
    const [a, b] = orgIds;
    const seen = await inOrganization(t.appDataSource, a, () =>
      t.appDataSource.query(`SELECT DISTINCT organization_id FROM contact_log_theme_months`),
    );
    expect(seen).toEqual([{ organization_id: a }]);
    // Another organisation's label rows written meanwhile: the app cannot fold (nor read) them.
    const [log] = await t.dataSource.query(
      `SELECT id FROM contact_logs WHERE organization_id = $1 AND labelled AND deleted_at IS NULL LIMIT 1`,
      [b],
    );
    await t.dataSource.query(`UPDATE contact_log_labels SET minutes = minutes + 1 WHERE contact_log_id = $1`, [log.id]);
    const pending = await deltaRows(b);
    expect(pending).toBeGreaterThan(0);
    const folded = await inOrganization(t.appDataSource, a, () =>
      t.appDataSource.query(`SELECT contact_log_theme_months_compact($1) AS n`, [b]),
    );
    expect(folded).toEqual([{ n: 0 }]);
    expect(await deltaRows(b)).toBe(pending);
    await expect(
      inOrganization(t.appDataSource, a, () =>
        t.appDataSource.query(
          `INSERT INTO contact_log_theme_months (organization_id, label_id, month, minutes, label_rows, primary_rows) VALUES ($1, NULL, '2026-01-01', 1, 1, 1)`,
          [b],
        ),
      ),
    ).rejects.toThrow(/row-level security/);
  });
});
