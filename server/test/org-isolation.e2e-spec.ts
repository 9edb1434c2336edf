import { can, type Resource } from '../src/common/auth/permissions.js';
import { createTestApp, createTestOrg, householdBody, type TestApp, type TestOrg } from './support/test-app.js';

const ROLES = ['admin', 'coordinator', 'caseworker', 'researcher', 'matcher'] as const;

/**
 * Every case resource, swept with a user of a second organisation: the
 * first organisation's records must be invisible (list, getMany, show) and
 * untouchable (update, delete), and answered exactly like records that do
 * not exist. Every route the app serves must be covered here (RESOURCES,
 * ROUTE_CHECKS, ORG_WIDE_VIEWS) or exempted with a reason (EXEMPT): a new
 * controller fails the route sweep until it is.
 */
interface ResourceCase {
  path: string;
  /** Creates one record in `org` and returns its id. */
  create: (t: TestApp, org: TestOrg) => Promise<string>;
  update: Record<string, unknown>;
}

async function newPerson(t: TestApp, org: TestOrg): Promise<string> {
  const household = (await t.http().post('/api/households').set(org.auth('admin')).send(householdBody())).body.id;
  return (
    await t.http().post('/api/persons').set(org.auth('admin')).send({ householdId: household, firstName: 'Olena' })
  ).body.id;
}

