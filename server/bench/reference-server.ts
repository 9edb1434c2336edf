import http from 'node:http';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

/**
 * The reference the benchmark measures Doorbraak against: `node:http` + `pg`,
 * no framework, a pool of the app's size (10), and the best SQL we can write
 * for each answer (one statement per request where SQL allows it). It runs
 * as the app's runtime role under the same row-level security: each request
 * is one transaction that sets `app.organization_id` first, so the
 * comparison carries the same database cost of the organisation boundary.
 *
 * No authentication: the acting organisation and user come from the
 * X-Bench-Org and X-Bench-User headers (Doorbraak ignores them and reads its
 * bearer token), so both servers get byte-identical requests.
 *
 *   DATABASE_URL=postgres://runtime-role@… PORT=… node dist/server/bench/reference-server.js
 */

pg.types.setTypeParser(1082, (v) => v); // dates as 'YYYY-MM-DD', as the app returns them
let pool: pg.Pool;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Client = pg.PoolClient;

/** One request's transaction with the organisation set (BEGIN and set_config in one round trip). */
async function inOrganization<T>(org: string, work: (c: Client) => Promise<T>): Promise<T> {
  if (!UUID.test(org)) throw Object.assign(new Error('bad organisation'), { status: 401 });
  const c = await pool.connect();
  try {
    // Checked to be a UUID above: safe to inline, and the simple protocol takes two statements in one round trip.
    await c.query(`BEGIN; SELECT set_config('app.organization_id', '${org}', true)`);
    const result = await work(c);
    await c.query('COMMIT');
    return result;
  } catch (error) {
    await c.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    c.release();
  }
}

const HOUSEHOLD = `h.id, h.created_at AS "createdAt", h.updated_at AS "updatedAt", h.version, h.organization_id AS "organizationId", h.reference,
  h.municipality, h.shelter_type AS "shelterType", h.shelter_end_date AS "shelterEndDate", h.protection_basis AS "protectionBasis",
  h.protection_end_date AS "protectionEndDate", h.languages, h.track, h.status, h.assignee_ids AS "assigneeIds", h.notes`;

/**
 * A page and its total in one statement (the window count runs over the matching rows only), on the
 * stored lower-cased municipality: lower() in the query could not use an index under row-level security.
 */
const HOUSEHOLD_LIST = `SELECT ${HOUSEHOLD}, count(*) OVER () AS total FROM households h
  WHERE h.organization_id = $1 AND h.municipality_key = $2 AND h.deleted_at IS NULL
  ORDER BY h.reference, h.id LIMIT $3 OFFSET $4`;

/** The read and its audit row in one statement. */
const PERSON_SHOW = `WITH p AS (
    SELECT p.id, p.created_at AS "createdAt", p.updated_at AS "updatedAt", p.version, p.organization_id AS "organizationId",
           p.household_id AS "householdId", p.first_name AS "firstName", p.birth_year AS "birthYear", p.gender, p.household_role AS "householdRole",
           p.language_levels AS "languageLevels", p.education_level AS "educationLevel", p.diploma_evaluation AS "diplomaEvaluation",
           p.profession, p.experience, p.talents, p.ambitions, p.childcare_need AS "childcareNeed", p.matching_since AS "matchingSince", p.notes
      FROM persons p WHERE p.id = $2 AND p.organization_id = $1 AND p.deleted_at IS NULL),
  a AS (INSERT INTO audit_events (organization_id, user_id, action, resource, record_id, fields, request_id)
        SELECT $1, $3, 'read', 'persons', p.id, '{}', $4 FROM p)
  SELECT * FROM p`;

/**
 * Minutes per label first (an index-only scan of the covering index), then
 * rolled up to the top-level theme through the small label tree.
 */
