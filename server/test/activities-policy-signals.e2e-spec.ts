import { createTestApp, createTestOrg, householdBody, type TestApp, type TestOrg } from './support/test-app.js';
import { createDefaultCodebook } from '../src/labels/default-codebook.js';

/** Issue 17: activities and their reach, policy signals and their evidence. */
describe('activities and policy signals', () => {
  let t: TestApp;
  let org: TestOrg;
  let themes: Record<string, { id: string }>;
  const as = () => org.auth('coordinator');

  const household = async (overrides: Record<string, unknown> = {}) =>
    (await t.http().post('/api/households').set(as()).send(householdBody(overrides)).expect(201)).body.id as string;
  const person = async (householdId: string, firstName: string, extra: Record<string, unknown> = {}) =>
    (
      await t
        .http()
        .post('/api/persons')
        .set(as())
        .send({ householdId, firstName, ...extra })
        .expect(201)
    ).body.id as string;
  const activity = async (body: Record<string, unknown>) => {
    const res = await t
      .http()
      .post('/api/activities')
      .set(as())
      .send({
        type: 'workshop',
        title: 'Finding work',
        date: '2026-03-10',
        durationMinutes: 120,
        online: true,
        ...body,
      });
    if (res.status !== 201) throw new Error(`${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };
  const obstacle = async (personId: string, body: Record<string, unknown> = {}) => {
    const res = await t
      .http()
      .post('/api/obstacles')
      .set(as())
      .send({ personId, domainKey: 'work', title: 'Diploma not recognised', systemic: true, ...body });
    if (res.status !== 201) throw new Error(`${res.status} ${JSON.stringify(res.body)}`);
    return res.body.id as string;
  };
  const report = async (filter: Record<string, unknown> = {}) =>
    (
      await t
        .http()
        .get('/api/reports/activities')
        .query({ filter: JSON.stringify(filter) })
        .set(as())
        .expect(200)
    ).body;

  beforeAll(async () => {
    t = await createTestApp();
    org = await createTestOrg(t, 'GroupWork');
    themes = (await createDefaultCodebook(t.dataSource.manager, org.organization.id)).themes;
  });
  afterAll(() => t.close());

  describe('activities', () => {
    let supported: string;
    let matched: string;
    let other: string;

    beforeAll(async () => {
      const support = await household({ municipality: 'Utrecht', track: 'individual_support' });
      const helpdesk = await household({ municipality: 'Utrecht', track: 'helpdesk' });
      supported = await person(support, 'Olena');
      matched = await person(helpdesk, 'Taras', { matchingSince: '2026-01-05' });
      other = await person(helpdesk, 'Iryna');
    });

    it('counts a person who attends twice once as reached, and anonymous attendees in attendance only', async () => {
      const first = await activity({ labelIds: [themes.work.id], personIds: [supported, matched], anonymousCount: 3 });
      expect(first).toMatchObject({ personIds: [supported, matched].sort(), anonymousCount: 3, online: true });
      await activity({
        title: 'Applying',
        date: '2026-03-20',
        labelIds: [themes.work.id],
        personIds: [supported, other],
        anonymousCount: 0,
      });
      const body = await report({ date_gte: '2026-03-01', date_lte: '2026-03-31' });
      const work = body.rows.find((r: { labelId: string }) => r.labelId === themes.work.id);
      expect(work).toMatchObject({
        period: '2026-03',
        activities: 2,
        attendance: 7,
        uniquePersons: 3,
        inIndividualSupport: 1,
        inMatching: 1,
      });
      expect(body.totals).toEqual({
        activities: 2,
        attendance: 7,
        uniquePersons: 3,
        inIndividualSupport: 1,
        inMatching: 1,
      });
    });

    it('counts an activity in each of its themes, but once in the totals; by quarter when asked', async () => {
      await activity({
        type: 'webinar',
        title: 'Dutch work culture',
        date: '2026-04-02',
        labelIds: [themes.work.id, themes.language.id],
        personIds: [other],
        anonymousCount: 1000,
      });
      const body = await report({ date_gte: '2026-04-01', date_lte: '2026-04-30', period: 'quarter' });
      expect(body.period).toBe('quarter');
      expect(body.rows.map((r: { period: string; attendance: number }) => [r.period, r.attendance])).toEqual([
        ['2026-Q2', 1001],
        ['2026-Q2', 1001],
      ]);
      expect(body.totals).toMatchObject({ activities: 1, attendance: 1001, uniquePersons: 1 });
    });

    it("shows attendance on the attending person's household timeline", async () => {
      const h = await household({ municipality: 'Amersfoort' });
      const p = await person(h, 'Mykola');
      const a = await activity({
        title: 'Mental wellbeing',
        date: '2026-05-04',
        personIds: [p],
        online: false,
        municipality: 'Amersfoort',
      });
      const timeline = await t.http().get(`/api/households/${h}/timeline`).set(as()).expect(200);
      expect(timeline.body).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ type: 'activity', title: 'Mental wellbeing', recordId: a.id, personId: p }),
        ]),
      );
      // Removed from the attendance, gone from the timeline.
      await t.http().put(`/api/activities/${a.id}`).set(as()).send({ personIds: [] }).expect(200);
      const after = await t.http().get(`/api/households/${h}/timeline`).query({ types: 'activity' }).set(as());
      expect(after.body).toEqual([]);
    });

    it('labels a focus group in bulk, like contact logs', async () => {
      const fg = await activity({
        type: 'focus_group',
        title: 'Focus group',
        date: '2026-05-11',
        notes: 'Wachtlijsten voor taalles',
      });
      const res = await t
        .http()
        .post('/api/activities/bulk-labels')
        .set(org.auth('researcher'))
        .send({ ids: [fg.id], addLabelIds: [themes.language.id] })
        .expect(200);
      expect(res.body).toEqual({ updated: 1 });
      const shown = await t.http().get(`/api/activities/${fg.id}`).set(as()).expect(200);
      expect(shown.body.labelIds).toEqual([themes.language.id]);
      const unlabelled = await t
        .http()
        .get('/api/activities')
        .query({ filter: JSON.stringify({ unlabelled: true, type: 'focus_group' }) })
        .set(as())
        .expect(200);
      expect(unlabelled.body).toEqual([]);
    });

    it('refuses bad input with 4xx', async () => {
      const bad = await t
        .http()
        .post('/api/activities')
        .set(as())
        .send({ type: 'party', title: ' ', date: '2026-02-30', durationMinutes: 0, anonymousCount: -1 })
        .expect(422);
      expect(Object.keys(bad.body.errors).sort()).toEqual([
        'anonymousCount',
        'date',
        'durationMinutes',
        'title',
        'type',
      ]);
      const onSite = await t
        .http()
        .post('/api/activities')
        .set(as())
        .send({ type: 'meetup', title: 'Meetup', date: '2026-03-01', durationMinutes: 60 })
        .expect(422);
      expect(onSite.body.fieldCodes.municipality).toMatchObject({ code: 'municipality_required' });
      const stranger = await t
        .http()
        .post('/api/activities')
        .set(as())
        .send({
          type: 'meetup',
          title: 'Meetup',
          date: '2026-03-01',
          durationMinutes: 60,
          online: true,
          personIds: ['00000000-0000-4000-8000-000000000000'],
        })
        .expect(422);
      expect(stranger.body.fieldCodes.personIds).toMatchObject({ code: 'record_missing' });
      await t
        .http()
        .get('/api/reports/activities')
        .query({ filter: JSON.stringify({ period: 'week' }) })
        .set(as())
        .expect(400);
      await t.http().get('/api/reports/themes').query({ activityMinutes: 'both' }).set(as()).expect(400);
      await t.http().get('/api/reports/activities').set(org.auth('matcher')).expect(403);
    });

    it('adds activity minutes to the theme report only when asked, on the basis asked', async () => {
      const plain = await t.http().get('/api/reports/themes').set(as()).expect(200);
      expect(plain.body).not.toHaveProperty('activities');
      const none = await t.http().get('/api/reports/themes').query({ activityMinutes: 'none' }).set(as()).expect(200);
      expect(none.body).toEqual(plain.body);
      const filter = JSON.stringify({ occurredAt_gte: '2026-03-01', occurredAt_lte: '2026-03-31' });
      const attendance = await t
        .http()
        .get('/api/reports/themes')
        .query({ activityMinutes: 'attendance', filter })
        .set(as())
        .expect(200);
      // March: Finding work 120 min × 5 attendees, Applying 120 min × 2 attendees, both labelled work.
      expect(attendance.body.activities).toMatchObject({ basis: 'attendance', totalMinutes: 840 });
      // Three known persons attended (the anonymous can't be told apart): the small-group rule hides the row.
      expect(attendance.body.activities.rows).toEqual([
        expect.objectContaining({
          labelId: themes.work.id,
          minutes: null,
          logs: null,
          fewerThan5: ['minutes', 'share', 'logs'],
        }),
      ]);
      const organiser = await t
        .http()
        .get('/api/reports/themes')
        .query({ activityMinutes: 'organiser', filter })
        .set(as())
        .expect(200);
      expect(organiser.body.activities).toMatchObject({ basis: 'organiser', totalMinutes: 240 });
      const csv = await t
        .http()
        .get('/api/reports/themes')
        .query({ activityMinutes: 'organiser', filter, format: 'csv' })
        .set(as())
        .expect(200);
      expect(csv.text).toMatch(/Activities,Work,fewer than 5,/);
    });
  });

  describe('policy signals', () => {
    let obstacles: string[];
    let signalId: string;
    const personName = 'Zoriana-Unique';

    beforeAll(async () => {
      const a = await household({ municipality: 'Utrecht', reference: 'HH-SECRET-A' });
      const b = await household({ municipality: 'utrecht ', reference: 'HH-SECRET-B' });
      const c = await household({ municipality: 'Zeist', reference: 'HH-SECRET-C' });
      const pa = await person(a, personName);
      const pa2 = await person(a, 'Second');
      const pb = await person(b, 'Bohdan');
      const pc = await person(c, 'Petro');
      obstacles = [
        await obstacle(pa, { identifiedOn: '2025-11-03', description: 'Private detail of Zoriana' }),
        await obstacle(pa2, { identifiedOn: '2026-01-10' }),
        await obstacle(pb, { identifiedOn: '2025-12-01' }),
        await obstacle(pc, { identifiedOn: '2026-02-01', domainKey: 'housing', title: 'No rental contract' }),
      ];
    });

    it('computes the evidence from the linked obstacles: how many, households, municipalities, since', async () => {
      const res = await t
        .http()
        .post('/api/policy-signals')
        .set(as())
        .send({ title: 'Diplomas wait a year', theme: 'work', obstacleIds: obstacles.slice(0, 2) })
        .expect(201);
      signalId = res.body.id;
      expect(res.body).toMatchObject({ status: 'open', obstacleIds: obstacles.slice(0, 2).sort() });
      expect(res.body.evidence).toEqual({ obstacles: 2, households: 1, municipalities: 1, since: '2025-11-03' });
      // Extending: the one already linked stays once; a municipality spelt otherwise counts as the same.
      const extended = await t
        .http()
        .post(`/api/policy-signals/${signalId}/obstacles`)
        .set(as())
        .send({ obstacleIds: [obstacles[1], obstacles[2], obstacles[3]] })
        .expect(200);
      expect(extended.body.evidence).toEqual({ obstacles: 4, households: 3, municipalities: 2, since: '2025-11-03' });
      expect(extended.body.version).toBe(res.body.version + 1);
      // A removed obstacle no longer counts.
      await t.http().delete(`/api/obstacles/${obstacles[3]}`).set(as()).expect(200);
      const shown = await t.http().get(`/api/policy-signals/${signalId}`).set(as()).expect(200);
      expect(shown.body.evidence).toEqual({ obstacles: 3, households: 2, municipalities: 1, since: '2025-11-03' });
    });

    it('suggests new systemic obstacles of the same domain, not those of other domains or already linked', async () => {
      const h = await household({ municipality: 'Houten' });
      const p = await person(h, 'Nadia');
      const fresh = await obstacle(p, { identifiedOn: '2026-03-01' });
      await obstacle(p, { domainKey: 'health_social_care', title: 'No GP' });
      await obstacle(p, { systemic: false, title: 'Not systemic' });
      const res = await t.http().get(`/api/policy-signals/${signalId}/suggestions`).set(as()).expect(200);
      expect(res.body.map((o: { id: string }) => o.id)).toEqual([fresh]);
    });

    it('marks a signal raised only with whom, and dates it today when no date is given', async () => {
      const refused = await t
        .http()
        .put(`/api/policy-signals/${signalId}`)
        .set(as())
        .send({ status: 'raised' })
        .expect(422);
      expect(refused.body.fieldCodes.raisedWith).toMatchObject({ code: 'raised_with_required' });
      const raised = await t
        .http()
        .put(`/api/policy-signals/${signalId}`)
        .set(as())
        .send({ status: 'raised', raisedWith: 'ministry', raisedWithName: 'OCW', raisedHow: 'Brief' })
        .expect(200);
      expect(raised.body).toMatchObject({ status: 'raised', raisedWith: 'ministry' });
      expect(raised.body.raisedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const audit = await t
        .http()
        .get('/api/audit-events')
        .query({ filter: JSON.stringify({ resource: 'policy-signals', recordId: signalId }) })
        .set(org.auth('admin'))
        .expect(200);
      expect(audit.body.map((e: { action: string }) => e.action).sort()).toEqual(['create', 'update', 'update']);
    });

    it('refuses obstacles that are not systemic or do not exist, and unknown enums', async () => {
      const h = await household();
      const p = await person(h, 'Ivan');
      const plain = await obstacle(p, { systemic: false });
      const notSystemic = await t
        .http()
        .post(`/api/policy-signals/${signalId}/obstacles`)
        .set(as())
        .send({ obstacleIds: [plain] })
        .expect(422);
      expect(notSystemic.body.fieldCodes.obstacleIds).toMatchObject({ code: 'obstacle_not_systemic' });
      const missing = await t
        .http()
        .post('/api/policy-signals')
        .set(as())
        .send({ title: 'X', theme: 'work', obstacleIds: ['00000000-0000-4000-8000-000000000000'] })
        .expect(422);
      expect(missing.body.fieldCodes.obstacleIds).toMatchObject({ code: 'record_missing' });
      const enums = await t
        .http()
        .post('/api/policy-signals')
        .set(as())
        .send({ title: 'X', theme: 'weather', status: 'won', raisedWith: 'king' })
        .expect(422);
      expect(Object.keys(enums.body.errors).sort()).toEqual(['raisedWith', 'status', 'theme']);
      await t.http().post('/api/policy-signals/not-a-uuid/obstacles').set(as()).send({ obstacleIds: [] }).expect(422);
      await t
        .http()
        .post('/api/policy-signals')
        .set(org.auth('caseworker'))
        .send({ title: 'X', theme: 'work' })
        .expect(403);
    });

    it('reports the signals with their counts, as JSON and as a CSV without personal data', async () => {
      const json = await t.http().get('/api/reports/policy-signals').set(as()).expect(200);
      expect(json.body).toEqual([
        expect.objectContaining({
          id: signalId,
          title: 'Diplomas wait a year',
          status: 'raised',
          obstacles: 3,
          households: 2,
          municipalities: 1,
          since: '2025-11-03',
        }),
      ]);
      const filtered = await t
        .http()
        .get('/api/reports/policy-signals')
        .query({ filter: JSON.stringify({ status: 'open' }) })
        .set(as())
        .expect(200);
      expect(filtered.body).toEqual([]);
      const csv = await t
        .http()
        .get('/api/reports/policy-signals')
        .query({ format: 'csv', lang: 'nl' })
        .set(as())
        .expect(200);
      expect(csv.headers['content-type']).toMatch(/text\/csv/);
      const text = csv.text;
      expect(text).toContain('Diplomas wait a year;Werk;;3;2;1;2025-11-03;Aangekaart;Ministerie: OCW');
      for (const secret of [
        personName,
        'Second',
        'Bohdan',
        'HH-SECRET',
        'Private detail',
        'Diploma not recognised',
        'Utrecht',
        ...obstacles,
        signalId,
      ])
        expect(text).not.toContain(secret);
      await t
        .http()
        .get('/api/reports/policy-signals')
        .query({ filter: JSON.stringify({ theme: 'weather' }) })
        .set(as())
        .expect(400);
    });
  });
});