const RESOURCES: ResourceCase[] = [
  {
    path: 'households',
    create: async (t, org) =>
      (await t.http().post('/api/households').set(org.auth('admin')).send(householdBody())).body.id,
    update: { municipality: 'Elders' },
  },
  {
    path: 'persons',
    create: async (t, org) => {
      const household = (await t.http().post('/api/households').set(org.auth('admin')).send(householdBody())).body.id;
      return (
        await t.http().post('/api/persons').set(org.auth('admin')).send({ householdId: household, firstName: 'Olena' })
      ).body.id;
    },
    update: { firstName: 'Changed' },
  },
  {
    path: 'perspective-plans',
    create: async (t, org) =>
      (
        await t
          .http()
          .post('/api/perspective-plans')
          .set(org.auth('admin'))
          .send({ personId: await newPerson(t, org) })
      ).body.id,
    update: { perspective: 'Changed' },
  },
  {
    path: 'obstacles',
    create: async (t, org) =>
      (
        await t
          .http()
          .post('/api/obstacles')
          .set(org.auth('admin'))
          .send({ personId: await newPerson(t, org), domainKey: 'work', title: 'X' })
      ).body.id,
    update: { title: 'Changed' },
  },
  {
    path: 'breakthroughs',
    create: async (t, org) => {
      // A breakthrough removes at least one obstacle of its household.
      const obstacle = (
        await t
          .http()
          .post('/api/obstacles')
          .set(org.auth('admin'))
          .send({ personId: await newPerson(t, org), domainKey: 'work', title: 'X', identifiedOn: '2026-01-01' })
      ).body;
      return (
        await t
          .http()
          .post('/api/breakthroughs')
          .set(org.auth('admin'))
          .send({ householdId: obstacle.householdId, date: '2026-01-01', title: 'X', obstacleIds: [obstacle.id] })
      ).body.id;
    },
    update: { title: 'Changed' },
  },
  {
    path: 'employers',
    create: async (t, org) =>
      (
        await t
          .http()
          .post('/api/employers')
          .set(org.auth('admin'))
          .send({ name: `E ${Date.now()}` })
      ).body.id,
    update: { name: 'Changed' },
  },
  {
    path: 'network-conversations',
    create: async (t, org) =>
      (
        await t
          .http()
          .post('/api/network-conversations')
          .set(org.auth('admin'))
          .send({ personId: await newPerson(t, org), date: '2026-01-01', contact: 'X' })
      ).body.id,
    update: { contact: 'Changed' },
  },
  {
    path: 'placements',
    create: async (t, org) =>
      (
        await t
          .http()
          .post('/api/placements')
          .set(org.auth('admin'))
          .send({ personId: await newPerson(t, org), type: 'paid_job' })
      ).body.id,
    update: { jobTitle: 'Changed' },
  },
  {
    path: 'tasks',
    create: async (t, org) =>
      (await t.http().post('/api/tasks').set(org.auth('admin')).send({ title: 'X', dueDate: '2026-12-01' })).body.id,
    update: { title: 'Changed' },
  },
  {
    path: 'partner-organizations',
    create: async (t, org) =>
      (
        await t
          .http()
          .post('/api/partner-organizations')
          .set(org.auth('admin'))
          .send({ name: `P ${Date.now()}` })
      ).body.id,
    update: { name: 'Changed' },
  },
  {
    path: 'saved-views',
    create: async (t, org) =>
      (
        await t
          .http()
          .post('/api/saved-views')
          .set(org.auth('admin'))
          .send({ resource: 'households', name: `V ${Date.now()}`, shared: true })
      ).body.id,
    update: { name: 'Changed' },
  },
  {
    path: 'consents',
    create: async (t, org) =>
      (
        await t
          .http()
          .post('/api/consents')
          .set(org.auth('admin'))
          .send({ personId: await newPerson(t, org), purpose: 'support', givenHow: 'spoken' })
      ).body.id,
    update: { withdrawnOn: '2030-01-01' },
  },
  {
    path: 'incomes',
    create: async (t, org) =>
      (
        await t
          .http()
          .post('/api/incomes')
          .set(org.auth('admin'))
          .send({ personId: await newPerson(t, org), source: 'work', amount: 1500, from: '2024-01-01' })
      ).body.id,
    update: { amount: 1600 },
  },
  {
    path: 'referrals',
    create: async (t, org) => {
      const partner = (
        await t
          .http()
          .post('/api/partner-organizations')
          .set(org.auth('admin'))
          .send({ name: `R ${Date.now()}` })
      ).body.id;
      return (
        await t
          .http()
          .post('/api/referrals')
          .set(org.auth('admin'))
          .send({ personId: await newPerson(t, org), partnerOrganizationId: partner })
      ).body.id;
    },
    update: { reason: 'Changed' },
  },
  {
    path: 'labels',
    create: async (t, org) =>
      (
        await t
          .http()
          .post('/api/labels')
          .set(org.auth('admin'))
          .send({ name: { en: 'L' } })
      ).body.id,
    update: { name: { en: 'Changed' } },
  },
  {
    path: 'contact-logs',
    create: async (t, org) => {
      const household = (await t.http().post('/api/households').set(org.auth('admin')).send(householdBody())).body.id;
      const person = (
        await t.http().post('/api/persons').set(org.auth('admin')).send({ householdId: household, firstName: 'Olena' })
      ).body.id;
      return (
        await t
          .http()
          .post('/api/contact-logs')
          .set(org.auth('admin'))
          .send({
            householdId: household,
            personIds: [person],
            occurredAt: '2026-01-01T10:00:00Z',
            minutes: 5,
            channel: 'phone',
          })
      ).body.id;
    },
    update: { note: 'Changed' },
  },
  // Issue 16: an organisation's own skill (the shared list is everyone's), a person's learning, vacancies.
  {
    path: 'skills',
    create: async (t, org) =>
      (
        await t
          .http()
          .post('/api/skills')
          .set(org.auth('admin'))
          .send({ kind: 'skill', nameNl: `Eigen ${Date.now()}` })
      ).body.id,
    update: { nameNl: 'Changed' },
  },
  {
    path: 'activities',
    create: async (t, org) =>
      (
        await t
          .http()
          .post('/api/activities')
          .set(org.auth('admin'))
          .send({
            type: 'workshop',
            title: 'Finding work',
            date: '2026-01-01',
            durationMinutes: 60,
            online: true,
            personIds: [await newPerson(t, org)],
          })
      ).body.id,
    update: { title: 'Changed' },
  },
  {
    path: 'policy-signals',
    create: async (t, org) =>
      (await t.http().post('/api/policy-signals').set(org.auth('admin')).send({ title: 'Signal', theme: 'work' })).body
        .id,
    update: { title: 'Changed' },
  },
  {
    path: 'person-skills',
    create: async (t, org) => {
      const skill = (
        await t
          .http()
          .post('/api/skills')
          .set(org.auth('admin'))
          .send({ kind: 'skill', nameNl: `S ${Date.now()}` })
      ).body.id;
      return (
        await t
          .http()
          .post('/api/person-skills')
          .set(org.auth('admin'))
          .send({ personId: await newPerson(t, org), skillId: skill })
      ).body.id;
    },
    update: { level: 'expert' },
  },
  {
    path: 'qualifications',
    create: async (t, org) =>
      (
        await t
          .http()
          .post('/api/qualifications')
          .set(org.auth('admin'))
          .send({ personId: await newPerson(t, org), title: 'X' })
      ).body.id,
    update: { title: 'Changed' },
  },
  {
    path: 'language-assessments',
    create: async (t, org) =>
      (
        await t
          .http()
          .post('/api/language-assessments')
          .set(org.auth('admin'))
          .send({
            personId: await newPerson(t, org),
            language: 'nl',
            level: 'A2',
            assessedOn: '2026-01-01',
            method: 'course_test',
          })
      ).body.id,
    update: { level: 'B1' },
  },
  {
    path: 'courses',
    create: async (t, org) =>
      (
        await t
          .http()
          .post('/api/courses')
          .set(org.auth('admin'))
          .send({ personId: await newPerson(t, org), kind: 'language_formal', title: 'NT2' })
      ).body.id,
    update: { title: 'Changed' },
  },
  {
    path: 'vacancies',
    create: async (t, org) => {
      const employer = (
        await t
          .http()
          .post('/api/employers')
          .set(org.auth('admin'))
          .send({ name: `V ${Date.now()}` })
      ).body.id;
      return (await t.http().post('/api/vacancies').set(org.auth('admin')).send({ employerId: employer, title: 'X' }))
        .body.id;
    },
    update: { title: 'Changed' },
  },
  {
    path: 'helpdesk-questions',
    create: async (t, org) =>
      (
        await t
          .http()
          .post('/api/helpdesk-questions')
          .set(org.auth('admin'))
          .send({ receivedAt: '2026-01-01T10:00:00Z', channel: 'email', question: 'Q?' })
      ).body.id,
    update: { answer: 'Changed' },
  },
  {
    path: 'integration-routes',
    create: async (t, org) =>
      (
        await t
          .http()
          .post('/api/integration-routes')
          .set(org.auth('admin'))
          .send({ personId: await newPerson(t, org), route: 'b1', startDate: '2026-01-01' })
      ).body.id,
    update: { lessonHoursPerWeek: 12 },
  },
  {
    path: 'shelter-moves',
    create: async (t, org) => {
      const household = (await t.http().post('/api/households').set(org.auth('admin')).send(householdBody())).body.id;
      return (
        await t
          .http()
          .post('/api/shelter-moves')
          .set(org.auth('admin'))
          .send({ householdId: household, date: '2026-01-01', toShelterType: 'hotel', forced: true })
      ).body.id;
    },
    update: { noticeDays: 2 },
  },
  {
    path: 'users',
    create: async (_t, org) => org.users.researcher.id,
    update: { fullName: 'Changed' },
  },
  {
    path: 'organizations',
    create: async (_t, org) => org.organization.id,
    update: { name: 'Changed' },
  },
];