const THEMES_LOGS = `WITH RECURSIVE tree(id, root) AS (
       SELECT id, id FROM labels WHERE organization_id = $1 AND parent_id IS NULL
       UNION ALL SELECT l.id, t.root FROM labels l JOIN tree t ON l.parent_id = t.id),
     per_label AS (
       SELECT x.label_id, sum(x.minutes) AS minutes, count(*) FILTER (WHERE x.primary_in_root) AS primary_logs
         FROM contact_log_labels x WHERE x.organization_id = $1 AND x.occurred_at >= $2::timestamptz GROUP BY x.label_id),
     grouped AS (
       SELECT t.root AS label_id, sum(p.minutes) AS minutes, sum(p.primary_logs)::int AS logs FROM per_label p JOIN tree t ON t.id = p.label_id GROUP BY t.root
       UNION ALL
       SELECT NULL, COALESCE(sum(u.minutes), 0), count(*)::int FROM contact_logs u
        WHERE u.organization_id = $1 AND u.occurred_at >= $2::timestamptz AND NOT u.labelled AND u.deleted_at IS NULL)
  SELECT g.label_id AS "labelId", lb.name, parent.name AS "parentName", lb.color, g.minutes::float8 AS minutes, g.logs
    FROM grouped g LEFT JOIN labels lb ON lb.id = g.label_id LEFT JOIN labels parent ON parent.id = lb.parent_id
   WHERE g.logs > 0 ORDER BY g.minutes DESC, lb.name->>'en'`;

const THEMES_HELPDESK = `WITH RECURSIVE tree(id, root) AS (
       SELECT id, id FROM labels WHERE organization_id = $1 AND parent_id IS NULL
       UNION ALL SELECT l.id, t.root FROM labels l JOIN tree t ON l.parent_id = t.id),
     picked AS (SELECT q.id, q.minutes FROM helpdesk_questions q WHERE q.organization_id = $1 AND q.received_at >= $2::timestamptz AND q.deleted_at IS NULL),
     per_record AS (SELECT t.root AS label_id, x.helpdesk_question_id, sum(x.minutes) AS minutes
                      FROM helpdesk_question_labels x JOIN picked p ON p.id = x.helpdesk_question_id JOIN tree t ON t.id = x.label_id GROUP BY 1, 2),
     grouped AS (SELECT label_id, sum(minutes) AS minutes, count(*)::int AS logs FROM per_record GROUP BY label_id
                 UNION ALL
                 SELECT NULL, COALESCE(sum(p.minutes), 0), count(*)::int FROM picked p
                  WHERE NOT EXISTS (SELECT 1 FROM helpdesk_question_labels x WHERE x.helpdesk_question_id = p.id))
  SELECT g.label_id AS "labelId", lb.name, parent.name AS "parentName", lb.color, g.minutes::float8 AS minutes, g.logs
    FROM grouped g LEFT JOIN labels lb ON lb.id = g.label_id LEFT JOIN labels parent ON parent.id = lb.parent_id
   WHERE g.logs > 0 ORDER BY g.minutes DESC, lb.name->>'en'`;

const CASELOAD = `SELECT * FROM (SELECT h.id, h.reference, h.municipality, h.track, h.shelter_type AS "shelterType",
       (SELECT json_build_object('kind', n.kind, 'date', to_char(n.date, 'YYYY-MM-DD'))
          FROM (SELECT 'shelter_end' AS kind, h.shelter_end_date AS date
                UNION ALL SELECT 'protection_end', h.protection_end_date
                UNION ALL SELECT 'contract_end', pl.end_date FROM persons p JOIN placements pl ON pl.person_id = p.id
                 WHERE p.household_id = h.id AND pl.deleted_at IS NULL AND pl.status IN ('started', 'extended')) n
         WHERE n.date >= CURRENT_DATE ORDER BY n.date LIMIT 1) AS "nextDeadline",
       t.open AS "openTasks", t.overdue AS "overdueTasks",
       (SELECT count(*) FROM obstacles o WHERE o.household_id = h.id AND o.status IN ('open', 'in_progress') AND o.deleted_at IS NULL)::int AS "openObstacles",
       greatest(
         (SELECT max(cl.occurred_at) FROM contact_logs cl WHERE cl.household_id = h.id AND cl.deleted_at IS NULL),
         (SELECT max(b.date)::timestamptz FROM breakthroughs b WHERE b.household_id = h.id AND b.deleted_at IS NULL),
         (SELECT max(nc.date)::timestamptz FROM persons p JOIN network_conversations nc ON nc.person_id = p.id WHERE p.household_id = h.id AND nc.deleted_at IS NULL),
         (SELECT max(r.created_at) FROM persons p JOIN perspective_plans pp ON pp.person_id = p.id JOIN plan_reviews r ON r.plan_id = pp.id WHERE p.household_id = h.id)
       ) AS "lastContactAt"
  FROM households h
  CROSS JOIN LATERAL (SELECT count(*)::int AS open, (count(*) FILTER (WHERE tk.due_date < CURRENT_DATE))::int AS overdue
                        FROM tasks tk WHERE tk.household_id = h.id AND tk.status = 'open' AND tk.deleted_at IS NULL) t
 WHERE h.organization_id = $1 AND h.deleted_at IS NULL AND h.status = 'active' AND h.assignee_ids @> ARRAY[$2::uuid]) c
 ORDER BY c."nextDeadline"->>'date' NULLS LAST, c.reference`;

