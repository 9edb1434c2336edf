import { createTestApp, createTestOrg, householdBody, type TestApp, type TestOrg } from './support/test-app.js';

/**
 * Every case resource, swept with a user of a second organisation: the
 * first organisation's records must be invisible (list, getMany, show) and
 * untouchable (update, delete), and answered exactly like records that do
 * not exist. Later resources add themselves to RESOURCES.
 */
interface ResourceCase {
  path: string;
  /** Creates one record in `org` and returns its id. */
  create: (t: TestApp, org: TestOrg) => Promise<string>;
  update: Record<string, unknown>;
}

async function newPerson(t: TestApp, org: TestOrg): Promise<string> {
  const household = (await t.http().post('/api/households').set(org.auth('admin')).send(householdBody())).body.id;
  return (await t.http().post('/api/persons').set(org.auth('admin')).send({ householdId: household, firstName: 'Olena' })).body.id;
}

const RESOURCES: ResourceCase[] = [
  {
    path: 'households',
    create: async (t, org) => (await t.http().post('/api/households').set(org.auth('admin')).send(householdBody())).body.id,
    update: { municipality: 'Elders' },
  },
  {
    path: 'persons',
    create: async (t, org) => {
      const household = (await t.http().post('/api/households').set(org.auth('admin')).send(householdBody())).body.id;
      return (await t.http().post('/api/persons').set(org.auth('admin')).send({ householdId: household, firstName: 'Olena' })).body.id;
    },
    update: { firstName: 'Changed' },
  },
  {
    path: 'perspective-plans',
    create: async (t, org) => (await t.http().post('/api/perspective-plans').set(org.auth('admin')).send({ personId: await newPerson(t, org) })).body.id,
    update: { perspective: 'Changed' },
  },
  {
    path: 'obstacles',
    create: async (t, org) =>
      (await t.http().post('/api/obstacles').set(org.auth('admin')).send({ personId: await newPerson(t, org), domainKey: 'work', title: 'X' })).body.id,
    update: { title: 'Changed' },
  },
  {
    path: 'breakthroughs',
    create: async (t, org) => {
      // A breakthrough removes at least one obstacle of its household.
      const obstacle = (await t.http().post('/api/obstacles').set(org.auth('admin')).send({ personId: await newPerson(t, org), domainKey: 'work', title: 'X', identifiedOn: '2026-01-01' })).body;
      return (await t.http().post('/api/breakthroughs').set(org.auth('admin')).send({ householdId: obstacle.householdId, date: '2026-01-01', title: 'X', obstacleIds: [obstacle.id] })).body.id;
    },
    update: { title: 'Changed' },
  },
  {
    path: 'employers',
    create: async (t, org) => (await t.http().post('/api/employers').set(org.auth('admin')).send({ name: `E ${Date.now()}` })).body.id,
    update: { name: 'Changed' },
  },
  {
    path: 'network-conversations',
    create: async (t, org) =>
      (await t.http().post('/api/network-conversations').set(org.auth('admin')).send({ personId: await newPerson(t, org), date: '2026-01-01', contact: 'X' })).body.id,
    update: { contact: 'Changed' },
  },
  {
    path: 'placements',
    create: async (t, org) =>
      (await t.http().post('/api/placements').set(org.auth('admin')).send({ personId: await newPerson(t, org), type: 'paid_job' })).body.id,
    update: { jobTitle: 'Changed' },
  },
  {
    path: 'tasks',
    create: async (t, org) => (await t.http().post('/api/tasks').set(org.auth('admin')).send({ title: 'X', dueDate: '2026-12-01' })).body.id,
    update: { title: 'Changed' },
  },
  {
    path: 'partner-organizations',
    create: async (t, org) => (await t.http().post('/api/partner-organizations').set(org.auth('admin')).send({ name: `P ${Date.now()}` })).body.id,
    update: { name: 'Changed' },
  },
  {
    path: 'consents',
    create: async (t, org) =>
      (await t.http().post('/api/consents').set(org.auth('admin')).send({ personId: await newPerson(t, org), purpose: 'support', givenHow: 'spoken' })).body.id,
    update: { withdrawnOn: '2030-01-01' },
  },
  {
    path: 'referrals',
    create: async (t, org) => {
      const partner = (await t.http().post('/api/partner-organizations').set(org.auth('admin')).send({ name: `R ${Date.now()}` })).body.id;
      return (await t.http().post('/api/referrals').set(org.auth('admin')).send({ personId: await newPerson(t, org), partnerOrganizationId: partner })).body.id;
    },
    update: { reason: 'Changed' },
  },
  {
    path: 'labels',
    create: async (t, org) => (await t.http().post('/api/labels').set(org.auth('admin')).send({ name: { en: 'L' } })).body.id,
    update: { name: { en: 'Changed' } },
  },
  {
    path: 'contact-logs',
    create: async (t, org) => {
      const household = (await t.http().post('/api/households').set(org.auth('admin')).send(householdBody())).body.id;
      const person = (await t.http().post('/api/persons').set(org.auth('admin')).send({ householdId: household, firstName: 'Olena' })).body.id;
      return (await t.http().post('/api/contact-logs').set(org.auth('admin')).send({ householdId: household, personIds: [person], occurredAt: '2026-01-01T10:00:00Z', minutes: 5, channel: 'phone' })).body.id;
    },
    update: { note: 'Changed' },
  },
  {
    path: 'helpdesk-questions',
    create: async (t, org) =>
      (await t.http().post('/api/helpdesk-questions').set(org.auth('admin')).send({ receivedAt: '2026-01-01T10:00:00Z', channel: 'email', question: 'Q?' })).body.id,
    update: { answer: 'Changed' },
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

describe('organisation isolation across every resource', () => {
  let t: TestApp;
  let owner: TestOrg;
  let outsider: TestOrg;

  beforeAll(async () => {
    t = await createTestApp();
    owner = await createTestOrg(t, 'Owner');
    outsider = await createTestOrg(t, 'Outsider');
  });
  afterAll(() => t.close());

  describe.each(RESOURCES)('$path', ({ path, create, update }) => {
    let id: string;
    beforeAll(async () => {
      id = await create(t, owner);
      expect(id).toBeDefined();
    });

    it('is visible to its own organisation', async () => {
      await t.http().get(`/api/${path}/${id}`).set(owner.auth('admin')).expect(200);
    });

    it('is a 404 to every role of another organisation', async () => {
      for (const role of ['admin', 'coordinator', 'caseworker', 'researcher', 'matcher'] as const) {
        const res = await t.http().get(`/api/${path}/${id}`).set(outsider.auth(role)).expect(404);
        expect(JSON.stringify(res.body)).not.toContain(id);
      }
    });

    it('is absent from lists and getMany of another organisation', async () => {
      const all = await t.http().get(`/api/${path}`).query({ range: '[0,999]' }).set(outsider.auth('admin')).expect(200);
      expect(all.body.map((r: { id: string }) => r.id)).not.toContain(id);
      const many = await t.http().get(`/api/${path}`).query({ filter: JSON.stringify({ id: [id] }) }).set(outsider.auth('admin'));
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
});
