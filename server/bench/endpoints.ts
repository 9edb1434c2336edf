import type { JwtService } from '@nestjs/jwt';
import type { DataSource } from 'typeorm';
import type { BenchRequest } from './load.js';

/** Who acts, in one of the measured organisations, and on which records. */
interface OrgTargets {
  orgId: string;
  coordinator: Record<string, string>;
  caseworker: Record<string, string>;
  municipalities: string[];
  households: { id: string; persons: string[] }[];
  persons: string[];
  placements: string[];
  labels: string[];
}

export interface Targets {
  orgs: OrgTargets[];
  since: string;
  bigThemeReport: BenchRequest;
  bigLogs: number;
  /** Global search (issue 18): a few queries as people type them, in ordinary organisations and the big one. */
  searches: { label: string; request: BenchRequest }[];
}

/** What people type into the search box: part of a name, a reference, a word of a note, nothing that exists. */
export const SEARCH_QUERIES = ['olen', 'KATER', 'municipality', 'zzqqy'];

/**
 * Request targets from the generated data, before its bookkeeping tables
 * are dropped: up to 8 ordinary organisations (not the big one), their
 * coordinator and first caseworker (with a bearer token for a session of
 * theirs, and the X-Bench-* headers the reference reads), and samples of
 * their records.
 */
export async function pickTargets(db: DataSource, jwt: JwtService): Promise<Targets> {
  const headers = async (userId: string, orgId: string, role: string) => ({
    Authorization: `Bearer ${await jwt.signAsync({ sub: userId, org: orgId, role }, { jwtid: userId })}`,
    'X-Bench-Org': orgId,
    'X-Bench-User': userId,
  });
  const orgRows: { n: number; id: string; munis: string[] }[] = await db.query(
    `SELECT n, id, munis FROM bench_org WHERE n <> 2 ORDER BY n LIMIT 8`,
  );
  const orgs: OrgTargets[] = [];
  for (const o of orgRows) {
    const [coordinator] = await db.query<{ id: string }[]>(
      `SELECT id FROM bench_user WHERE org_n = $1 AND role = 'coordinator'`,
      [o.n],
    );
    const [caseworker] = await db.query<{ id: string }[]>(
      `SELECT id FROM bench_user WHERE org_n = $1 AND role = 'caseworker' AND i = 1`,
      [o.n],
    );
    const households: { id: string; persons: string[] }[] = await db.query(
      `SELECT h.id, array_agg(p.id ORDER BY p.first_name, p.id) AS persons FROM households h JOIN persons p ON p.household_id = h.id AND p.deleted_at IS NULL
        WHERE h.organization_id = $1 AND h.deleted_at IS NULL GROUP BY h.id ORDER BY hashtext(h.id::text) LIMIT 200`,
      [o.id],
    );
    const persons: { id: string }[] = await db.query(
      `SELECT p.id FROM persons p JOIN households h ON h.id = p.household_id AND h.deleted_at IS NULL WHERE p.organization_id = $1 AND p.deleted_at IS NULL ORDER BY hashtext(p.id::text) LIMIT 500`,
      [o.id],
    );
    const placements: { id: string }[] = await db.query(
      `SELECT id FROM placements WHERE organization_id = $1 AND deleted_at IS NULL ORDER BY hashtext(id::text) LIMIT 500`,
      [o.id],
    );
    const labels: { id: string }[] = await db.query(
      `SELECT id FROM labels WHERE organization_id = $1 AND NOT archived AND deleted_at IS NULL ORDER BY id`,
      [o.id],
    );
    orgs.push({
      orgId: o.id,
      coordinator: await headers(coordinator.id, o.id, 'coordinator'),
      caseworker: await headers(caseworker.id, o.id, 'caseworker'),
      municipalities: o.munis,
      households,
      persons: persons.map((p) => p.id),
      placements: placements.map((p) => p.id),
      labels: labels.map((l) => l.id),
    });
  }
  const [big] = await db.query<
    { id: string; user_id: string; logs: number }[]
  >(`SELECT o.id, u.id AS user_id, (SELECT count(*) FROM contact_logs c WHERE c.organization_id = o.id)::int AS logs
      FROM bench_org o JOIN bench_user u ON u.org_n = o.n AND u.role = 'coordinator' WHERE o.n = 2`);
  const since = new Date(Date.now() - 365 * 86_400_000).toISOString().slice(0, 10);
  const bigHeaders = await headers(big.user_id, big.id, 'coordinator');
  const search = (q: string, h: Record<string, string>): BenchRequest => ({
    method: 'GET',
    path: `/api/search?q=${encodeURIComponent(q)}`,
    headers: h,
  });
  const searches = [
    ...SEARCH_QUERIES.map((q) => ({ label: `"${q}", big organisation`, request: search(q, bigHeaders) })),
    { label: 'a reference, big organisation', request: search('b2-0001', bigHeaders) },
    ...SEARCH_QUERIES.map((q) => ({ label: `"${q}", ordinary organisation`, request: search(q, orgs[0].coordinator) })),
  ];
  return {
    orgs,
    since,
    searches,
    bigLogs: big.logs,
    bigThemeReport: {
      method: 'GET',
      path: `/api/reports/themes?filter=${encodeURIComponent(JSON.stringify({ level: 'top', occurredAt_gte: '2000-01-01' }))}`,
      headers: await headers(big.user_id, big.id, 'coordinator'),
    },
  };
}