/** Each kind of deadline read by its date range first (indexed), every branch scoped to the organisation. */
const DEADLINES = `WITH d AS (
    SELECT 'shelter_end' AS kind, h.shelter_end_date AS date, h.id AS household_id, h.reference, NULL::uuid AS person_id, NULL::uuid AS placement_id
      FROM households h WHERE h.organization_id = $1 AND h.deleted_at IS NULL AND h.status = 'active'
       AND h.shelter_end_date BETWEEN CURRENT_DATE AND CURRENT_DATE + $2::int * 7
    UNION ALL
    SELECT 'protection_end', h.protection_end_date, h.id, h.reference, NULL, NULL
      FROM households h WHERE h.organization_id = $1 AND h.deleted_at IS NULL AND h.status = 'active'
       AND h.protection_end_date BETWEEN CURRENT_DATE AND CURRENT_DATE + $2::int * 7
    UNION ALL
    SELECT 'contract_end', pl.end_date, h.id, h.reference, pl.person_id, pl.id
      FROM placements pl JOIN persons p ON p.id = pl.person_id JOIN households h ON h.id = p.household_id
     WHERE pl.organization_id = $1 AND pl.deleted_at IS NULL AND pl.status IN ('started', 'extended')
       AND pl.end_date BETWEEN CURRENT_DATE AND CURRENT_DATE + $2::int * 7
       AND h.deleted_at IS NULL AND h.status = 'active')
  SELECT d.kind, to_char(d.date, 'YYYY-MM-DD') AS date, (d.date - CURRENT_DATE)::int AS "daysLeft",
         d.household_id AS "householdId", d.reference AS "householdReference", d.person_id AS "personId", d.placement_id AS "placementId",
         (SELECT t.id FROM tasks t
           WHERE t.household_id = d.household_id AND t.deadline_kind = d.kind AND t.deadline_date = d.date AND t.deleted_at IS NULL
             AND t.status <> 'cancelled' AND (d.placement_id IS NULL OR t.placement_id = d.placement_id)
           ORDER BY t.created_at DESC LIMIT 1) AS "taskId"
    FROM d ORDER BY d.date, d.reference`;

const BY_DOMAIN = (where: string) => `SELECT d.key AS "domainKey",
       count(o.status) FILTER (WHERE o.status = 'open')::int AS "open",
       count(o.status) FILTER (WHERE o.status = 'in_progress')::int AS "inProgress",
       count(o.status) FILTER (WHERE o.status = 'resolved')::int AS "resolved",
       count(o.status) FILTER (WHERE o.status = 'not_resolvable')::int AS "notResolvable",
       count(o.status)::int AS "total",
       count(DISTINCT o.person_id)::int AS "persons",
       percentile_cont(0.5) WITHIN GROUP (ORDER BY (o.resolved_on - o.identified_on)) FILTER (WHERE o.status = 'resolved') AS "medianDaysToResolve"
  FROM integration_domains d LEFT JOIN obstacles o ON o.domain_key = d.key AND ${where} AND o.deleted_at IS NULL
 GROUP BY d.key, d."order" ORDER BY d."order"`;
const DOMAIN_FIGURES = [
  'open',
  'inProgress',
  'resolved',
  'notResolvable',
  'total',
  'medianDaysToResolve',
  'shareResolved',
];
const OBSTACLE_REPORT = BY_DOMAIN('o.organization_id = $1');
const HOUSEHOLD_ROLLUP = `SELECT EXISTS (SELECT 1 FROM households WHERE id = $2 AND organization_id = $1 AND deleted_at IS NULL) AS found,
  (SELECT json_agg(r) FROM (${BY_DOMAIN('o.organization_id = $1 AND o.household_id = $2')}) r) AS rows`;

