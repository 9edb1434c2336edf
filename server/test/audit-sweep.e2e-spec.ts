import { randomUUID } from 'node:crypto';
import type { Role } from '../src/auth/roles.js';
import {
  createTestApp,
  createTestOrg,
  householdBody,
  TEST_PASSWORD,
  type TestApp,
  type TestOrg,
} from './support/test-app.js';

/**
 * Every write route of every case resource, swept: each request must leave
 * exactly the audit events it describes (found by its request id), with the
 * right action, resource and record, and free text sent in the request must
 * never reach the trail, not even as a "field name".
 */
describe('audit trail sweep: every write of every case resource', () => {
  let t: TestApp;
  let org: TestOrg;

  const today = new Date().toISOString().slice(0, 10);
  /** A secret per request: it goes into a free-text field and must not come out of the trail. */
  const secret = () => `GEHEIM-${randomUUID().slice(0, 8)}`;

  interface Sent {
    status: number;
    body: Record<string, unknown> & { id?: string };
    requestId: string;
    secret: string;
  }

  /** The write routes this sweep has sent a request to, as the OpenAPI document names them. */
  const covered = new Set<string>();
  const UUID_SEGMENT = /\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?=\/|$)/g;

  /** Sends one request with its own request id; `body` may use the secret. */
  async function send(
    method: 'post' | 'put' | 'delete',
    path: string,
    body: (s: string) => object = () => ({}),
    role: Role = 'admin',
  ): Promise<Sent> {
    covered.add(`${method.toUpperCase()} /api${path.replace(UUID_SEGMENT, '/{id}')}`);
    const s = secret();
    const req = t.http()[method](`/api${path}`).set(org.auth(role));
    const res = method === 'delete' ? await req : await req.send(body(s));
    // The server names every request itself (a client's X-Request-Id is not reused).
    return { status: res.status, body: res.body, requestId: res.headers['x-request-id'], secret: s };
  }

  async function eventsOf(sent: Sent) {
    const res = await t
      .http()
      .get('/api/audit-events')
      .query({ filter: JSON.stringify({ q: sent.requestId }), range: '[0,99]' })
      .set(org.auth('admin'))
      .expect(200);
    return res.body as {
      action: string;
      resource: string;
      recordId: string;
      fields: string[];
      userId: string;
      requestId: string;
    }[];
  }

  /** The request succeeded and wrote (at least) this event, and no event of it holds the secret. */
  async function expectAudited(
    sent: Sent,
    expected: { status: number; action: string; resource: unknown; recordId: string; fields?: string[] },
  ) {
    expect({ status: sent.status, body: sent.status === expected.status ? 'ok' : sent.body }).toEqual({
      status: expected.status,
      body: 'ok',
    });
    const events = await eventsOf(sent);
    expect(events).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          action: expected.action,
          resource: expected.resource,
          recordId: expected.recordId,
          requestId: sent.requestId,
          userId: expect.any(String),
          ...(expected.fields ? { fields: expect.arrayContaining(expected.fields) } : {}),
        }),
      ]),
    );
    for (const event of events) for (const field of event.fields) expect(field).toMatch(/^[a-zA-Z.]+$/);
    expect(JSON.stringify(events)).not.toContain(sent.secret);
    return events;
  }

  /** Create, update and delete through the resource's own routes. */
  async function crud(
    resource: string,
    create: (s: string) => object,
    update: (s: string) => object,
    changed: string[],
    options: { deleteAction?: string; role?: Role } = {},
  ) {
    const created = await send('post', `/${resource}`, create, options.role);
    const id = created.body.id as string;
    await expectAudited(created, { status: 201, action: 'create', resource, recordId: id });
    const updated = await send('put', `/${resource}/${id}`, update, options.role);
    await expectAudited(updated, { status: 200, action: 'update', resource, recordId: id, fields: changed });
    const deleted = await send('delete', `/${resource}/${id}`, undefined, options.role);
    await expectAudited(deleted, { status: 200, action: options.deleteAction ?? 'delete', resource, recordId: id });
    return id;
  }

  const newHousehold = async () =>
    (await t.http().post('/api/households').set(org.auth('admin')).send(householdBody())).body.id as string;
  const newPerson = async (householdId?: string) =>
    (
      await t
        .http()
        .post('/api/persons')
        .set(org.auth('admin'))
        .send({ householdId: householdId ?? (await newHousehold()), firstName: 'Olena' })
    ).body.id as string;
  const newPartner = async () =>
    (
      await t
        .http()
        .post('/api/partner-organizations')
        .set(org.auth('admin'))
        .send({ name: `P ${randomUUID()}` })
    ).body.id as string;

  beforeAll(async () => {
    t = await createTestApp();
    org = await createTestOrg(t, 'AuditSweep');
  });
  afterAll(() => t.close());

  it('households', async () => {
    await crud(
      'households',
      (s) => householdBody({ notes: s }),
      (s) => ({ notes: s }),
      ['notes'],
    );
  });

  it('persons, and a read of one', async () => {
    const householdId = await newHousehold();
    const id = await crud(
      'persons',
      (s) => ({ householdId, firstName: 'Olena', notes: s }),
      (s) => ({ notes: s, ambitions: s }),
      ['notes', 'ambitions'],
    );
    const person = await newPerson(householdId);
    const read = await t.http().get(`/api/persons/${person}`).set(org.auth('caseworker')).expect(200);
    expect(read.body.id).toBe(person);
    const events = await eventsOf({ status: 200, body: {}, requestId: read.headers['x-request-id'], secret: 'none' });
    expect(events).toEqual([
      expect.objectContaining({
        action: 'read',
        resource: 'persons',
        recordId: person,
        userId: org.users.caseworker.id,
        fields: [],
      }),
    ]);
    expect(id).toBeDefined();
  });

  it('perspective plans', async () => {
    const personId = await newPerson();
    await crud(
      'perspective-plans',
      (s) => ({ personId, perspective: s }),
      (s) => ({ perspective: s, goals: { work: s } }),
      ['perspective', 'goals'],
    );
  });

  it('perspective plan reviews', async () => {
    const plan = (
      await t
        .http()
        .post('/api/perspective-plans')
        .set(org.auth('admin'))
        .send({ personId: await newPerson(), perspective: 'p' })
    ).body;
    const review = await send('post', `/perspective-plans/${plan.id}/reviews`, (s) => ({ note: s }));
    await expectAudited(review, {
      status: 201,
      action: 'create',
      resource: expect.stringMatching(/review/),
      recordId: review.body.id as string,
    });
  });

  it('obstacles', async () => {
    const personId = await newPerson();
    await crud(
      'obstacles',
      (s) => ({ personId, domainKey: 'work', title: 'Diploma', description: s }),
      (s) => ({ description: s, systemicNote: s }),
      ['description', 'systemicNote'],
    );
  });

  it('breakthroughs', async () => {
    const householdId = await newHousehold();
    const personId = await newPerson(householdId);
    const obstacle = (
      await t
        .http()
        .post('/api/obstacles')
        .set(org.auth('admin'))
        .send({ personId, domainKey: 'work', title: 'Diploma' })
        .expect(201)
    ).body;
    await crud(
      'breakthroughs',
      (s) => ({ householdId, date: today, title: 'Baan', description: s, obstacleIds: [obstacle.id] }),
      (s) => ({ description: s, outcome: s }),
      ['description', 'outcome'],
    );
  });

  it('contact logs', async () => {
    const householdId = await newHousehold();
    const personId = await newPerson(householdId);
    await crud(
      'contact-logs',
      (s) => ({
        householdId,
        personIds: [personId],
        occurredAt: '2026-01-01T10:00:00Z',
        minutes: 5,
        channel: 'phone',
        note: s,
      }),
      (s) => ({ note: s }),
      ['note'],
    );
    const label = (
      await t
        .http()
        .post('/api/labels')
        .set(org.auth('admin'))
        .send({ name: { en: `B ${randomUUID()}` } })
        .expect(201)
    ).body.id as string;
    const log = (
      await t
        .http()
        .post('/api/contact-logs')
        .set(org.auth('admin'))
        .send({
          householdId,
          personIds: [personId],
          occurredAt: '2026-01-02T10:00:00Z',
          minutes: 5,
          channel: 'phone',
          note: 'n',
        })
        .expect(201)
    ).body.id as string;
    const bulk = await send('post', '/contact-logs/bulk-labels', () => ({ ids: [log], addLabelIds: [label] }));
    await expectAudited(bulk, {
      status: 200,
      action: 'update',
      resource: 'contact-logs',
      recordId: log,
      fields: ['labelIds'],
    });
  });

  it('labels, and a merge', async () => {
    await crud(
      'labels',
      (s) => ({ name: { en: `L ${randomUUID()}` }, definition: s }),
      (s) => ({ definition: s }),
      ['definition'],
    );
    const from = (
      await t
        .http()
        .post('/api/labels')
        .set(org.auth('admin'))
        .send({ name: { en: `From ${randomUUID()}` } })
        .expect(201)
    ).body;
    const into = (
      await t
        .http()
        .post('/api/labels')
        .set(org.auth('admin'))
        .send({ name: { en: `Into ${randomUUID()}` } })
        .expect(201)
    ).body;
    const merged = await send('post', `/labels/${from.id}/merge`, () => ({ intoId: into.id }));
    await expectAudited(merged, {
      status: 200,
      action: 'update',
      resource: 'labels',
      recordId: from.id,
      fields: ['mergedIntoId'],
    });
  });

  it('helpdesk questions', async () => {
    await crud(
      'helpdesk-questions',
      (s) => ({ receivedAt: '2026-01-01T10:00:00Z', channel: 'email', question: s }),
      (s) => ({ answer: s }),
      ['answer'],
    );
    const label = (
      await t
        .http()
        .post('/api/labels')
        .set(org.auth('admin'))
        .send({ name: { en: `H ${randomUUID()}` } })
        .expect(201)
    ).body.id as string;
    const question = (
      await t
        .http()
        .post('/api/helpdesk-questions')
        .set(org.auth('admin'))
        .send({ receivedAt: '2026-01-02T10:00:00Z', channel: 'email', question: 'q' })
        .expect(201)
    ).body.id as string;
    const bulk = await send('post', '/helpdesk-questions/bulk-labels', () => ({
      ids: [question],
      addLabelIds: [label],
    }));
    await expectAudited(bulk, {
      status: 200,
      action: 'update',
      resource: 'helpdesk-questions',
      recordId: question,
      fields: ['labelIds'],
    });
  });

  it('activities (with their attendees and a bulk label)', async () => {
    const personId = await newPerson();
    const id = await crud(
      'activities',
      (s) => ({ type: 'focus_group', title: 'Focus', date: today, durationMinutes: 60, online: true, notes: s }),
      (s) => ({ notes: s, personIds: [personId], anonymousCount: 4 }),
      ['notes', 'personIds', 'anonymousCount'],
    );
    const label = (
      await t
        .http()
        .post('/api/labels')
        .set(org.auth('admin'))
        .send({ name: { en: `A ${randomUUID()}` } })
        .expect(201)
    ).body.id as string;
    const activity = (
      await t
        .http()
        .post('/api/activities')
        .set(org.auth('admin'))
        .send({ type: 'focus_group', title: 'Focus', date: today, durationMinutes: 60, online: true })
        .expect(201)
    ).body.id as string;
    expect(activity).not.toBe(id);
    const bulk = await send('post', '/activities/bulk-labels', () => ({ ids: [activity], addLabelIds: [label] }));
    await expectAudited(bulk, {
      status: 200,
      action: 'update',
      resource: 'activities',
      recordId: activity,
      fields: ['labelIds'],
    });
  });

  it('policy signals (and extending one with obstacles)', async () => {
    const personId = await newPerson();
    const obstacleId = (
      await t
        .http()
        .post('/api/obstacles')
        .set(org.auth('admin'))
        .send({ personId, domainKey: 'work', title: 'Rule', systemic: true })
        .expect(201)
    ).body.id as string;
    await crud(
      'policy-signals',
      (s) => ({ title: 'Signal', theme: 'work', problem: s }),
      (s) => ({ problem: s, status: 'raised', raisedWith: 'uwv' }),
      ['problem', 'status', 'raisedWith', 'raisedOn'],
    );
    const signal = (
      await t
        .http()
        .post('/api/policy-signals')
        .set(org.auth('admin'))
        .send({ title: 'Signal', theme: 'work' })
        .expect(201)
    ).body.id as string;
    const extended = await send('post', `/policy-signals/${signal}/obstacles`, () => ({ obstacleIds: [obstacleId] }));
    await expectAudited(extended, {
      status: 200,
      action: 'update',
      resource: 'policy-signals',
      recordId: signal,
      fields: ['obstacleIds'],
    });
  });

  it('placements', async () => {
    const personId = await newPerson();
    await crud(
      'placements',
      (s) => ({ personId, type: 'paid_job', notes: s }),
      (s) => ({ notes: s, jobTitle: 'Verpleegkundige' }),
      ['notes', 'jobTitle'],
    );
  });

  it('employers', async () => {
    await crud(
      'employers',
      (s) => ({ name: `E ${randomUUID()}`, notes: s }),
      (s) => ({ notes: s }),
      ['notes'],
    );
  });

  it('network conversations', async () => {
    const personId = await newPerson();
    await crud(
      'network-conversations',
      (s) => ({ personId, date: today, contact: s, notes: s }),
      (s) => ({ notes: s, contact: s }),
      ['notes', 'contact'],
    );
  });

  it('tasks', async () => {
    const householdId = await newHousehold();
    await crud(
      'tasks',
      (s) => ({ title: 'Bellen', dueDate: today, householdId, notes: s }),
      (s) => ({ notes: s, status: 'done' }),
      ['notes', 'status', 'doneOn'],
    );
  });

  it('referrals', async () => {
    const personId = await newPerson();
    const partnerOrganizationId = await newPartner();
    await crud(
      'referrals',
      (s) => ({ personId, partnerOrganizationId, reason: s }),
      (s) => ({ reason: s, outcome: s }),
      ['reason', 'outcome'],
    );
  });

  it('consents', async () => {
    const personId = await newPerson();
    await crud(
      'consents',
      () => ({ personId, purpose: 'support', givenHow: 'spoken' }),
      () => ({ withdrawnOn: today }),
      ['withdrawnOn'],
    );
  });

  it('integration routes', async () => {
    const personId = await newPerson();
    await crud(
      'integration-routes',
      (s) => ({ personId, route: 'b1', startDate: '2026-01-01', notes: s }),
      (s) => ({ notes: s, languageStatus: 'in_progress' }),
      ['notes', 'languageStatus'],
    );
  });

  it('shelter moves, and the household they move', async () => {
    const householdId = await newHousehold();
    const id = await crud(
      'shelter-moves',
      (s) => ({ householdId, date: '2026-01-01', toShelterType: 'hotel', reason: s }),
      (s) => ({ reason: s, toShelterType: 'flex_housing' }),
      ['reason', 'toShelterType'],
    );
    const moved = await t.dataSource.query<{ action: string; fields: string[] }[]>(
      `SELECT action, fields FROM audit_events WHERE resource = 'households' AND record_id = $1 AND action = 'update' ORDER BY at`,
      [householdId],
    );
    // To the hotel, on to flex housing, and back where it was when the move was deleted.
    expect(moved.map((e) => e.fields)).toEqual([['shelterType'], ['shelterType'], ['shelterType']]);
    expect(id).toBeDefined();
  });

  it('incomes', async () => {
    const personId = await newPerson();
    await crud(
      'incomes',
      () => ({ personId, source: 'work', amount: 1500, from: '2024-01-01' }),
      () => ({ amount: 1650, to: '2024-12-31' }),
      ['amount', 'to'],
    );
  });

  it('policy parameters: a new version, and the end of the one it follows', async () => {
    const before = await t
      .http()
      .get('/api/policy-parameters')
      .query({ filter: JSON.stringify({ key: 'contribution_catering' }) })
      .set(org.auth('admin'))
      .expect(200);
    const previous = before.body.find((p: { validTo: string | null }) => p.validTo === null).id as string;
    const created = await send('post', '/policy-parameters', (s) => ({
      key: 'contribution_catering',
      value: 250,
      unit: 'eur_per_adult_per_month',
      validFrom: '2031-01-01',
      sourceDocument: s,
    }));
    await expectAudited(created, {
      status: 201,
      action: 'create',
      resource: 'policy-parameters',
      recordId: created.body.id as string,
    });
    await expectAudited(created, {
      status: 201,
      action: 'update',
      resource: 'policy-parameters',
      recordId: previous,
      fields: ['validTo'],
    });
  });

  it("skills, a person's skills, qualifications, language assessments and courses", async () => {
    const skillId = await crud(
      'skills',
      (s) => ({ kind: 'skill', nameNl: s }),
      (s) => ({ nameEn: s }),
      ['nameEn'],
    );
    expect(skillId).toBeDefined();
    const personId = await newPerson();
    const skill = (await send('post', '/skills', (s) => ({ kind: 'skill', nameNl: s }))).body.id;
    await crud(
      'person-skills',
      () => ({ personId, skillId: skill }),
      () => ({ level: 'expert' }),
      ['level'],
    );
    await crud(
      'qualifications',
      (s) => ({ personId, title: s, field: s }),
      (s) => ({ title: s, evaluatedBy: 'duo' }),
      ['title', 'evaluatedBy'],
    );
    await crud(
      'courses',
      (s) => ({ personId, kind: 'language_practice', title: s, provider: s }),
      (s) => ({ provider: s, completed: true }),
      ['provider', 'completed'],
    );
    // An assessment also moves the person's current level: that change is in the trail as the person's.
    const created = await send('post', '/language-assessments', () => ({
      personId,
      language: 'nl',
      level: 'B1',
      assessedOn: today,
      method: 'formal_exam',
    }));
    const events = await expectAudited(created, {
      status: 201,
      action: 'create',
      resource: 'language-assessments',
      recordId: created.body.id!,
    });
    expect(events).toContainEqual(
      expect.objectContaining({
        action: 'update',
        resource: 'persons',
        recordId: personId,
        fields: ['languageLevels'],
      }),
    );
    const id = created.body.id!;
    const updated = await send('put', `/language-assessments/${id}`, () => ({ level: 'B2' }));
    await expectAudited(updated, {
      status: 200,
      action: 'update',
      resource: 'language-assessments',
      recordId: id,
      fields: ['level'],
    });
    const deleted = await send('delete', `/language-assessments/${id}`);
    await expectAudited(deleted, { status: 200, action: 'delete', resource: 'language-assessments', recordId: id });
  });

  it('vacancies', async () => {
    const employerId = (await send('post', '/employers', (s) => ({ name: s }))).body.id;
    await crud(
      'vacancies',
      (s) => ({ employerId, title: s, notes: s }),
      (s) => ({ notes: s, status: 'filled' }),
      ['notes', 'status'],
      { role: 'matcher' },
    );
  });

  it('partner organisations', async () => {
    await crud(
      'partner-organizations',
      (s) => ({ name: `P ${randomUUID()}`, contact: s }),
      (s) => ({ contact: s }),
      ['contact'],
    );
  });

  it('saved views', async () => {
    await crud(
      'saved-views',
      (s) => ({ resource: 'households', name: `V ${s}`, filter: { municipality: s } }),
      (s) => ({ name: `W ${s}` }),
      ['name'],
    );
  });

  it('users: deactivating is recorded as the change it is', async () => {
    await crud(
      'users',
      (s) => ({
        email: `sweep-${randomUUID()}@example.org`,
        fullName: 'Sweep',
        role: 'caseworker',
        password: `Pw-${s}-1`,
      }),
      (s) => ({ fullName: `Sweep ${s}`, password: `Pw-${s}-2` }),
      ['fullName', 'password'],
      { deleteAction: 'update' },
    );
  });

  it('users: changing your own password is recorded, never the password', async () => {
    const changed = await send(
      'post',
      '/auth/change-password',
      (s) => ({ currentPassword: TEST_PASSWORD, newPassword: `Pw-${s}-3` }),
      'caseworker',
    );
    await expectAudited(changed, {
      status: 204,
      action: 'update',
      resource: 'users',
      recordId: org.users.caseworker.id,
      fields: ['password'],
    });
  });

  it('coding samples: drawing one and coding an item', async () => {
    const householdId = await newHousehold();
    const personId = await newPerson(householdId);
    // Only logs of people who consented to research are sampled.
    await t
      .http()
      .post('/api/consents')
      .set(org.auth('admin'))
      .send({ personId, purpose: 'research', givenHow: 'written', givenOn: '2026-01-01' })
      .expect(201);
    const logs: string[] = [];
    // A month in the past of its own (contact logs cannot be dated in the future).
    for (const day of ['2011-01-02', '2011-01-03']) {
      const log = await t
        .http()
        .post('/api/contact-logs')
        .set(org.auth('admin'))
        .send({
          householdId,
          personIds: [personId],
          occurredAt: `${day}T10:00:00Z`,
          minutes: 5,
          channel: 'phone',
          note: 'n',
        })
        .expect(201);
      logs.push(log.body.id);
    }
    const sample = await send(
      'post',
      '/coding-samples',
      (s) => ({
        name: s,
        size: 2,
        firstCoderId: org.users.researcher.id,
        secondCoderId: org.users.caseworker.id,
        from: '2011-01-01T00:00:00Z',
        to: '2011-02-01T00:00:00Z',
      }),
      'coordinator',
    );
    const sampleId = sample.body.id as string;
    await expectAudited(sample, { status: 201, action: 'create', resource: 'coding-samples', recordId: sampleId });
    const coded = await send(
      'put',
      `/coding-samples/${sampleId}/items/${logs[0]}`,
      () => ({ labelIds: [] }),
      'researcher',
    );
    await expectAudited(coded, { status: 200, action: 'update', resource: 'coding-samples', recordId: sampleId });
  });
  it("a person's data: erasure, retention, research exports", async () => {
    const personId = await newPerson();
    const erased = await send('post', `/persons/${personId}/erasure`, () => ({
      reason: 'data_subject_request',
      confirmation: 'Olena',
    }));
    await expectAudited(erased, { status: 200, action: 'erase', resource: 'persons', recordId: personId });
    const household = (await t.http().post('/api/households').set(org.auth('admin')).send(householdBody())).body;
    const erasedHousehold = await send('post', `/households/${household.id}/erasure`, () => ({
      reason: 'no_longer_needed',
      confirmation: household.reference,
    }));
    await expectAudited(erasedHousehold, {
      status: 200,
      action: 'erase',
      resource: 'households',
      recordId: household.id,
    });
    const due = (
      await t
        .http()
        .post('/api/households')
        .set(org.auth('admin'))
        .send(householdBody({ status: 'closed' }))
    ).body;
    await t.dataSource.query(`UPDATE households SET closed_on = CURRENT_DATE - interval '3 years' WHERE id = $1`, [
      due.id,
    ]);
    const retention = await send('post', '/retention/erasure', () => ({ householdIds: [due.id], confirmation: '1' }));
    await expectAudited(retention, { status: 200, action: 'erase', resource: 'households', recordId: due.id });
    const settings = await send('put', '/retention/settings', () => ({ retentionMonths: 36 }));
    await expectAudited(settings, {
      status: 200,
      action: 'update',
      resource: 'organizations',
      recordId: org.organization.id,
      fields: ['retentionMonths'],
    });
    const started = await send('post', '/research-exports', () => ({ filter: { municipality: 'Zaanstad' } }));
    await expectAudited(started, {
      status: 201,
      action: 'create',
      resource: 'research-exports',
      recordId: started.body.id as string,
    });
    const rotated = await send('post', '/research-exports/rotate-key');
    await expectAudited(rotated, {
      status: 201,
      action: 'create',
      resource: 'research-pseudonym-keys',
      recordId: rotated.body.keyId as string,
    });
  });
  // Last, so every case above has run: a write route the app serves but this sweep never sent is a gap.
  it('imports: running one is recorded, and every row it writes under the same request id', async () => {
    const upload = await t
      .http()
      .post('/api/imports')
      .set(org.auth('admin'))
      .field('kind', 'employers')
      .attach('file', Buffer.from('name,city\nAudit Bakkerij,Zaandam\n'), 'employers.csv')
      .expect(201);
    const id = (upload.body as { id: string }).id;
    await send('put', `/imports/${id}`, () => ({ mapping: { name: 'name', city: 'city' } }));
    const until = async (status: string) => {
      for (let i = 0; i < 100; i++) {
        const { body } = await t.http().get(`/api/imports/${id}`).set(org.auth('admin')).expect(200);
        if ((body as { status: string }).status === status) return;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error(`import never reached ${status}`);
    };
    await send('post', `/imports/${id}/check`);
    await until('checked');
    const run = await send('post', `/imports/${id}/run`);
    await until('done');
    await expectAudited(
      { ...run, status: run.status === 202 ? 202 : run.status },
      {
        status: 202,
        action: 'update',
        resource: 'imports',
        recordId: id,
        fields: ['status'],
      },
    );
    const created = (await eventsOf(run)).find((e) => e.resource === 'employers' && e.action === 'create');
    expect(created).toBeDefined();
    await send('delete', `/imports/${id}`);
  });

  it('sends a request to every write route the app serves', async () => {
    const NOT_CASE_RECORDS: Record<string, string> = {
      'POST /api/auth/login': 'signing in changes no record',
      'POST /api/auth/logout': 'ending a session changes no record (like signing in)',
      'POST /api/notifications/read': "marks the caller's own notifications read: their view, no case record",
      // An upload, its mapping, its dry run and discarding it change no case record; running it is recorded,
      // and every record it writes is, through its own resource (see the imports test above).
      'POST /api/imports': 'stores a spreadsheet to map and check: no case record changes',
      'PUT /api/imports/{id}': "the column mapping: the import's set-up, no case record",
      'POST /api/imports/{id}/check': 'a dry run: everything it writes is rolled back',
      'DELETE /api/imports/{id}': 'discards an upload: what it imported stays, recorded',
    };
    const doc = (await t.http().get('/api/docs-json').expect(200)).body as {
      paths: Record<string, Record<string, unknown>>;
    };
    const writes = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops)
        .filter((m) => ['post', 'put', 'patch', 'delete'].includes(m))
        .map((m) => `${m.toUpperCase()} ${path.replace(/\{[^}]+\}/g, '{id}')}`),
    );
    const missing = writes.filter((route) => !covered.has(route) && !NOT_CASE_RECORDS[route]);
    expect(missing).toEqual([]);
  });
});
