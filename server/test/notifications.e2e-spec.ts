import { createTestApp, createTestOrg, householdBody, type TestApp, type TestOrg } from './support/test-app.js';

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

interface Item {
  key: string;
  kind: string;
  resource: string;
  recordId: string;
  title: string;
  date: string | null;
  detail: string | null;
  read: boolean;
}

describe('notifications (GET /api/notifications)', () => {
  let t: TestApp;
  let org: TestOrg;
  let other: TestOrg;
  const ids: Record<string, string> = {};

  const bell = async (who: TestOrg, role: Parameters<TestOrg['auth']>[0], query: Record<string, string> = {}) =>
    (await t.http().get('/api/notifications').query(query).set(who.auth(role)).expect(200)).body as {
      date: string;
      unread: number;
      items: Item[];
    };
  const post = async (who: TestOrg, path: string, body: object) =>
    (
      await t
        .http()
        .post(`/api/${path}`)
        .set(who.auth('admin'))
        .send(body)
        .expect((r) => {
          if (r.status !== 201) throw new Error(`${path}: ${JSON.stringify(r.body)}`);
        })
    ).body.id as string;

  beforeAll(async () => {
    t = await createTestApp();
    org = await createTestOrg(t, 'Bell');
    other = await createTestOrg(t, 'Bell other');
    const cw = org.users.caseworker.id;
    ids.household = await post(
      org,
      'households',
      householdBody({ assigneeIds: [cw], shelterEndDate: day(3), protectionEndDate: day(30) }),
    );
    ids.person = await post(org, 'persons', { householdId: ids.household, firstName: 'Olena' });
    ids.today = await post(org, 'tasks', { title: 'Bel gastgezin', dueDate: day(0), assigneeId: cw });
    ids.overdue = await post(org, 'tasks', { title: 'Brief gemeente', dueDate: day(-2), assigneeId: cw });
    await post(org, 'tasks', { title: 'Volgende week', dueDate: day(7), assigneeId: cw });
    await post(org, 'tasks', { title: 'Van de onderzoeker', dueDate: day(0), assigneeId: org.users.researcher.id });
    const partner = await post(org, 'partner-organizations', { name: 'Schuldhulp Zaanstad' });
    await post(org, 'consents', {
      personId: ids.person,
      purpose: 'sharing',
      partnerOrganizationId: partner,
      givenHow: 'spoken',
    });
    ids.referral = await post(org, 'referrals', {
      personId: ids.person,
      partnerOrganizationId: partner,
      status: 'sent',
    });
    await t
      .http()
      .put(`/api/referrals/${ids.referral}`)
      .set(org.auth('admin'))
      .send({ status: 'accepted' })
      .expect(200);
    ids.placement = await post(org, 'placements', {
      personId: ids.person,
      type: 'paid_job',
      jobTitle: 'Kok',
      matcherId: org.users.matcher.id,
      // Notified already: no UWV task for the matcher (issue 14), so the bell shows the placement alone.
      uwvNotifiedOn: '2000-01-03',
    });
    // A double-coding sample naming the researcher (drawn as the operator would; drawing needs consented logs).
    [{ id: ids.sample }] = await t.dataSource.query(
      `INSERT INTO coding_samples (organization_id, name, first_coder_id, second_coder_id, contact_log_ids)
       VALUES ($1, 'Steekproef mei', $2, $3, ARRAY[gen_random_uuid()]) RETURNING id`,
      [org.organization.id, org.users.researcher.id, org.users.coordinator.id],
    );
    // Another organisation's caseworker with the same kind of work: never in our bell.
    const theirs = await post(
      other,
      'households',
      householdBody({ assigneeIds: [other.users.caseworker.id], shelterEndDate: day(2) }),
    );
    await post(other, 'tasks', {
      title: 'Hun taak',
      dueDate: day(0),
      assigneeId: other.users.caseworker.id,
      householdId: theirs,
    });
  });
  afterAll(() => t.close());

  it("shows a caseworker their tasks due and overdue, their households' deadlines and answered referrals", async () => {
    const digest = await bell(org, 'caseworker');
    expect(digest.date).toBe(day(0));
    expect(digest.items.map((n) => [n.kind, n.title, n.detail])).toEqual([
      ['task_overdue', 'Brief gemeente', null],
      ['task_due_today', 'Bel gastgezin', null],
      ['deadline', expect.any(String), 'shelter_end'],
      ['referral_answered', 'Schuldhulp Zaanstad', 'accepted'],
    ]);
    expect(digest.items[0]).toMatchObject({ resource: 'tasks', recordId: ids.overdue, date: day(-2), read: false });
    expect(digest.items[2]).toMatchObject({ resource: 'households', recordId: ids.household, date: day(3) });
    expect(digest.unread).toBe(4);
  });

  it("shows each role only its own kinds, and nothing of another organisation's", async () => {
    const matcher = await bell(org, 'matcher');
    expect(matcher.items.map((n) => [n.kind, n.recordId])).toEqual([['placement_assigned', ids.placement]]);
    const researcher = await bell(org, 'researcher');
    expect(researcher.items.map((n) => n.kind)).toEqual(['task_due_today', 'coding_sample_ready']);
    expect(researcher.items[1]).toMatchObject({
      resource: 'coding-samples',
      recordId: ids.sample,
      title: 'Steekproef mei',
    });
    const theirs = await bell(other, 'caseworker');
    expect(theirs.items.map((n) => n.title)).toEqual(['Hun taak', expect.any(String)]);
    expect(theirs.items.map((n) => n.recordId)).not.toContain(ids.today);
    expect((await bell(org, 'admin')).items).toEqual([]);
  });

  it('marks read per user; the digest leaves read ones out; a moved due date notifies again', async () => {
    const before = await bell(org, 'caseworker');
    const task = before.items.find((n) => n.recordId === ids.today)!;
    // Another user's keys, and keys that name nothing, are ignored.
    const researcherKey = (await bell(org, 'researcher')).items[0].key;
    const ignored = await t
      .http()
      .post('/api/notifications/read')
      .set(org.auth('caseworker'))
      .send({ keys: [researcherKey, 'task:nonsense'] })
      .expect(200);
    expect(ignored.body).toEqual({ marked: 0 });
    await t
      .http()
      .post('/api/notifications/read')
      .set(org.auth('caseworker'))
      .send({ keys: [task.key] })
      .expect(200, {
        marked: 1,
      });
    const after = await bell(org, 'caseworker');
    expect(after.unread).toBe(3);
    expect(after.items.find((n) => n.key === task.key)!.read).toBe(true);
    expect((await bell(org, 'caseworker', { unread: 'true' })).items.map((n) => n.key)).not.toContain(task.key);
    // Read for the caseworker only.
    expect((await bell(org, 'researcher')).items.every((n) => !n.read)).toBe(true);
    // A moved due date is a new key: unread again.
    await t
      .http()
      .put(`/api/tasks/${ids.today}`)
      .set(org.auth('caseworker'))
      .send({ dueDate: day(-1) })
      .expect(200);
    const moved = await bell(org, 'caseworker');
    expect(moved.items.find((n) => n.recordId === ids.today)).toMatchObject({ kind: 'task_overdue', read: false });
    await t.http().post('/api/notifications/read').set(org.auth('caseworker')).send({ all: true }).expect(200);
    expect((await bell(org, 'caseworker')).unread).toBe(0);
  });

  it("gives an admin each user's digest of their own organisation, for the mail job, audited", async () => {
    const own = await bell(org, 'caseworker');
    const asked = await bell(org, 'admin', { userId: org.users.caseworker.id });
    expect(asked).toEqual(own);
    // The user's own unread filter, and another role's kinds (the matcher's placement).
    expect((await bell(org, 'admin', { userId: org.users.caseworker.id, unread: 'true' })).items).toEqual(
      own.items.filter((n) => !n.read),
    );
    expect((await bell(org, 'admin', { userId: org.users.matcher.id })).items.map((n) => n.recordId)).toEqual([
      ids.placement,
    ]);
    const audited = await t.dataSource.query(
      `SELECT user_id, action, detail FROM audit_events WHERE resource = 'notifications' AND record_id = $1`,
      [org.users.caseworker.id],
    );
    expect(audited).toContainEqual({
      user_id: org.users.admin.id,
      action: 'read',
      detail: { kind: 'digest', unread: false },
    });
    // Another organisation's user is not found; nobody but an admin may ask, not even for themselves.
    await t
      .http()
      .get('/api/notifications')
      .query({ userId: other.users.caseworker.id })
      .set(org.auth('admin'))
      .expect(404);
    await t
      .http()
      .get('/api/notifications')
      .query({ userId: org.users.researcher.id })
      .set(other.auth('admin'))
      .expect(404);
    for (const role of ['coordinator', 'caseworker', 'researcher', 'matcher'] as const) {
      await t
        .http()
        .get('/api/notifications')
        .query({ userId: org.users.caseworker.id })
        .set(org.auth(role))
        .expect(403);
      await t.http().get('/api/notifications').query({ userId: org.users[role].id }).set(org.auth(role)).expect(403);
    }
    await t.http().get('/api/notifications').query({ userId: 'not-a-uuid' }).set(org.auth('admin')).expect(400);
    await t
      .http()
      .get('/api/notifications')
      .query({ userId: [org.users.caseworker.id, org.users.matcher.id] })
      .set(org.auth('admin'))
      .expect(400);
  });

  it('refuses bad input', async () => {
    const post = (body: unknown) =>
      t
        .http()
        .post('/api/notifications/read')
        .set(org.auth('caseworker'))
        .send(body as object);
    await post({}).expect(422);
    await post({ keys: [] }).expect(422);
    await post({ keys: 'task:x' }).expect(422);
    await post({ keys: ['x'.repeat(201)] }).expect(422);
    await post({ keys: Array.from({ length: 501 }, (_, i) => `k${i}`) }).expect(422);
    await post({ all: 'yes' }).expect(422);
    await t.http().get('/api/notifications').query({ unread: 'maybe' }).set(org.auth('caseworker')).expect(400);
    await t.http().get('/api/notifications').expect(401);
  });
});