/** The timeline's kinds of event in one union, each read through its household index; a contact's labels joined in. */
const TIMELINE = `SELECT e.at, e.type, e.title, e.resource, e.record_id AS "recordId", e.person_id AS "personId",
       CASE WHEN e.type = 'contact' THEN (SELECT COALESCE(json_agg(json_build_object('id', lb.id, 'name', lb.name, 'color', lb.color) ORDER BY lb.name->>'en'), '[]')
                                            FROM contact_log_labels x JOIN labels lb ON lb.id = x.label_id WHERE x.contact_log_id = e.record_id) END AS labels
  FROM (
    SELECT cl.occurred_at, 'contact', left(cl.note, 120), 'contact-logs', cl.id, cl.person_ids[1] FROM contact_logs cl WHERE cl.household_id = $1 AND cl.organization_id = $2 AND cl.deleted_at IS NULL
    UNION ALL SELECT r.reviewed_on::timestamptz, 'review', COALESCE(r.note, ''), 'perspective-plans', pp.id, pp.person_id
      FROM persons p JOIN perspective_plans pp ON pp.person_id = p.id JOIN plan_reviews r ON r.plan_id = pp.id WHERE p.household_id = $1 AND r.organization_id = $2
    UNION ALL SELECT o.identified_on::timestamptz, 'obstacle', o.title, 'obstacles', o.id, o.person_id FROM obstacles o WHERE o.household_id = $1 AND o.organization_id = $2 AND o.deleted_at IS NULL
    UNION ALL SELECT o.resolved_on::timestamptz, 'obstacle_resolved', o.title, 'obstacles', o.id, o.person_id FROM obstacles o
      WHERE o.household_id = $1 AND o.organization_id = $2 AND o.deleted_at IS NULL AND o.resolved_on IS NOT NULL
    UNION ALL SELECT b.date::timestamptz, 'breakthrough', b.title, 'breakthroughs', b.id, NULL::uuid FROM breakthroughs b WHERE b.household_id = $1 AND b.organization_id = $2 AND b.deleted_at IS NULL
    UNION ALL SELECT c.changed_on::timestamptz, 'placement', pl.type || ': ' || c.status, 'placements', pl.id, pl.person_id
      FROM persons p JOIN placements pl ON pl.person_id = p.id JOIN placement_status_changes c ON c.placement_id = pl.id
     WHERE p.household_id = $1 AND pl.organization_id = $2 AND pl.deleted_at IS NULL
    UNION ALL SELECT nc.date::timestamptz, 'conversation', COALESCE(nc.sector, nc.contact, ''), 'network-conversations', nc.id, nc.person_id
      FROM persons p JOIN network_conversations nc ON nc.person_id = p.id WHERE p.household_id = $1 AND nc.organization_id = $2 AND nc.deleted_at IS NULL
    UNION ALL SELECT COALESCE(t.done_on, t.due_date)::timestamptz, 'task', t.title || ' (' || t.status || ')', 'tasks', t.id, t.person_id
      FROM tasks t WHERE t.household_id = $1 AND t.organization_id = $2 AND t.deleted_at IS NULL
    UNION ALL SELECT rf.date::timestamptz, 'referral', po.name || ' (' || rf.status || ')', 'referrals', rf.id, rf.person_id
      FROM persons p JOIN referrals rf ON rf.person_id = p.id JOIN partner_organizations po ON po.id = rf.partner_organization_id
     WHERE p.household_id = $1 AND rf.organization_id = $2 AND rf.deleted_at IS NULL
    UNION ALL SELECT cs.given_on::timestamptz, 'consent', cs.purpose || CASE WHEN cs.withdrawn_on IS NOT NULL THEN ' (withdrawn ' || cs.withdrawn_on || ')' ELSE '' END,
           'consents', cs.id, cs.person_id
      FROM persons p JOIN consents cs ON cs.person_id = p.id WHERE p.household_id = $1 AND cs.organization_id = $2 AND cs.deleted_at IS NULL
  ) AS e(at, type, title, resource, record_id, person_id)
  ORDER BY e.at DESC, e.type LIMIT $3`;

/**
 * A contact log, its label rows (minutes split, the remainder on the first; per
 * theme only the lowest label id counts the log) and its audit row: one
 * statement. The household and every person must be live records of the
 * organisation, and every label one of its labels, or nothing is written.
 */
