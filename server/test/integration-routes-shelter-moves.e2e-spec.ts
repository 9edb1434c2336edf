import { createTestApp, createTestOrg, householdBody, type TestApp, type TestOrg } from './support/test-app.js';

const day = (offset: number) => {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + offset);
  return d.toISOString().slice(0, 10);
};

describe('integration routes and shelter moves (issue 14)', () => {
  let t: TestApp;
  let org: TestOrg;
  const as = () => org.auth('caseworker');
  const household = async (o: TestOrg = org, overrides: Record<string, unknown> = {}) =>
    (await t.http().post('/api/households').set(o.auth('caseworker')).send(householdBody(overrides)).expect(201)).body;
  const person = async (householdId: string, o: TestOrg = org) =>
    (
      await t
        .http()
        .post('/api/persons')
        .set(o.auth('caseworker'))
        .send({ householdId, firstName: 'Shakib' })
        .expect(201)
    ).body;
  const route = (body: Record<string, unknown>) => t.http().post('/api/integration-routes').set(as()).send(body);
  const placement = async (personId: string, body: Record<string, unknown>, o: TestOrg = org) =>
    (
      await t
        .http()
        .post('/api/placements')
        .set(o.auth('admin'))
        // Notified to UWV long before: the work-permit rule (issue 14) lets it start.
        .send({ personId, type: 'paid_job', contractType: 'fixed_term', uwvNotifiedOn: '2000-01-03', ...body })
        .expect(201)
    ).body;
  const fieldCode = (body: { fieldCodes?: Record<string, { code: string }> }, field: string) =>
    body.fieldCodes?.[field]?.code;

  beforeAll(async () => {
    t = await createTestApp();
    org = await createTestOrg(t, 'Issue14');
  });
  afterAll(() => t.close());

  describe('integration routes', () => {
    it('sets the deadline three years after the start unless it is set, and moves a default one with the start', async () => {
      const h = await household();
      const p = await person(h.id);
      const created = await route({ personId: p.id, route: 'b1', startDate: '2026-03-01' }).expect(201);
      expect(created.body).toMatchObject({
        route: 'b1',
        startDate: '2026-03-01',
        deadline: '2029-03-01',
        languageStatus: 'not_started',
        unfinishedParts: ['language', 'society_knowledge', 'labour_market_module', 'participation_statement'],
      });
      // react-admin sends the whole record back: the default deadline follows a new start date.
      const moved = await t
        .http()
        .put(`/api/integration-routes/${created.body.id}`)
        .set(as())
        .send({ ...created.body, startDate: '2026-04-15' })
        .expect(200);
      expect(moved.body.deadline).toBe('2029-04-15');
      // A deadline set otherwise (an extension) stays when the start moves.
      const extended = await t
        .http()
        .put(`/api/integration-routes/${created.body.id}`)
        .set(as())
        .send({ deadline: '2029-10-15' })
        .expect(200);
      expect(extended.body.deadline).toBe('2029-10-15');
      const again = await t
        .http()
        .put(`/api/integration-routes/${created.body.id}`)
        .set(as())
        .send({ ...extended.body, startDate: '2026-05-01' })
        .expect(200);
      expect(again.body.deadline).toBe('2029-10-15');

      const other = await person(h.id);
      const set = await route({ personId: other.id, route: 'z_route', startDate: '2024-02-29' }).expect(201);
      expect(set.body.deadline).toBe('2027-02-28');
    });

    it('refuses a second route, a deadline before the start, and dates that do not fit the part', async () => {
      const h = await household();
      const p = await person(h.id);
      await route({ personId: p.id, route: 'education', startDate: '2026-01-10' }).expect(201);
      const second = await route({ personId: p.id, route: 'b1', startDate: '2026-01-10' }).expect(422);
      expect(fieldCode(second.body, 'personId')).toBe('integration_route_exists');

      const q = await person(h.id);
      const early = await route({ personId: q.id, route: 'b1', startDate: '2026-01-10', deadline: '2025-12-31' });
      expect([early.status, fieldCode(early.body, 'deadline')]).toEqual([422, 'before_start_date']);
      const unfinished = await route({
        personId: q.id,
        route: 'b1',
        startDate: '2026-01-10',
        languageStatus: 'in_progress',
        languageCompletedOn: '2026-02-01',
      });
      expect([unfinished.status, fieldCode(unfinished.body, 'languageCompletedOn')]).toEqual([
        422,
        'part_not_finished',
      ]);
      const before = await route({
        personId: q.id,
        route: 'b1',
        startDate: '2026-01-10',
        societyKnowledgeStatus: 'completed',
        societyKnowledgeStartedOn: '2026-03-01',
        societyKnowledgeCompletedOn: '2026-02-01',
      });
      expect([before.status, fieldCode(before.body, 'societyKnowledgeCompletedOn')]).toEqual([
        422,
        'before_start_date',
      ]);
      const future = await route({
        personId: q.id,
        route: 'b1',
        startDate: '2026-01-10',
        participationStatementStatus: 'completed',
        participationStatementCompletedOn: day(30),
      });
      expect([future.status, fieldCode(future.body, 'participationStatementCompletedOn')]).toEqual([
        422,
        'date_in_future',
      ]);
      const kind = await route({ personId: q.id, route: 'c2', startDate: '2026-01-10' });
      expect([kind.status, fieldCode(kind.body, 'route')]).toEqual([422, 'not_allowed_value']);
      const hours = await route({ personId: q.id, route: 'b1', startDate: '2026-01-10', lessonHoursPerWeek: 61 });
      expect([hours.status, fieldCode(hours.body, 'lessonHoursPerWeek')]).toEqual([422, 'too_large']);
      const stranger = await createTestOrg(t, 'Issue14 other');
      const foreign = await person((await household(stranger)).id, stranger);
      const across = await route({ personId: foreign.id, route: 'b1', startDate: '2026-01-10' });
      expect([across.status, fieldCode(across.body, 'personId')]).toEqual([422, 'record_missing']);
      // Nothing of the refused writes was stored.
      const list = await t
        .http()
        .get('/api/integration-routes')
        .query({ filter: JSON.stringify({ personId: q.id }) })
        .set(as())
        .expect(200);
      expect(list.body).toEqual([]);
    });

    it('puts the deadline and the unfinished parts in the deadlines and the caseload, until every part is done', async () => {
      const h = await household(org, { assigneeIds: [org.users.caseworker.id] });
      const p = await person(h.id);
      const created = await route({
        personId: p.id,
        route: 'b1',
        startDate: day(-1000),
        deadline: day(20),
        languageStatus: 'completed',
        languageCompletedOn: day(-10),
        labourMarketModuleStatus: 'exempted',
      }).expect(201);
      expect(created.body.unfinishedParts).toEqual(['society_knowledge', 'participation_statement']);
      const filtered = await t
        .http()
        .get('/api/integration-routes')
        .query({ filter: JSON.stringify({ unfinishedPart: 'participation_statement', personId: p.id }) })
        .set(as())
        .expect(200);
      expect(filtered.body.map((r: { id: string }) => r.id)).toEqual([created.body.id]);

      const deadlines = async () =>
        (await t.http().get('/api/deadlines').query({ weeks: 8 }).set(as()).expect(200)).body.filter(
          (d: { householdId: string }) => d.householdId === h.id,
        );
      expect(await deadlines()).toEqual([
        expect.objectContaining({
          kind: 'integration_deadline',
          date: day(20),
          daysLeft: 20,
          personId: p.id,
          placementId: null,
          unfinishedParts: ['society_knowledge', 'participation_statement'],
          taskId: null,
        }),
      ]);
      const caseload = (await t.http().get('/api/caseload').set(as()).expect(200)).body.find(
        (row: { id: string }) => row.id === h.id,
      );
      expect(caseload.nextDeadline).toEqual({ kind: 'integration_deadline', date: day(20) });
      expect(caseload.integrationRoutes).toEqual([
        {
          personId: p.id,
          route: 'b1',
          deadline: day(20),
          unfinishedParts: ['society_knowledge', 'participation_statement'],
        },
      ]);

      // A task for the deadline takes the route's date, and the deadline then names it.
      const task = await t
        .http()
        .post('/api/tasks')
        .set(as())
        .send({
          title: 'Inburgering',
          dueDate: day(10),
          householdId: h.id,
          personId: p.id,
          deadlineKind: 'integration_deadline',
        })
        .expect(201);
      expect(task.body.deadlineDate).toBe(day(20));
      expect((await deadlines())[0].taskId).toBe(task.body.id);

      await t
        .http()
        .put(`/api/integration-routes/${created.body.id}`)
        .set(as())
        .send({ societyKnowledgeStatus: 'completed', participationStatementStatus: 'exempted' })
        .expect(200);
      expect(await deadlines()).toEqual([]);
      const after = (await t.http().get('/api/caseload').set(as()).expect(200)).body.find(
        (row: { id: string }) => row.id === h.id,
      );
      expect(after.integrationRoutes).toEqual([]);
      expect(after.nextDeadline).toBeNull();
    });

    it('adds the hours of running placements to the lessons and warns past the limit', async () => {
      const h = await household();
      const p = await person(h.id);
      const r = (
        await route({ personId: p.id, route: 'b1', startDate: day(-100), lessonHoursPerWeek: 12.5 }).expect(201)
      ).body;
      const hours = async (date?: string) =>
        (
          await t
            .http()
            .get(`/api/integration-routes/${r.id}/weekly-hours`)
            .query(date ? { date } : {})
            .set(as())
            .expect(200)
        ).body;
      expect(await hours()).toMatchObject({
        lessonHoursPerWeek: 12.5,
        workHoursPerWeek: 0,
        limit: 40,
        exceedsLimit: false,
      });

      // A proposal is not work yet; an ended job no longer is.
      await placement(p.id, { status: 'proposed', hoursPerWeek: 38 });
      await placement(p.id, { status: 'ended', startDate: day(-90), endDate: day(-30), hoursPerWeek: 38 });
      expect((await hours()).workHoursPerWeek).toBe(0);

      const job = await placement(p.id, { status: 'started', startDate: day(-20), hoursPerWeek: 27.5 });
      const exactly = await hours();
      expect(exactly).toMatchObject({
        workHoursPerWeek: 27.5,
        totalHoursPerWeek: 40,
        exceedsLimit: false,
        placements: [{ placementId: job.id, hoursPerWeek: 27.5 }],
      });
      await t.http().put(`/api/integration-routes/${r.id}`).set(as()).send({ lessonHoursPerWeek: 16 }).expect(200);
      expect(await hours()).toMatchObject({ totalHoursPerWeek: 43.5, limit: 40, exceedsLimit: true });
      // Before the job started, the week held only the lessons.
      expect(await hours(day(-30))).toMatchObject({ workHoursPerWeek: 0, exceedsLimit: false });
      await t
        .http()
        .get(`/api/integration-routes/${r.id}/weekly-hours`)
        .query({ date: '2026-02-30' })
        .set(as())
        .expect(400);
    });
  });

  describe('shelter moves', () => {
    const move = (body: Record<string, unknown>) => t.http().post('/api/shelter-moves').set(as()).send(body);
    const shelter = async (id: string) => {
      const h = (await t.http().get(`/api/households/${id}`).set(as()).expect(200)).body;
      return { shelterType: h.shelterType, shelterEndDate: h.shelterEndDate, version: h.version };
    };

    it("keeps the household's shelter at its latest move, also when moves are recorded late or deleted", async () => {
      const h = await household(org, { shelterType: 'host_family', shelterEndDate: day(-5) });
      const first = await move({
        householdId: h.id,
        date: day(-10),
        toShelterType: 'hotel',
        forced: true,
        noticeDays: 2,
      });
      expect(first.status).toBe(201);
      expect(first.body).toMatchObject({ fromShelterType: 'host_family', toShelterType: 'hotel', forced: true });
      // The host family's end date fell after this move: it may be the new shelter's, so it stays.
      expect(await shelter(h.id)).toMatchObject({ shelterType: 'hotel', shelterEndDate: day(-5), version: 2 });

      const second = await move({
        householdId: h.id,
        date: day(-3),
        toShelterType: 'flex_housing',
        toPlace: 'Flexwoningen',
      });
      expect(second.body.fromShelterType).toBe('hotel');
      // On or before the move, the end date was the shelter it left: cleared.
      expect(await shelter(h.id)).toMatchObject({ shelterType: 'flex_housing', shelterEndDate: null, version: 3 });

      // A move recorded late, before the latest one, does not change where the household lives now.
      const late = await move({ householdId: h.id, date: day(-20), toShelterType: 'municipal_shelter' }).expect(201);
      expect((await shelter(h.id)).shelterType).toBe('flex_housing');

      await t.http().delete(`/api/shelter-moves/${second.body.id}`).set(as()).expect(200);
      expect((await shelter(h.id)).shelterType).toBe('hotel');
      // Changing the latest move's destination moves the household with it.
      await t
        .http()
        .put(`/api/shelter-moves/${first.body.id}`)
        .set(as())
        .send({ toShelterType: 'social_housing' })
        .expect(200);
      expect((await shelter(h.id)).shelterType).toBe('social_housing');
      await t.http().delete(`/api/shelter-moves/${first.body.id}`).set(as()).expect(200);
      expect((await shelter(h.id)).shelterType).toBe('municipal_shelter');
      await t.http().delete(`/api/shelter-moves/${late.body.id}`).set(as()).expect(200);
      expect((await shelter(h.id)).shelterType).toBe('host_family');

      // Each change of the household is in its audit trail, next to the moves'.
      const audit = await t.dataSource.query<{ resource: string; action: string; fields: string[] }[]>(
        `SELECT resource, action, fields FROM audit_events WHERE record_id = $1 AND action = 'update' ORDER BY at`,
        [h.id],
      );
      expect(audit.map((a) => a.fields)).toEqual([
        ['shelterType'],
        ['shelterEndDate', 'shelterType'],
        ['shelterType'],
        ['shelterType'],
        ['shelterType'],
        ['shelterType'],
      ]);
      const moveAudit = await t.dataSource.query<{ action: string }[]>(
        `SELECT action FROM audit_events WHERE record_id = $1 ORDER BY at`,
        [first.body.id],
      );
      expect(moveAudit.map((a) => a.action)).toEqual(['create', 'update', 'delete']);
    });

    it('refuses a move ahead of time, unknown shelter types, odd notice and another household', async () => {
      const h = await household();
      const cases: [Record<string, unknown>, string, string][] = [
        [{ date: day(3) }, 'date', 'date_in_future'],
        [{ toShelterType: 'tent' }, 'toShelterType', 'not_allowed_value'],
        [{ fromShelterType: null }, 'fromShelterType', 'required'],
        [{ noticeDays: -1 }, 'noticeDays', 'too_small'],
        [{ noticeDays: 2.5 }, 'noticeDays', 'not_integer'],
        [{ forced: 'yes' }, 'forced', 'not_boolean'],
        [{ date: '2026-02-30' }, 'date', 'invalid_date'],
      ];
      for (const [override, field, code] of cases) {
        const res = await move({ householdId: h.id, date: day(-1), toShelterType: 'hotel', ...override });
        expect([field, res.status, fieldCode(res.body, field)]).toEqual([field, 422, code]);
      }
      const stranger = await createTestOrg(t, 'Issue14 moves other');
      const foreign = await household(stranger);
      const across = await move({ householdId: foreign.id, date: day(-1), toShelterType: 'hotel' });
      expect([across.status, fieldCode(across.body, 'householdId')]).toEqual([422, 'record_missing']);
      expect((await shelter(h.id)).shelterType).toBe('host_family');

      const ok = await move({ householdId: h.id, date: day(-1), toShelterType: 'hotel' }).expect(201);
      const other = await household();
      const moved = await t.http().put(`/api/shelter-moves/${ok.body.id}`).set(as()).send({ householdId: other.id });
      expect([moved.status, fieldCode(moved.body, 'householdId')]).toEqual([422, 'cannot_change']);
    });
  });

  describe('the shelter-moves report', () => {
    let r: TestOrg;
    const get = (query: Record<string, string>) =>
      t.http().get('/api/reports/shelter-moves').query(query).set(r.auth('coordinator'));

    beforeAll(async () => {
      r = await createTestOrg(t, 'Issue14 report');
      const post = async (path: string, body: Record<string, unknown>, role: 'caseworker' | 'admin' = 'caseworker') =>
        (await t.http().post(`/api/${path}`).set(r.auth(role)).send(body).expect(201)).body;
      const zaanstad = await post('households', householdBody({ municipality: 'Zaanstad' }));
      const nijmegen = await post('households', householdBody({ municipality: 'Nijmegen' }));
      const worker = await post('persons', { householdId: zaanstad.id, firstName: 'Tina' });
      const partner = await post('persons', { householdId: zaanstad.id, firstName: 'Petr' });
      const elsewhere = await post('persons', { householdId: nijmegen.id, firstName: 'Yvan' });
      // Zaanstad: forced with 2 and 10 days' notice, one chosen with 30; Nijmegen: one forced, notice unknown.
      await post('shelter-moves', {
        householdId: zaanstad.id,
        date: '2025-03-01',
        toShelterType: 'hotel',
        forced: true,
        noticeDays: 2,
      });
      await post('shelter-moves', {
        householdId: zaanstad.id,
        date: '2025-03-20',
        toShelterType: 'flex_housing',
        forced: true,
        noticeDays: 10,
      });
      await post('shelter-moves', {
        householdId: zaanstad.id,
        date: '2025-06-01',
        toShelterType: 'social_housing',
        noticeDays: 30,
      });
      await post('shelter-moves', {
        householdId: nijmegen.id,
        date: '2025-07-01',
        toShelterType: 'hotel',
        forced: true,
      });
      const ended = (personId: string, endDate: string) =>
        post('placements', { personId, type: 'paid_job', status: 'ended', startDate: '2024-01-01', endDate }, 'admin');
      await ended(worker.id, '2025-03-04'); // 3 days after the first forced move (and before the second): counted once
      await ended(partner.id, '2025-04-19'); // 30 days after the second forced move: counted
      await ended(partner.id, '2025-04-20'); // 31 days after: not
      await ended(worker.id, '2025-02-28'); // before any move: not
      await ended(worker.id, '2025-06-10'); // after the chosen move only: not
      await ended(elsewhere.id, '2025-07-31'); // 30 days after Nijmegen's forced move: counted
      // Another organisation's moves never count.
      const other = await createTestOrg(t, 'Issue14 report other');
      const theirs = (
        await t
          .http()
          .post('/api/households')
          .set(other.auth('caseworker'))
          .send(householdBody({ municipality: 'Zaanstad' }))
          .expect(201)
      ).body;
      await t
        .http()
        .post('/api/shelter-moves')
        .set(other.auth('caseworker'))
        .send({ householdId: theirs.id, date: '2025-03-01', toShelterType: 'hotel', forced: true, noticeDays: 1 })
        .expect(201);
    });

    it('counts moves, forced moves, the median notice and placements ended within 30 days after a forced move', async () => {
      const all = (await get({}).expect(200)).body;
      expect(all).toEqual({
        daysAfterForcedMove: 30,
        total: {
          moves: 4,
          forcedMoves: 3,
          medianNoticeDays: 10,
          medianNoticeDaysForced: 6,
          placementsEndedAfterForcedMove: 3,
        },
        municipalities: [
          {
            municipality: 'Nijmegen',
            moves: 1,
            forcedMoves: 1,
            medianNoticeDays: null,
            medianNoticeDaysForced: null,
            placementsEndedAfterForcedMove: 1,
          },
          {
            municipality: 'Zaanstad',
            moves: 3,
            forcedMoves: 2,
            medianNoticeDays: 10,
            medianNoticeDaysForced: 6,
            placementsEndedAfterForcedMove: 2,
          },
        ],
      });
    });

    it('narrows to a period and a municipality', async () => {
      const march = (
        await get({ filter: JSON.stringify({ date_gte: '2025-03-10', date_lte: '2025-06-30' }) }).expect(200)
      ).body;
      expect(march.total).toEqual({
        moves: 2,
        forcedMoves: 1,
        medianNoticeDays: 20,
        medianNoticeDaysForced: 10,
        placementsEndedAfterForcedMove: 1,
      });
      const nijmegen = (await get({ filter: JSON.stringify({ municipality: ['Nijmegen'] }) }).expect(200)).body;
      expect(nijmegen.municipalities.map((m: { municipality: string }) => m.municipality)).toEqual(['Nijmegen']);
      expect(nijmegen.total.moves).toBe(1);
      const none = (await get({ filter: JSON.stringify({ date_gte: '2030-01-01' }) }).expect(200)).body;
      expect(none).toEqual({
        daysAfterForcedMove: 30,
        total: {
          moves: 0,
          forcedMoves: 0,
          medianNoticeDays: null,
          medianNoticeDaysForced: null,
          placementsEndedAfterForcedMove: 0,
        },
        municipalities: [],
      });
    });

    it('answers a CSV in the reader language, and refuses filters it does not know', async () => {
      const csv = await get({ format: 'csv', lang: 'nl', filter: JSON.stringify({ municipality: 'Zaanstad' }) }).expect(
        200,
      );
      expect(csv.headers['content-type']).toMatch(/text\/csv/);
      const lines = csv.text
        .replace(/^\ufeff/, '')
        .trim()
        .split('\r\n');
      expect(lines).toEqual([
        '# Verhuizingen tussen opvanglocaties · Filters: Gemeente: Zaanstad',
        'Gemeente;Verhuizingen;Gedwongen verhuizingen;Mediaan dagen vooraf gemeld;Mediaan dagen vooraf gemeld (gedwongen);Plaatsingen beëindigd binnen 30 dagen na gedwongen verhuizing',
        'Zaanstad;3;2;10;6;2',
        'Alle gemeenten;3;2;10;6;2',
      ]);
      expect((await get({ filter: JSON.stringify({ startDate_gte: '2025-01-01' }) })).status).toBe(400);
      expect((await get({ filter: JSON.stringify({ municipality: null }) })).status).toBe(400);
      expect((await get({ filter: JSON.stringify({ date_gte: 'soon' }) })).status).toBe(400);
      expect((await t.http().get('/api/reports/shelter-moves').set(r.auth('matcher'))).status).toBe(403);
    });
  });
});