/** Routes that hold no other organisation's data, with the reason. */
const EXEMPT: Record<string, string> = {
  'GET /api/health': 'public; no data',
  'POST /api/auth/login': 'public; answers with the signed-in user only',
  'GET /api/auth/me': 'the caller itself',
  'POST /api/auth/change-password': 'the caller itself',
  'POST /api/auth/logout': "ends the caller's own session",
  'GET /api/integration-domains': 'reference data shared by every organisation',
  'GET /api/integration-domains/:id': 'reference data shared by every organisation',
  'GET /api/search':
    "candidates only from the request's organisation (search_candidates); search.e2e-spec.ts checks another's never appear",
  'GET /api/notifications': "the caller's own; notifications.e2e-spec.ts checks another organisation's never appear",
  'POST /api/notifications/read': "marks only the caller's own current notifications",
};
/** The OpenAPI description and its UI's assets: no data. */
const EXEMPT_PREFIX = '/api/docs';
/** Creating in the caller's own organisation; references to another organisation's records are a 422 (see ROUTE_CHECKS for persons). */
const CREATE_REASON = "creates in the caller's organisation";

/** Org-wide summaries: a second organisation's answers stay exactly as they were before the first one had any data. */
const ORG_WIDE_VIEWS = [
  '/api/reports/obstacles',
  '/api/reports/systemic-obstacles',
  '/api/reports/placements',
  '/api/reports/themes',
  '/api/reports/activities',
  '/api/reports/policy-signals',
  '/api/reports/cohorts',
  '/api/reports/themes/trend',
  '/api/reports/obstacles/trend',
  '/api/reports/shelter-moves',
  '/api/caseload',
  '/api/deadlines',
  '/api/households/municipalities',
  '/api/placements/sectors',
];

interface Context {
  t: TestApp;
  owner: TestOrg;
  outsider: TestOrg;
}

/** The owner's records the route checks aim at, created once. */
interface OwnerRecords {
  householdId: string;
  personId: string;
  planId: string;
  labelId: string;
  contactLogId: string;
  questionId: string;
  sampleId: string;
  activityId: string;
  obstacleId: string;
  signalId: string;
}