const CONTACT_LOG_CREATE = `WITH RECURSIVE
  tree(id, root) AS (SELECT id, id FROM labels WHERE organization_id = $1 AND parent_id IS NULL
                     UNION ALL SELECT l.id, t.root FROM labels l JOIN tree t ON l.parent_id = t.id),
  lab AS (SELECT l.id, t.root, row_number() OVER (ORDER BY ord) AS i, count(*) OVER () AS n
            FROM unnest($8::uuid[]) WITH ORDINALITY AS u(id, ord) JOIN labels l ON l.id = u.id AND l.organization_id = $1 AND l.deleted_at IS NULL JOIN tree t ON t.id = l.id),
  ok AS (SELECT 1 FROM households h WHERE h.id = $2 AND h.organization_id = $1 AND h.deleted_at IS NULL
            AND (SELECT count(*) FROM persons p WHERE p.id = ANY($3::uuid[]) AND p.household_id = h.id AND p.deleted_at IS NULL) = cardinality($3::uuid[])
            AND (SELECT count(*) FROM lab) = cardinality($8::uuid[])),
  ins AS (INSERT INTO contact_logs (organization_id, household_id, person_ids, occurred_at, minutes, channel, author_id, note, labelled)
          SELECT $1, $2, $3, $4, $5, $6, $7, $9, cardinality($8::uuid[]) > 0 FROM ok
          RETURNING id, created_at AS "createdAt", updated_at AS "updatedAt", version, organization_id AS "organizationId", household_id AS "householdId",
                    person_ids AS "personIds", occurred_at AS "occurredAt", minutes, channel, language, author_id AS "authorId", note,
                    obstacle_ids AS "obstacleIds", breakthrough_ids AS "breakthroughIds", follow_up_on AS "followUpOn", labelled),
  shares AS (SELECT lab.id, lab.root, floor($5 * 100 / lab.n) / 100.0 + CASE WHEN lab.i = 1 THEN ($5 * 100 - floor($5 * 100 / lab.n) * lab.n) / 100.0 ELSE 0 END AS minutes FROM lab),
  labelled AS (INSERT INTO contact_log_labels (contact_log_id, label_id, organization_id, occurred_at, household_id, author_id, minutes, explicit, primary_in_root)
               SELECT ins.id, s.id, $1, $4, $2, $7, s.minutes, false, s.id::text = min(s.id::text) OVER (PARTITION BY s.root) FROM ins, shares s
               RETURNING label_id, minutes),
  audit AS (INSERT INTO audit_events (organization_id, user_id, action, resource, record_id, fields, request_id)
            SELECT $1, $7, 'create', 'contact-logs', ins.id, $10, $11 FROM ins)
  SELECT ins.*, (SELECT COALESCE(json_object_agg(label_id, minutes), '{}') FROM labelled) AS "labelMinutes" FROM ins`;

const PLACEMENT_UPDATE = `WITH up AS (
    UPDATE placements SET notes = $3, hours_per_week = $4, updated_at = now(), version = version + 1
     WHERE id = $2 AND organization_id = $1 AND deleted_at IS NULL
     RETURNING id, created_at AS "createdAt", updated_at AS "updatedAt", version, organization_id AS "organizationId", person_id AS "personId",
               employer_id AS "employerId", matcher_id AS "matcherId", type, contract_type AS "contractType", hours_per_week::float8 AS "hoursPerWeek",
               start_date AS "startDate", end_date AS "endDate", sector, job_title AS "jobTitle", fit, status, source, notes, long_term AS "longTerm", end_reason AS "endReason"),
  audit AS (INSERT INTO audit_events (organization_id, user_id, action, resource, record_id, fields, request_id)
            SELECT $1, $5, 'update', 'placements', up.id, '{hoursPerWeek,notes}', $6 FROM up)
  SELECT * FROM up`;

const UNLABELLED = { nl: 'Zonder label', en: 'Unlabelled', uk: 'Без мітки' };
type Row = Record<string, unknown>;
type ThemeRow = {
  labelId: string | null;
  name: unknown;
  parentName: unknown;
  color: string | null;
  minutes: number;
  logs: number;
};
function totals(rows: ThemeRow[]) {
  const total = rows.reduce((sum, r) => sum + r.minutes, 0);
  return {
    totalMinutes: Math.round(total * 100) / 100,
    rows: rows.map((r) => ({ ...r, name: r.name ?? UNLABELLED, share: total === 0 ? 0 : r.minutes / total })),
  };
}