export interface Endpoint {
  name: string;
  /** The client counts this endpoint runs at, given the run's (default: that one). */
  clients?: (clients: number) => number[];
  request(targets: Targets, i: number): BenchRequest;
}

const org = (t: Targets, i: number) => t.orgs[i % t.orgs.length];
const at = <T>(list: T[], i: number) => list[Math.floor(i / 8) % list.length];
const get = (path: string, headers: Record<string, string>): BenchRequest => ({ method: 'GET', path, headers });
const json = (value: unknown) => encodeURIComponent(JSON.stringify(value));

/** The endpoints of the table, plus the household page's rollup, the timeline and a placement update. */
export const ENDPOINTS: Endpoint[] = [
  {
    name: 'household list',
    request: (t, i) => {
      const o = org(t, i);
      // As a person types it: lower case; the list compares case-insensitively.
      const municipality = at(o.municipalities, i).toLowerCase();
      return get(
        `/api/households?filter=${json({ municipality })}&range=${json([0, 24])}&sort=${json(['reference', 'ASC'])}`,
        o.coordinator,
      );
    },
  },
  { name: 'person show', request: (t, i) => get(`/api/persons/${at(org(t, i).persons, i)}`, org(t, i).coordinator) },
  {
    name: 'theme report',
    request: (t, i) =>
      get(`/api/reports/themes?filter=${json({ level: 'top', occurredAt_gte: t.since })}`, org(t, i).coordinator),
  },
  { name: 'caseload', request: (t, i) => get('/api/caseload', org(t, i).caseworker) },
  { name: 'deadlines', request: (t, i) => get('/api/deadlines?weeks=8', org(t, i).coordinator) },
  { name: 'obstacle report', request: (t, i) => get('/api/reports/obstacles', org(t, i).coordinator) },
  {
    name: 'contact-log create',
    clients: (c) => (c === 16 ? [16, 8] : [c]),
    request: (t, i) => {
      const o = org(t, i);
      const h = at(o.households, i);
      const labels =
        i % 3 === 0 ? [at(o.labels, i), o.labels[(Math.floor(i / 8) + 5) % o.labels.length]] : [at(o.labels, i)];
      const body = {
        householdId: h.id,
        personIds: [h.persons[0]],
        occurredAt: new Date(Date.now() - 3_600_000).toISOString(),
        minutes: 30,
        channel: 'phone',
        note: 'Benchmark: called about the next steps.',
        labelIds: [...new Set(labels)],
      };
      return { method: 'POST', path: '/api/contact-logs', headers: o.coordinator, body: JSON.stringify(body) };
    },
  },
  {
    name: 'obstacles by domain',
    request: (t, i) =>
      get(`/api/households/${at(org(t, i).households, i).id}/obstacles-by-domain`, org(t, i).coordinator),
  },
  {
    name: 'timeline',
    request: (t, i) => get(`/api/households/${at(org(t, i).households, i).id}/timeline`, org(t, i).coordinator),
  },
  {
    name: 'placement update',
    request: (t, i) => {
      const o = org(t, i);
      return {
        method: 'PUT',
        path: `/api/placements/${at(o.placements, i)}`,
        headers: o.coordinator,
        body: JSON.stringify({ notes: `Benchmark note ${i}`, hoursPerWeek: 8 + (i % 30) }),
      };
    },
  },
];

/**
 * The cohort and trend reports over one ordinary organisation (its two years
 * of data), timed one request at a time by main.ts: the reference server has
 * no such reports, so they are not in the load table.
 */
export const REPORT_TIMINGS: Endpoint[] = [
  {
    name: 'cohort report (paid job since arrival, by protection basis)',
    request: (t, i) => get(`/api/reports/cohorts?groupBy=protectionBasis`, org(t, i).coordinator),
  },
  {
    name: 'cohort report (long-term since status, by arrival quarter, women)',
    request: (t, i) =>
      get(
        `/api/reports/cohorts?groupBy=arrivalQuarter&filter=${json({ event: 'first_long_term_placement', start: 'status', gender: 'female' })}`,
        org(t, i).coordinator,
      ),
  },
  {
    name: 'theme trend (per month)',
    request: (t, i) => get('/api/reports/themes/trend?interval=month', org(t, i).coordinator),
  },
  {
    name: 'obstacle trend (per quarter)',
    request: (t, i) => get('/api/reports/obstacles/trend?interval=quarter', org(t, i).coordinator),
  },
];