/** Routes beyond a resource's five, each with the check that covers it. */
const ROUTE_CHECKS: { routes: string[]; name: string; run: (c: Context, r: OwnerRecords) => Promise<void> }[] = [
  {
    routes: ['GET /api/households/:id/timeline', 'GET /api/households/:id/obstacles-by-domain'],
    name: "a household's timeline and obstacles by domain",
    run: async ({ t, outsider }, r) => {
      for (const sub of ['timeline', 'obstacles-by-domain']) {
        await t.http().get(`/api/households/${r.householdId}/${sub}`).set(outsider.auth('admin')).expect(404);
      }
    },
  },
  {
    routes: ['GET /api/integration-routes/:id/weekly-hours'],
    name: "an integration route's week of lessons and work",
    run: async ({ t, owner, outsider }) => {
      const household = (await t.http().post('/api/households').set(owner.auth('admin')).send(householdBody())).body.id;
      const personId = (
        await t
          .http()
          .post('/api/persons')
          .set(owner.auth('admin'))
          .send({ householdId: household, firstName: 'Olena' })
      ).body.id;
      const route = (
        await t
          .http()
          .post('/api/integration-routes')
          .set(owner.auth('admin'))
          .send({ personId, route: 'b1', startDate: '2026-01-01' })
          .expect(201)
      ).body.id;
      await t.http().get(`/api/integration-routes/${route}/weekly-hours`).set(outsider.auth('admin')).expect(404);
      await t.http().get(`/api/integration-routes/${route}/weekly-hours`).set(owner.auth('admin')).expect(200);
    },
  },
  {
    routes: ['GET /api/perspective-plans/:id/reviews', 'POST /api/perspective-plans/:id/reviews'],
    name: "a plan's reviews",
    run: async ({ t, owner, outsider }, r) => {
      await t.http().get(`/api/perspective-plans/${r.planId}/reviews`).set(outsider.auth('admin')).expect(404);
      await t
        .http()
        .post(`/api/perspective-plans/${r.planId}/reviews`)
        .set(outsider.auth('admin'))
        .send({ note: 'x' })
        .expect(404);
      const reviews = await t
        .http()
        .get(`/api/perspective-plans/${r.planId}/reviews`)
        .set(owner.auth('admin'))
        .expect(200);
      expect(reviews.body).toEqual([]);
    },
  },
  {
    routes: ['GET /api/employers/:id/subsidy'],
    name: "an employer's subsidy",
    run: async ({ t, owner, outsider }) => {
      const employerId = (
        await t
          .http()
          .post('/api/employers')
          .set(owner.auth('admin'))
          .send({ name: `Subsidy ${Date.now()}` })
          .expect(201)
      ).body.id;
      await t.http().get(`/api/employers/${employerId}/subsidy`).set(outsider.auth('admin')).expect(404);
      await t.http().get(`/api/employers/${employerId}/subsidy`).set(owner.auth('admin')).expect(200);
    },
  },
  {
    routes: ['POST /api/labels/:id/merge'],
    name: 'merging labels',
    run: async ({ t, owner, outsider }, r) => {
      const own = (
        await t
          .http()
          .post('/api/labels')
          .set(outsider.auth('admin'))
          .send({ name: { en: 'Mine' } })
          .expect(201)
      ).body.id;
      await t
        .http()
        .post(`/api/labels/${r.labelId}/merge`)
        .set(outsider.auth('admin'))
        .send({ intoId: own })
        .expect(404);
      const into = await t
        .http()
        .post(`/api/labels/${own}/merge`)
        .set(outsider.auth('admin'))
        .send({ intoId: r.labelId });
      expect([404, 422]).toContain(into.status);
      await t.http().get(`/api/labels/${r.labelId}`).set(owner.auth('admin')).expect(200);
    },
  },
  {
    routes: ['POST /api/contact-logs/bulk-labels', 'POST /api/helpdesk-questions/bulk-labels'],
    name: 'bulk labelling',
    run: async ({ t, owner, outsider }, r) => {
      const own = (
        await t
          .http()
          .post('/api/labels')
          .set(outsider.auth('admin'))
          .send({ name: { en: 'Bulk' } })
          .expect(201)
      ).body.id;
      for (const [path, id] of [
        ['contact-logs', r.contactLogId],
        ['helpdesk-questions', r.questionId],
      ]) {
        const res = await t
          .http()
          .post(`/api/${path}/bulk-labels`)
          .set(outsider.auth('admin'))
          .send({ ids: [id], addLabelIds: [own] });
        expect([path, [404, 422].includes(res.status)]).toEqual([path, true]);
        const after = await t.http().get(`/api/${path}/${id}`).set(owner.auth('admin')).expect(200);
        expect(after.body.labelIds).toEqual([r.labelId]);
      }
    },
  },
  {
    routes: [
      'GET /api/coding-samples/:id',
      'GET /api/coding-samples/:id/items',
      'PUT /api/coding-samples/:id/items/:contactLogId',
      'GET /api/coding-samples/:id/agreement',
      'GET /api/coding-samples',
      'GET /api/coding-samples/drawers',
    ],
    name: 'double-coding samples',
    run: async ({ t, outsider }, r) => {
      for (const sub of ['', '/items', '/agreement']) {
        await t.http().get(`/api/coding-samples/${r.sampleId}${sub}`).set(outsider.auth('admin')).expect(404);
      }
      const code = await t
        .http()
        .put(`/api/coding-samples/${r.sampleId}/items/${r.contactLogId}`)
        .set(outsider.auth('admin'))
        .send({ labelIds: [] });
      expect(code.status).toBe(404);
      const list = await t.http().get('/api/coding-samples').set(outsider.auth('admin')).expect(200);
      expect(list.body).toEqual([]);
      // Who may draw a sample: only the outsider's own colleagues.
      const drawers = (await t.http().get('/api/coding-samples/drawers').set(outsider.auth('researcher')).expect(200))
        .body;
      expect(drawers.users.map((u: { id: string }) => u.id).sort()).toEqual(
        [outsider.users.admin.id, outsider.users.coordinator.id].sort(),
      );
    },
  },
  {
    routes: [
      'POST /api/activities/bulk-labels',
      'GET /api/policy-signals/:id/suggestions',
      'POST /api/policy-signals/:id/obstacles',
    ],
    name: 'activities and policy signals beyond CRUD',
    run: async ({ t, owner, outsider }, r) => {
      const own = (
        await t
          .http()
          .post('/api/labels')
          .set(outsider.auth('admin'))
          .send({ name: { en: 'Bulk activity' } })
          .expect(201)
      ).body.id;
      const bulk = await t
        .http()
        .post('/api/activities/bulk-labels')
        .set(outsider.auth('admin'))
        .send({ ids: [r.activityId], addLabelIds: [own] });
      expect([404, 422]).toContain(bulk.status);
      await t.http().get(`/api/policy-signals/${r.signalId}/suggestions`).set(outsider.auth('admin')).expect(404);
      await t
        .http()
        .post(`/api/policy-signals/${r.signalId}/obstacles`)
        .set(outsider.auth('admin'))
        .send({ obstacleIds: [r.obstacleId] })
        .expect(404);
      // The outsider's own signal cannot take the owner's obstacle either.
      const theirs = (
        await t
          .http()
          .post('/api/policy-signals')
          .set(outsider.auth('admin'))
          .send({ title: 'Theirs', theme: 'work' })
          .expect(201)
      ).body.id;
      const linked = await t
        .http()
        .post(`/api/policy-signals/${theirs}/obstacles`)
        .set(outsider.auth('admin'))
        .send({ obstacleIds: [r.obstacleId] })
        .expect(422);
      expect(JSON.stringify(linked.body)).not.toContain(r.obstacleId);
      const after = await t.http().get(`/api/policy-signals/${r.signalId}`).set(owner.auth('admin')).expect(200);
      expect(after.body.obstacleIds).toEqual([r.obstacleId]);
      await t.http().delete(`/api/policy-signals/${theirs}`).set(outsider.auth('admin')).expect(200);
    },
  },
  {
    routes: ['POST /api/coding-samples'],
    name: "drawing a sample for another organisation's coders",
    run: async ({ t, owner, outsider }) => {
      const body = {
        name: 'S',
        size: 1,
        firstCoderId: owner.users.caseworker.id,
        secondCoderId: owner.users.researcher.id,
      };
      await t.http().post('/api/coding-samples').set(outsider.auth('admin')).send(body).expect(422);
    },
  },
  {
    routes: [
      'GET /api/persons/:id/export',
      'POST /api/persons/:id/erasure',
      'POST /api/households/:id/erasure',
      'GET /api/retention/due',
      'POST /api/retention/erasure',
      'GET /api/retention/settings',
      'PUT /api/retention/settings',
    ],
    name: "a person's data: export, erasure, retention",
    run: async ({ t, owner, outsider }, r) => {
      await t.http().get(`/api/persons/${r.personId}/export`).set(outsider.auth('admin')).expect(404);
      const erase = { reason: 'data_subject_request', confirmation: 'x' };
      await t.http().post(`/api/persons/${r.personId}/erasure`).set(outsider.auth('admin')).send(erase).expect(404);
      await t
        .http()
        .post(`/api/households/${r.householdId}/erasure`)
        .set(outsider.auth('admin'))
        .send(erase)
        .expect(404);
      await t.http().get(`/api/persons/${r.personId}`).set(owner.auth('admin')).expect(200);
      await t
        .http()
        .post('/api/retention/erasure')
        .set(outsider.auth('admin'))
        .send({ householdIds: [r.householdId], confirmation: '1' })
        .expect(422);
      const due = await t.http().get('/api/retention/due').set(outsider.auth('admin')).expect(200);
      expect(due.body).toEqual([]);
      await t
        .http()
        .put('/api/retention/settings')
        .set(outsider.auth('admin'))
        .send({ retentionMonths: 6 })
        .expect(200);
      const mine = await t.http().get('/api/retention/settings').set(owner.auth('admin')).expect(200);
      expect(mine.body).toEqual({ retentionMonths: 24 });
    },
  },
  {
    routes: [
      'GET /api/research-exports',
      'POST /api/research-exports',
      'POST /api/research-exports/rotate-key',
      'GET /api/research-exports/:id',
      'GET /api/research-exports/:id/download',
    ],
    name: 'research exports and their pseudonym keys',
    run: async ({ t, owner, outsider }) => {
      const started = await t.http().post('/api/research-exports').set(owner.auth('admin')).send({}).expect(201);
      for (const sub of ['', '/download'])
        await t.http().get(`/api/research-exports/${started.body.id}${sub}`).set(outsider.auth('admin')).expect(404);
      const theirs = await t.http().post('/api/research-exports').set(outsider.auth('admin')).send({}).expect(201);
      const list = await t.http().get('/api/research-exports').set(outsider.auth('admin')).expect(200);
      expect(list.body.map((e: { id: string }) => e.id)).toEqual([theirs.body.id]);
      const [before] = await t.dataSource.query(
        `SELECT id FROM research_pseudonym_keys WHERE organization_id = $1 AND retired_at IS NULL`,
        [owner.organization.id],
      );
      await t.http().post('/api/research-exports/rotate-key').set(outsider.auth('admin')).expect(201);
      const [after] = await t.dataSource.query(
        `SELECT id FROM research_pseudonym_keys WHERE organization_id = $1 AND retired_at IS NULL`,
        [owner.organization.id],
      );
      expect(after).toEqual(before);
    },
  },
  {
    routes: ['GET /api/audit-events', 'GET /api/audit-events/:id'],
    name: 'the audit trail',
    run: async ({ t, owner, outsider }, r) => {
      const ownerEvents = await t
        .http()
        .get('/api/audit-events')
        .query({ range: '[0,999]' })
        .set(owner.auth('admin'))
        .expect(200);
      expect(ownerEvents.body.length).toBeGreaterThan(0);
      const theirs = await t
        .http()
        .get('/api/audit-events')
        .query({ range: '[0,999]' })
        .set(outsider.auth('admin'))
        .expect(200);
      const text = JSON.stringify(theirs.body);
      for (const id of [r.householdId, r.personId, r.contactLogId]) expect(text).not.toContain(id);
      for (const event of ownerEvents.body.slice(0, 5)) {
        await t.http().get(`/api/audit-events/${event.id}`).set(outsider.auth('admin')).expect(404);
      }
    },
  },
  {
    routes: [
      'GET /api/imports',
      'GET /api/imports/:id',
      'POST /api/imports',
      'PUT /api/imports/:id',
      'POST /api/imports/:id/check',
      'POST /api/imports/:id/run',
      'DELETE /api/imports/:id',
    ],
    name: 'spreadsheet imports',
    run: async ({ t, owner, outsider }) => {
      const upload = await t
        .http()
        .post('/api/imports')
        .set(owner.auth('admin'))
        .field('kind', 'employers')
        .attach('file', Buffer.from('name\nIsolated BV'), 'e.csv')
        .expect(201);
      const id = (upload.body as { id: string }).id;
      await t.http().get(`/api/imports/${id}`).set(outsider.auth('admin')).expect(404);
      await t
        .http()
        .put(`/api/imports/${id}`)
        .set(outsider.auth('admin'))
        .send({ mapping: { name: 'name' } })
        .expect(404);
      for (const step of ['check', 'run']) {
        await t.http().post(`/api/imports/${id}/${step}`).set(outsider.auth('admin')).expect(404);
      }
      await t.http().delete(`/api/imports/${id}`).set(outsider.auth('admin')).expect(404);
      const theirs = await t.http().get('/api/imports').set(outsider.auth('admin')).expect(200);
      expect(JSON.stringify(theirs.body)).not.toContain(id);
      // An outsider's own upload is theirs: an import writes in the caller's organisation only.
      await t
        .http()
        .post('/api/imports')
        .set(outsider.auth('admin'))
        .field('kind', 'employers')
        .attach('file', Buffer.from('name\nIsolated BV'), 'e.csv')
        .expect(201);
    },
  },
  {
    routes: ['GET /api/policy-parameters', 'GET /api/policy-parameters/:id', 'POST /api/policy-parameters'],
    name: "policy parameters: a version one organisation adds is not another one's",
    run: async ({ t, owner, outsider }) => {
      const version = (
        await t
          .http()
          .post('/api/policy-parameters')
          .set(owner.auth('admin'))
          .send({
            key: 'max_weekly_hours_lessons_and_work',
            value: 36,
            unit: 'hours_per_week',
            validFrom: '2030-01-01',
            sourceDocument: 'Owner rule',
          })
          .expect(201)
      ).body.id as string;
      await t.http().get(`/api/policy-parameters/${version}`).set(outsider.auth('admin')).expect(404);
      const theirs = await t
        .http()
        .get('/api/policy-parameters')
        .query({ range: '[0,999]' })
        .set(outsider.auth('admin'))
        .expect(200);
      expect(JSON.stringify(theirs.body)).not.toContain(version);
      // Their own open version of the key is untouched by the owner's new one.
      const open = theirs.body.find(
        (p: { key: string; validTo: string | null }) => p.key === 'max_weekly_hours_lessons_and_work' && !p.validTo,
      );
      expect(open.value).toBe(40);
    },
  },
  {
    routes: ['GET /api/households/:id/contributions', 'GET /api/reports/contributions'],
    name: "a household's contribution and the contribution report",
    run: async ({ t, owner, outsider }, r) => {
      await t
        .http()
        .get(`/api/households/${r.householdId}/contributions`)
        .query({ month: '2025-07' })
        .set(outsider.auth('admin'))
        .expect(404);
      const ownReport = await t
        .http()
        .get('/api/reports/contributions')
        .query({ month: '2025-07' })
        .set(owner.auth('admin'))
        .expect(200);
      expect(JSON.stringify(ownReport.body)).toContain(r.householdId);
      const report = await t
        .http()
        .get('/api/reports/contributions')
        .query({ month: '2025-07' })
        .set(outsider.auth('admin'))
        .expect(200);
      expect(JSON.stringify(report.body)).not.toContain(r.householdId);
    },
  },
  {
    routes: ['GET /api/vacancies/:id/suggestions', 'GET /api/persons/:id/suggestions'],
    name: 'suggestions for a vacancy and for a person',
    run: async ({ t, owner, outsider }, r) => {
      const employer = (
        await t
          .http()
          .post('/api/employers')
          .set(owner.auth('admin'))
          .send({ name: `Sugg ${Date.now()}` })
          .expect(201)
      ).body.id;
      const vacancy = (
        await t
          .http()
          .post('/api/vacancies')
          .set(owner.auth('admin'))
          .send({ employerId: employer, title: 'X' })
          .expect(201)
      ).body.id;
      await t.http().get(`/api/vacancies/${vacancy}/suggestions`).set(outsider.auth('admin')).expect(404);
      await t.http().get(`/api/persons/${r.personId}/suggestions`).set(outsider.auth('admin')).expect(404);
      // The outsider's own person is offered none of the owner's vacancies.
      const own = await t.http().get('/api/persons').set(outsider.auth('admin')).expect(200);
      for (const person of own.body as { id: string }[]) {
        const offered = await t
          .http()
          .get(`/api/persons/${person.id}/suggestions`)
          .set(outsider.auth('admin'))
          .expect(200);
        expect(JSON.stringify(offered.body)).not.toContain(vacancy);
      }
    },
  },
  {
    routes: ['POST /api/persons'],
    name: "creating with a reference to another organisation's record",
    run: async ({ t, outsider }, r) => {
      const res = await t
        .http()
        .post('/api/persons')
        .set(outsider.auth('admin'))
        .send({ householdId: r.householdId, firstName: 'X' });
      expect(res.status).toBe(422);
      expect(JSON.stringify(res.body)).not.toContain(r.householdId);
    },
  },
];