function send(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  const json = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(json),
    ...headers,
  });
  res.end(json);
}
const notFound = (res: http.ServerResponse, what: string) =>
  send(res, 404, { statusCode: 404, error: 'not_found', message: `${what} not found` });

async function readJson(req: http.IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
}

async function route(req: http.IncomingMessage, res: http.ServerResponse) {
  const url = new URL(req.url ?? '/', 'http://bench');
  const path = url.pathname;
  if (path === '/api/health') {
    await pool.query('SELECT 1');
    return send(res, 200, { status: 'ok', db: 'up' });
  }
  const org = String(req.headers['x-bench-org'] ?? '');
  const user = String(req.headers['x-bench-user'] ?? '');
  const q = url.searchParams;
  let m: RegExpExecArray | null;

  if (req.method === 'GET' && path === '/api/households') {
    const filter = JSON.parse(q.get('filter') ?? '{}') as { municipality?: string };
    const [first, last] = JSON.parse(q.get('range') ?? '[0,24]') as [number, number];
    const rows = await inOrganization(
      org,
      async (c) =>
        (
          await c.query<Row>(HOUSEHOLD_LIST, [
            org,
            String(filter.municipality).trim().toLowerCase(),
            last - first + 1,
            first,
          ])
        ).rows,
    );
    const total = rows.length ? Number(rows[0].total) : 0;
    for (const r of rows) delete r.total;
    const span = rows.length ? `${first}-${first + rows.length - 1}` : '*';
    return send(res, 200, rows, {
      'Content-Range': `households ${span}/${total}`,
      'Access-Control-Expose-Headers': 'Content-Range',
    });
  }
  if (req.method === 'GET' && (m = /^\/api\/persons\/([^/]+)$/.exec(path))) {
    const id = m[1];
    if (!UUID.test(id)) return notFound(res, 'Person');
    const person = await inOrganization(
      org,
      async (c) => (await c.query<Row>(PERSON_SHOW, [org, id, user, randomUUID()])).rows[0],
    );
    return person ? send(res, 200, person) : notFound(res, 'Person');
  }
  if (req.method === 'GET' && path === '/api/reports/themes') {
    const f = JSON.parse(q.get('filter') ?? '{}') as { level?: string; occurredAt_gte: string };
    const [logs, helpdesk] = await inOrganization(org, async (c) => [
      totals((await c.query<ThemeRow>(THEMES_LOGS, [org, f.occurredAt_gte])).rows),
      totals((await c.query<ThemeRow>(THEMES_HELPDESK, [org, f.occurredAt_gte])).rows),
    ]);
    return send(res, 200, {
      level: f.level ?? 'top',
      totalMinutes: logs.totalMinutes,
      rows: logs.rows,
      helpdesk: { ...helpdesk, filtersApplied: ['occurredAt_gte'] },
    });
  }
  if (req.method === 'GET' && path === '/api/caseload') {
    return send(res, 200, await inOrganization(org, async (c) => (await c.query<Row>(CASELOAD, [org, user])).rows));
  }
  if (req.method === 'GET' && path === '/api/deadlines') {
    const weeks = Number(q.get('weeks') ?? 8);
    return send(res, 200, await inOrganization(org, async (c) => (await c.query<Row>(DEADLINES, [org, weeks])).rows));
  }
  if (req.method === 'GET' && path === '/api/reports/obstacles') {
    const rows = await inOrganization(
      org,
      async (c) =>
        (await c.query<Row & { total: number; resolved: number; persons: number }>(OBSTACLE_REPORT, [org])).rows,
    );
    const total = rows.reduce((s, d) => s + d.total, 0);
    const resolved = rows.reduce((s, d) => s + d.resolved, 0);
    // The small-group rule as Doorbraak applies it: a domain of 1 to 4 persons keeps only its key.
    const byDomain = rows.map(({ persons, ...r }) =>
      persons > 0 && persons < 5
        ? {
            domainKey: r.domainKey,
            ...Object.fromEntries(DOMAIN_FIGURES.map((f) => [f, null])),
            fewerThan5: DOMAIN_FIGURES,
          }
        : { ...r, shareResolved: r.total === 0 ? 0 : r.resolved / r.total, fewerThan5: [] },
    );
    return send(res, 200, { byDomain, total, shareResolved: total === 0 ? 0 : resolved / total });
  }
  if (req.method === 'GET' && (m = /^\/api\/households\/([^/]+)\/obstacles-by-domain$/.exec(path))) {
    if (!UUID.test(m[1])) return notFound(res, 'Household');
    const id = m[1];
    const row = await inOrganization(
      org,
      async (c) => (await c.query<{ found: boolean; rows: Row[] }>(HOUSEHOLD_ROLLUP, [org, id])).rows[0],
    );
    if (!row.found) return notFound(res, 'Household');
    return send(
      res,
      200,
      row.rows.map(({ domainKey, open, inProgress, resolved, notResolvable }) => ({
        domainKey,
        open,
        inProgress,
        resolved,
        notResolvable,
      })),
    );
  }
  if (req.method === 'GET' && (m = /^\/api\/households\/([^/]+)\/timeline$/.exec(path))) {
    if (!UUID.test(m[1])) return notFound(res, 'Household');
    const id = m[1];
    const limit = Number(q.get('limit') ?? 500);
    const rows = await inOrganization(org, async (c) => (await c.query<Row>(TIMELINE, [id, org, limit])).rows);
    return send(
      res,
      200,
      rows.map((r) => {
        const { labels, ...rest } = r;
        return { ...rest, at: (r.at as Date).toISOString(), ...(r.type === 'contact' ? { labels } : {}) };
      }),
    );
  }
  if (req.method === 'POST' && path === '/api/contact-logs') {
    const b = await readJson(req);
    const labelIds = [...new Set((b.labelIds as string[] | undefined) ?? [])];
    const sent = Object.keys(b)
      .filter((k) => b[k] !== undefined)
      .sort();
    const row = await inOrganization(
      org,
      async (c) =>
        (
          await c.query<Row & { labelMinutes: Record<string, unknown> }>(CONTACT_LOG_CREATE, [
            org,
            b.householdId,
            b.personIds,
            b.occurredAt,
            b.minutes,
            b.channel,
            user,
            labelIds,
            b.note ?? '',
            sent,
            randomUUID(),
          ])
        ).rows[0],
    );
    if (!row)
      return send(res, 400, { statusCode: 400, error: 'bad_request', message: 'unknown household, person or label' });
    row.labelIds = [...labelIds].sort();
    for (const k of Object.keys(row.labelMinutes)) row.labelMinutes[k] = Number(row.labelMinutes[k]);
    return send(res, 201, row);
  }
  if (req.method === 'PUT' && (m = /^\/api\/placements\/([^/]+)$/.exec(path))) {
    if (!UUID.test(m[1])) return notFound(res, 'Placement');
    const id = m[1];
    const b = await readJson(req);
    const row = await inOrganization(
      org,
      async (c) =>
        (await c.query<Row>(PLACEMENT_UPDATE, [org, id, b.notes, b.hoursPerWeek, user, randomUUID()])).rows[0],
    );
    return row ? send(res, 200, row) : notFound(res, 'Placement');
  }
  return send(res, 404, { statusCode: 404, error: 'not_found', message: 'Not found' });
}

/** The reference on `databaseUrl` (the runtime role), listening on `port` (0: any free one). */
export async function startReferenceServer(
  databaseUrl: string,
  port = 0,
): Promise<{ base: string; close(): Promise<void> }> {
  pool = new pg.Pool({ connectionString: databaseUrl, max: 10, application_name: 'bench-reference' });
  const server = http.createServer((req, res) => {
    route(req, res).catch((error: unknown) => {
      const status = (error as { status?: number }).status ?? 500;
      if (status === 500) process.stderr.write(`${(error as Error)?.stack ?? String(error)}\n`);
      if (!res.headersSent)
        send(res, status, { statusCode: status, message: status === 500 ? 'Internal server error' : 'Refused' });
      else res.destroy();
    });
  });
  server.keepAliveTimeout = 5000;
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  return {
    base: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await pool.end();
    },
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const reference = await startReferenceServer(String(process.env.DATABASE_URL), Number(process.env.PORT ?? 0));
  process.stdout.write(`listening on ${reference.base}\n`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.on(signal, () => void reference.close().then(() => process.exit(0)));
}