/** Every route the running app serves, as `METHOD /path` with express's `:param`s. */
function appRoutes(t: TestApp): string[] {
  const instance = t.app.getHttpAdapter().getInstance() as {
    router: { stack: { route?: { path: string; methods: Record<string, boolean> } }[] };
  };
  return instance.router.stack.flatMap((layer) =>
    layer.route ? Object.keys(layer.route.methods).map((m) => `${m.toUpperCase()} ${layer.route!.path}`) : [],
  );
}

function coveredByResources(route: string): string | undefined {
  for (const { path } of RESOURCES) {
    const base = `/api/${path}`;
    if ([`GET ${base}`, `GET ${base}/:id`, `PUT ${base}/:id`, `DELETE ${base}/:id`].includes(route))
      return 'RESOURCES sweep';
    if (route === `POST ${base}`) return CREATE_REASON;
  }
  return undefined;
}

describe('organisation isolation across every resource', () => {
  let t: TestApp;
  let owner: TestOrg;
  let outsider: TestOrg;
  /** The org-wide views as both organisations saw them before anyone had data. */
  const before = new Map<string, { owner: unknown; outsider: unknown }>();
  const view = async (org: TestOrg, path: string) => {
    const res = await t.http().get(path).set(org.auth('admin'));
    expect([path, res.status]).toEqual([path, 200]);
    return res.body;
  };

  beforeAll(async () => {
    t = await createTestApp();
    owner = await createTestOrg(t, 'Owner');
    outsider = await createTestOrg(t, 'Outsider');
    for (const path of ORG_WIDE_VIEWS)
      before.set(path, { owner: await view(owner, path), outsider: await view(outsider, path) });
  });
  afterAll(() => t.close());

  it('covers every route the app serves, or names why a route needs no check', () => {
    const checked = new Set(ROUTE_CHECKS.flatMap((c) => c.routes));
    const unaccounted = appRoutes(t).filter(
      (route) =>
        !route.split(' ')[1].startsWith(EXEMPT_PREFIX) &&
        !(route in EXEMPT) &&
        !checked.has(route) &&
        !ORG_WIDE_VIEWS.some((path) => route === `GET ${path}`) &&
        !coveredByResources(route),
    );
    expect(unaccounted).toEqual([]);
    // And nothing listed here is stale.
    const served = new Set(appRoutes(t));
    expect(
      [...checked, ...Object.keys(EXEMPT), ...ORG_WIDE_VIEWS.map((p) => `GET ${p}`)].filter((r) => !served.has(r)),
    ).toEqual([]);
  });

  describe.each(RESOURCES)('$path', ({ path, create, update }) => {
    let id: string;
    beforeAll(async () => {
      id = await create(t, owner);
      expect(id).toBeDefined();
    });

    it('is visible to its own organisation', async () => {
      await t.http().get(`/api/${path}/${id}`).set(owner.auth('admin')).expect(200);
    });

    it('is a 404 to every role of another organisation (a 403 to a role the permission table refuses)', async () => {
      for (const role of ROLES) {
        const res = await t.http().get(`/api/${path}/${id}`).set(outsider.auth(role));
        expect([role, res.status]).toEqual([role, can(role, path as Resource, 'show') ? 404 : 403]);
        expect(JSON.stringify(res.body)).not.toContain(id);
      }
    });

    it('is absent from lists and getMany of another organisation', async () => {
      const all = await t
        .http()
        .get(`/api/${path}`)
        .query({ range: '[0,999]' })
        .set(outsider.auth('admin'))
        .expect(200);
      expect(all.body.map((r: { id: string }) => r.id)).not.toContain(id);
      const many = await t
        .http()
        .get(`/api/${path}`)
        .query({ filter: JSON.stringify({ id: [id] }) })
        .set(outsider.auth('admin'));
      expect(many.status).toBe(200);
      expect(many.body).toEqual([]);
    });

    it('cannot be changed or deleted by another organisation', async () => {
      const put = await t.http().put(`/api/${path}/${id}`).set(outsider.auth('admin')).send(update);
      expect(put.status).toBe(404);
      const del = await t.http().delete(`/api/${path}/${id}`).set(outsider.auth('admin'));
      expect(del.status).toBe(404);
      await t.http().get(`/api/${path}/${id}`).set(owner.auth('admin')).expect(200);
    });
  });

  describe('routes beyond the five of a resource', () => {
    const records = {} as OwnerRecords;

    beforeAll(async () => {
      const post = async (path: string, body: Record<string, unknown>) => {
        const res = await t.http().post(`/api/${path}`).set(owner.auth('admin')).send(body);
        if (res.status !== 201) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
        return res.body.id as string;
      };
      const soon = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
      records.householdId = await post(
        'households',
        householdBody({ municipality: 'Ownertown', shelterEndDate: soon, assigneeIds: [owner.users.admin.id] }),
      );
      records.personId = await post('persons', {
        householdId: records.householdId,
        firstName: 'Olena',
        matchingSince: '2025-01-01',
      });
      records.planId = await post('perspective-plans', { personId: records.personId });
      records.obstacleId = await post('obstacles', {
        personId: records.personId,
        domainKey: 'work',
        title: 'No job',
        systemic: true,
        identifiedOn: '2025-01-01',
      });
      const employerId = await post('employers', { name: `Owner employer ${Date.now()}`, sector: 'Ownersector' });
      await post('placements', {
        personId: records.personId,
        type: 'paid_job',
        employerId,
        sector: 'Ownersector',
        status: 'started',
        startDate: '2025-06-01',
        uwvNotifiedOn: '2025-05-20',
      });
      records.labelId = await post('labels', { name: { en: 'Owner label' } });
      const occurredAt = new Date(Date.now() - 86_400_000).toISOString();
      records.contactLogId = await post('contact-logs', {
        householdId: records.householdId,
        personIds: [records.personId],
        occurredAt,
        minutes: 30,
        channel: 'phone',
        labelIds: [records.labelId],
      });
      records.questionId = await post('helpdesk-questions', {
        receivedAt: occurredAt,
        channel: 'email',
        question: 'Q?',
        minutes: 10,
        labelIds: [records.labelId],
      });
      // Double coding samples unlabelled logs whose members consented to research.
      await post('consents', {
        personId: records.personId,
        purpose: 'research',
        givenHow: 'written',
        givenOn: '2025-01-01',
      });
      await post('contact-logs', {
        householdId: records.householdId,
        personIds: [records.personId],
        occurredAt,
        minutes: 5,
        channel: 'phone',
      });
      records.activityId = await post('activities', {
        type: 'workshop',
        title: 'Owner workshop',
        date: '2025-06-01',
        durationMinutes: 90,
        online: true,
        personIds: [records.personId],
        labelIds: [records.labelId],
      });
      records.signalId = await post('policy-signals', {
        title: 'Owner signal',
        theme: 'work',
        obstacleIds: [records.obstacleId],
      });
      records.sampleId = await post('coding-samples', {
        name: 'Owner sample',
        size: 1,
        firstCoderId: owner.users.caseworker.id,
        secondCoderId: owner.users.researcher.id,
      });
    });

    it.each(ROUTE_CHECKS.map((check) => [check.name, check] as const))('%s', async (_name, check) => {
      await check.run({ t, owner, outsider }, records);
    });

    it.each(ORG_WIDE_VIEWS)("%s shows nothing of another organisation's records", async (path) => {
      const { owner: ownerBefore, outsider: outsiderBefore } = before.get(path)!;
      // The owner's own view changed, so the records are ones this view shows...
      expect(await view(owner, path)).not.toEqual(ownerBefore);
      // ...and the outsider's did not.
      expect(await view(outsider, path)).toEqual(outsiderBefore);
    });
  });
});
