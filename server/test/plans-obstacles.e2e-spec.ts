import { createTestApp, createTestOrg, householdBody, type TestApp, type TestOrg } from './support/test-app.js';

describe('perspective plans, obstacles and breakthroughs', () => {
  let t: TestApp;
  let org: TestOrg;
  const as = () => org.auth('researcher');

  const household = async (overrides: Record<string, unknown> = {}) =>
    (await t.http().post('/api/households').set(as()).send(householdBody(overrides)).expect(201)).body.id as string;
  const person = async (householdId: string, firstName = 'Olena') =>
    (await t.http().post('/api/persons').set(as()).send({ householdId, firstName }).expect(201)).body.id as string;
  const obstacle = async (body: Record<string, unknown>) => {
    const res = await t
      .http()
      .post('/api/obstacles')
      .set(as())
      .send({ domainKey: 'housing', title: 'Obstacle', ...body });
    if (res.status !== 201) throw new Error(`${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };

  beforeAll(async () => {
    t = await createTestApp();
    org = await createTestOrg(t, 'Plans');
  });
  afterAll(() => t.close());

  describe('perspective plans', () => {
    it('keeps one active plan per person: activating a new one closes the old one', async () => {
      const p = await person(await household());
      const first = await t
        .http()
        .post('/api/perspective-plans')
        .set(as())
        .send({ personId: p, perspective: 'Werk als psycholoog', status: 'active' })
        .expect(201);
      expect(first.body).toMatchObject({ status: 'active', ownerId: org.users.researcher.id, goals: {} });
      expect(first.body.startDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      await t
        .http()
        .post('/api/perspective-plans')
        .set(as())
        .send({ personId: p, perspective: 'Een stabiel huis', status: 'active' })
        .expect(201);
      const old = await t.http().get(`/api/perspective-plans/${first.body.id}`).set(as()).expect(200);
      expect(old.body.status).toBe('closed');
      const active = await t
        .http()
        .get('/api/perspective-plans')
        .query({ filter: JSON.stringify({ personId: p, status: 'active' }) })
        .set(as());
      expect(active.body).toHaveLength(1);
    });

    it('validates goals against the 14 domains and dates against each other', async () => {
      const p = await person(await household());
      const res = await t
        .http()
        .post('/api/perspective-plans')
        .set(as())
        .send({ personId: p, goals: { work: 'Psycholoog', flying: 'x' } })
        .expect(422);
      expect(res.body.errors).toEqual({ 'goals.flying': 'is not an integration domain' });
      const dates = await t
        .http()
        .post('/api/perspective-plans')
        .set(as())
        .send({ personId: p, startDate: '2026-05-01', nextReviewDate: '2026-04-01' })
        .expect(422);
      expect(dates.body.errors.nextReviewDate).toMatch(/before the start date/);
      await t.http().post('/api/perspective-plans').set(as()).send({ personId: p, status: 'paused' }).expect(422);
    });

    it('reviews keep what the plan said, whatever is edited later', async () => {
      const p = await person(await household());
      const plan = (
        await t
          .http()
          .post('/api/perspective-plans')
          .set(as())
          .send({ personId: p, perspective: 'Anything goes', goals: { work: 'Any job' }, status: 'active' })
      ).body;
      const o = await obstacle({ planId: plan.id, domainKey: 'work', title: 'No diploma evaluation' });
      expect(o.personId).toBe(p);
      const first = await t
        .http()
        .post(`/api/perspective-plans/${plan.id}/reviews`)
        .set(as())
        .send({ note: 'Eerste gesprek' })
        .expect(201);
      expect(first.body.snapshot).toEqual({
        perspective: 'Anything goes',
        goals: { work: 'Any job' },
        status: 'active',
        obstacles: [
          {
            id: o.id,
            title: 'No diploma evaluation',
            domainKey: 'work',
            status: 'open',
            severity: 'medium',
            systemic: false,
          },
        ],
      });
      await t
        .http()
        .put(`/api/perspective-plans/${plan.id}`)
        .set(as())
        .send({ perspective: 'Work as a psychologist again', goals: { work: 'Psychologist' } })
        .expect(200);
      await t.http().put(`/api/obstacles/${o.id}`).set(as()).send({ status: 'in_progress' }).expect(200);
      await t.http().post(`/api/perspective-plans/${plan.id}/reviews`).set(as()).send({}).expect(201);
      const reviews = await t.http().get(`/api/perspective-plans/${plan.id}/reviews`).set(as()).expect(200);
      expect(reviews.body).toHaveLength(2);
      const [latest, earlier] = reviews.body;
      expect(earlier.snapshot.perspective).toBe('Anything goes');
      expect(earlier.snapshot.obstacles[0].status).toBe('open');
      expect(latest.snapshot.perspective).toBe('Work as a psychologist again');
      expect(latest.snapshot.obstacles[0].status).toBe('in_progress');
      expect(latest.reviewerId).toBe(org.users.researcher.id);
    });
  });

  describe('obstacles', () => {
    it('refuses an unknown domain and names the known ones', async () => {
      const p = await person(await household());
      const res = await t
        .http()
        .post('/api/obstacles')
        .set(as())
        .send({ personId: p, domainKey: 'weather', title: 'Rain' })
        .expect(422);
      expect(res.body.errors.domainKey).toMatch(/must be one of the integration domains: work, housing/);
    });

    it('needs a resolved-on date not before identified-on, and reopening clears it', async () => {
      const p = await person(await household());
      const o = await obstacle({ personId: p, identifiedOn: '2026-03-10' });
      const missing = await t.http().put(`/api/obstacles/${o.id}`).set(as()).send({ status: 'resolved' }).expect(422);
      expect(missing.body.errors.resolvedOn).toMatch(/required/);
      const early = await t
        .http()
        .put(`/api/obstacles/${o.id}`)
        .set(as())
        .send({ status: 'resolved', resolvedOn: '2026-03-09' })
        .expect(422);
      expect(early.body.errors.resolvedOn).toMatch(/before the date it was identified \(2026-03-10\)/);
      const resolved = await t
        .http()
        .put(`/api/obstacles/${o.id}`)
        .set(as())
        .send({ status: 'resolved', resolvedOn: '2026-03-10' })
        .expect(200);
      expect(resolved.body).toMatchObject({ status: 'resolved', resolvedOn: '2026-03-10' });
      const reopened = await t
        .http()
        .put(`/api/obstacles/${o.id}`)
        .set(as())
        .send({ ...resolved.body, status: 'open' })
        .expect(200);
      expect(reopened.body).toMatchObject({ status: 'open', resolvedOn: null });
    });

    it('records what an obstacle blocks, and what blocks it', async () => {
      const h = await household();
      const p = await person(h);
      const work = await obstacle({ personId: p, domainKey: 'work', title: 'Cannot look for work' });
      const housing = await obstacle({
        personId: p,
        domainKey: 'housing',
        title: 'Host family ends',
        blocksIds: [work.id],
      });
      expect(housing.blocksIds).toEqual([work.id]);
      const blocked = await t.http().get(`/api/obstacles/${work.id}`).set(as()).expect(200);
      expect(blocked.body.blockedByIds).toEqual([housing.id]);
      expect(blocked.body.blocksIds).toEqual([]);
    });

    it('refuses a cycle and names it', async () => {
      const p = await person(await household());
      const a = await obstacle({ personId: p, title: 'A' });
      const b = await obstacle({ personId: p, title: 'B', blocksIds: [a.id] });
      const c = await obstacle({ personId: p, title: 'C', blocksIds: [b.id] });
      const res = await t
        .http()
        .put(`/api/obstacles/${a.id}`)
        .set(as())
        .send({ blocksIds: [c.id] })
        .expect(422);
      expect(res.body.errors.blocksIds).toBe('would create a cycle: "A" → "C" → "B" → "A"');
      const self = await t
        .http()
        .put(`/api/obstacles/${a.id}`)
        .set(as())
        .send({ blocksIds: [a.id] })
        .expect(422);
      expect(self.body.errors.blocksIds).toMatch(/itself/);
      const unchanged = await t.http().get(`/api/obstacles/${a.id}`).set(as());
      expect(unchanged.body.blocksIds).toEqual([]);
    });

    it('refuses links across households', async () => {
      const mine = await obstacle({ personId: await person(await household()) });
      const theirs = await obstacle({ personId: await person(await household()) });
      const res = await t
        .http()
        .put(`/api/obstacles/${mine.id}`)
        .set(as())
        .send({ blocksIds: [theirs.id] })
        .expect(422);
      expect(res.body.errors.blocksIds).toMatch(/same household/);
    });

    it('drops the links of a deleted obstacle', async () => {
      const p = await person(await household());
      const a = await obstacle({ personId: p, title: 'A' });
      const b = await obstacle({ personId: p, title: 'B', blocksIds: [a.id] });
      await t.http().delete(`/api/obstacles/${b.id}`).set(org.auth('caseworker')).expect(200);
      expect((await t.http().get(`/api/obstacles/${a.id}`).set(as())).body.blockedByIds).toEqual([]);
    });

    it('filters by domain, status, systemic and household', async () => {
      const h = await household();
      const p = await person(h);
      await obstacle({ personId: p, domainKey: 'links', title: 'No BSN', systemic: true, systemicNote: 'Rule' });
      await obstacle({ personId: p, domainKey: 'work', title: 'Diploma' });
      const res = await t
        .http()
        .get('/api/obstacles')
        .query({ filter: JSON.stringify({ householdId: h, systemic: true }) })
        .set(as())
        .expect(200);
      expect(res.body.map((o: { title: string }) => o.title)).toEqual(['No BSN']);
      await t
        .http()
        .get('/api/obstacles')
        .query({ filter: JSON.stringify({ status: 'gone' }) })
        .set(as())
        .expect(400);
    });
  });

  describe('breakthroughs', () => {
    it('resolves the obstacles it removes, on its date, unless told otherwise', async () => {
      const h = await household();
      const p = await person(h);
      const o1 = await obstacle({ personId: p, identifiedOn: '2026-01-05' });
      const o2 = await obstacle({ personId: p, identifiedOn: '2026-01-06', domainKey: 'work' });
      const b = await t
        .http()
        .post('/api/breakthroughs')
        .set(as())
        .send({
          householdId: h,
          date: '2026-02-01',
          title: 'Tijdelijke huurwoning via de gemeente',
          obstacleIds: [o1.id],
          partner: 'Gemeente Zaanstad',
          costEur: 125.5,
        })
        .expect(201);
      expect(b.body).toMatchObject({ obstacleIds: [o1.id], costEur: 125.5 });
      expect((await t.http().get(`/api/obstacles/${o1.id}`).set(as())).body).toMatchObject({
        status: 'resolved',
        resolvedOn: '2026-02-01',
      });
      await t
        .http()
        .post('/api/breakthroughs')
        .set(as())
        .send({ householdId: h, date: '2026-02-02', title: 'Buddy', obstacleIds: [o2.id], resolveObstacles: false })
        .expect(201);
      expect((await t.http().get(`/api/obstacles/${o2.id}`).set(as())).body.status).toBe('open');
    });

    it('refuses obstacles of another household and a date before the obstacle, saving nothing', async () => {
      const h = await household();
      const other = await obstacle({ personId: await person(await household()) });
      const res = await t
        .http()
        .post('/api/breakthroughs')
        .set(as())
        .send({ householdId: h, date: '2026-02-01', title: 'X', obstacleIds: [other.id] })
        .expect(422);
      expect(res.body.errors.obstacleIds).toMatch(/same household/);
      const late = await obstacle({ personId: await person(h), identifiedOn: '2026-06-01' });
      const early = await t
        .http()
        .post('/api/breakthroughs')
        .set(as())
        .send({ householdId: h, date: '2026-05-01', title: 'Too early', obstacleIds: [late.id] })
        .expect(422);
      expect(early.body.errors.date).toMatch(/before/);
      const list = await t
        .http()
        .get('/api/breakthroughs')
        .query({ filter: JSON.stringify({ householdId: h }) })
        .set(as());
      expect(list.body).toEqual([]);
      expect((await t.http().get(`/api/obstacles/${late.id}`).set(as())).body.status).toBe('open');
    });

    it('validates money and dates', async () => {
      const h = await household();
      const res = await t
        .http()
        .post('/api/breakthroughs')
        .set(as())
        .send({ householdId: h, date: '2026-02-30', title: 'X', costEur: -1 })
        .expect(422);
      expect(Object.keys(res.body.errors).sort()).toEqual(['costEur', 'date']);
    });
  });

  describe('audit findings', () => {
    const audit = async (filter: Record<string, unknown>) =>
      (
        await t
          .http()
          .get('/api/audit-events')
          .query({ filter: JSON.stringify(filter), range: '[0,99]' })
          .set(org.auth('admin'))
          .expect(200)
      ).body as {
        action: string;
        resource: string;
        recordId: string;
        fields: string[];
      }[];
    const put = (path: string, body: Record<string, unknown>) => t.http().put(path).set(as()).send(body);
    const breakthrough = async (body: Record<string, unknown>) => {
      const res = await t
        .http()
        .post('/api/breakthroughs')
        .set(as())
        .send({ title: 'Breakthrough', ...body });
      if (res.status !== 201) throw new Error(`${res.status} ${JSON.stringify(res.body)}`);
      return res.body;
    };

    it('refuses a cycle made by two edits at the same time', async () => {
      for (let run = 0; run < 5; run++) {
        const p = await person(await household());
        const c = await obstacle({ personId: p, title: 'C' });
        const b = await obstacle({ personId: p, title: 'B' });
        const a = await obstacle({ personId: p, title: 'A', blocksIds: [b.id] });
        const [bc, ca] = await Promise.all([
          put(`/api/obstacles/${b.id}`, { blocksIds: [c.id] }),
          put(`/api/obstacles/${c.id}`, { blocksIds: [a.id] }),
        ]);
        expect([bc.status, ca.status].sort()).toEqual([200, 422]);
        expect((bc.status === 422 ? bc : ca).body.errors.blocksIds).toMatch(/would create a cycle/);
      }
    });

    it('bumps the version when only the links change, so a stale link edit is a 409', async () => {
      const p = await person(await household());
      const a = await obstacle({ personId: p, title: 'A' });
      const b = await obstacle({ personId: p, title: 'B' });
      const c = await obstacle({ personId: p, title: 'C' });
      const linked = await put(`/api/obstacles/${a.id}`, { version: a.version, blocksIds: [b.id] }).expect(200);
      expect(linked.body.version).toBe(a.version + 1);
      expect(new Date(linked.body.updatedAt).getTime()).toBeGreaterThan(new Date(a.updatedAt).getTime());
      await put(`/api/obstacles/${a.id}`, { version: a.version, blocksIds: [c.id] }).expect(409);
      const same = await put(`/api/obstacles/${a.id}`, { version: linked.body.version, blocksIds: [b.id] }).expect(200);
      expect(same.body.version).toBe(linked.body.version);
      const events = await audit({ recordId: a.id, action: 'update' });
      expect(events.map((e) => e.fields)).toContainEqual(expect.arrayContaining(['blocksIds']));
    });

    it('refuses identified-on and resolved-on dates in the future, per field', async () => {
      const p = await person(await household());
      const res = await t
        .http()
        .post('/api/obstacles')
        .set(as())
        .send({
          personId: p,
          domainKey: 'work',
          title: 'X',
          identifiedOn: '2099-01-01',
          status: 'resolved',
          resolvedOn: '2099-01-02',
        })
        .expect(422);
      expect(res.body.errors).toEqual({
        identifiedOn: 'cannot be in the future',
        resolvedOn: 'cannot be in the future',
      });
      const o = await obstacle({ personId: p, identifiedOn: '2026-01-01' });
      const late = await put(`/api/obstacles/${o.id}`, { status: 'resolved', resolvedOn: '2099-01-01' }).expect(422);
      expect(late.body.errors).toEqual({ resolvedOn: 'cannot be in the future' });
    });

    it("moves a person's obstacles along to a new household, unless they block another member's", async () => {
      const from = await household();
      const to = await household();
      const mover = await person(from, 'Mover');
      const stays = await person(from, 'Stays');
      const own = await obstacle({ personId: mover, domainKey: 'work', title: 'Own' });
      const theirs = await obstacle({ personId: stays, domainKey: 'work', title: 'Theirs', blocksIds: [own.id] });
      const refused = await put(`/api/persons/${mover}`, { householdId: to }).expect(422);
      expect(refused.body.errors.householdId).toMatch(/1 blocking link.*remove those links first/);
      expect((await t.http().get(`/api/obstacles/${own.id}`).set(as())).body.householdId).toBe(from);

      await put(`/api/obstacles/${theirs.id}`, { blocksIds: [] }).expect(200);
      await put(`/api/persons/${mover}`, { householdId: to }).expect(200);
      expect((await t.http().get(`/api/obstacles/${own.id}`).set(as())).body.householdId).toBe(to);
      const rollup = async (h: string) =>
        (await t.http().get(`/api/households/${h}/obstacles-by-domain`).set(as())).body.find(
          (d: { domainKey: string }) => d.domainKey === 'work',
        );
      expect(await rollup(to)).toMatchObject({ open: 1 });
      expect(await rollup(from)).toMatchObject({ open: 1 });
      // Linking across the households it left is refused like any other cross-household link.
      const cross = await put(`/api/obstacles/${theirs.id}`, { blocksIds: [own.id] }).expect(422);
      expect(cross.body.errors.blocksIds).toMatch(/same household/);
      expect(await audit({ recordId: own.id, action: 'update' })).toContainEqual(
        expect.objectContaining({ resource: 'obstacles', fields: ['householdId'] }),
      );
    });

    it('needs at least one obstacle on a breakthrough', async () => {
      const h = await household();
      const missing = await t
        .http()
        .post('/api/breakthroughs')
        .set(as())
        .send({ householdId: h, date: '2026-02-01', title: 'X' })
        .expect(422);
      expect(missing.body.errors.obstacleIds).toMatch(/at least one/);
      const empty = await t
        .http()
        .post('/api/breakthroughs')
        .set(as())
        .send({ householdId: h, date: '2026-02-01', title: 'X', obstacleIds: [] })
        .expect(422);
      expect(empty.body.errors.obstacleIds).toMatch(/at least one/);
      const o = await obstacle({ personId: await person(h), identifiedOn: '2026-01-01' });
      const b = await breakthrough({ householdId: h, date: '2026-02-01', obstacleIds: [o.id] });
      const emptied = await put(`/api/breakthroughs/${b.id}`, { obstacleIds: [] }).expect(422);
      expect(emptied.body.errors.obstacleIds).toMatch(/at least one/);
    });

    it('an edit resolves only newly linked obstacles, never one reopened since, and writes their audit events', async () => {
      const h = await household();
      const p = await person(h);
      const o1 = await obstacle({ personId: p, identifiedOn: '2026-01-01', title: 'O1' });
      const o2 = await obstacle({ personId: p, identifiedOn: '2026-01-01', title: 'O2', domainKey: 'work' });
      const b = await breakthrough({ householdId: h, date: '2026-02-01', obstacleIds: [o1.id] });
      expect(await audit({ recordId: o1.id, action: 'update' })).toContainEqual(
        expect.objectContaining({ resource: 'obstacles', fields: ['resolvedOn', 'status'] }),
      );
      await put(`/api/obstacles/${o1.id}`, { status: 'open' }).expect(200);
      const edited = await put(`/api/breakthroughs/${b.id}`, {
        ...b,
        title: 'typo fixed',
        obstacleIds: [o1.id, o2.id],
        resolveObstacles: true,
      }).expect(200);
      expect(edited.body.obstacleIds).toEqual([o1.id, o2.id].sort());
      expect((await t.http().get(`/api/obstacles/${o1.id}`).set(as())).body).toMatchObject({
        status: 'open',
        resolvedOn: null,
      });
      expect((await t.http().get(`/api/obstacles/${o2.id}`).set(as())).body).toMatchObject({
        status: 'resolved',
        resolvedOn: '2026-02-01',
      });
      expect(await audit({ recordId: o2.id, action: 'update' })).toHaveLength(1);
    });

    it('a new date moves the resolved-on date of the obstacles the breakthrough resolved', async () => {
      const h = await household();
      const p = await person(h);
      const o1 = await obstacle({ personId: p, identifiedOn: '2026-01-01' });
      const o2 = await obstacle({
        personId: p,
        identifiedOn: '2026-01-01',
        status: 'resolved',
        resolvedOn: '2026-01-15',
      });
      const b = await breakthrough({ householdId: h, date: '2026-02-01', obstacleIds: [o1.id, o2.id] });
      await put(`/api/breakthroughs/${b.id}`, { date: '2026-02-10' }).expect(200);
      expect((await t.http().get(`/api/obstacles/${o1.id}`).set(as())).body.resolvedOn).toBe('2026-02-10');
      // Resolved on another day: not by this breakthrough, so left alone.
      expect((await t.http().get(`/api/obstacles/${o2.id}`).set(as())).body.resolvedOn).toBe('2026-01-15');
      const early = await put(`/api/breakthroughs/${b.id}`, { date: '2025-12-01' }).expect(422);
      expect(early.body.errors.date).toMatch(/before/);
      const future = await put(`/api/breakthroughs/${b.id}`, { date: '2099-01-01' }).expect(422);
      expect(future.body.errors.date).toBe('cannot be in the future');
    });

    it('a breakthrough linked to a deleted obstacle can still be edited', async () => {
      const h = await household();
      const p = await person(h);
      const kept = await obstacle({ personId: p, identifiedOn: '2026-01-01' });
      const gone = await obstacle({ personId: p, identifiedOn: '2026-01-01' });
      const b = await breakthrough({ householdId: h, date: '2026-02-01', obstacleIds: [kept.id, gone.id] });
      await t.http().delete(`/api/obstacles/${gone.id}`).set(as()).expect(200);
      const current = (await t.http().get(`/api/breakthroughs/${b.id}`).set(as()).expect(200)).body;
      expect(current.obstacleIds).toEqual([kept.id]);
      const saved = await put(`/api/breakthroughs/${b.id}`, { ...current, title: 'Edited' }).expect(200);
      expect(saved.body).toMatchObject({ title: 'Edited', obstacleIds: [kept.id] });
    });

    it('links a partner organisation record of the same organisation', async () => {
      const h = await household();
      const o = await obstacle({ personId: await person(h), identifiedOn: '2026-01-01' });
      const partner = (
        await t
          .http()
          .post('/api/partner-organizations')
          .set(org.auth('admin'))
          .send({ name: `Taalmaatje ${Date.now()}` })
          .expect(201)
      ).body;
      const other = await createTestOrg(t, 'PartnerElsewhere');
      const foreign = (
        await t.http().post('/api/partner-organizations').set(other.auth('admin')).send({ name: 'Foreign' }).expect(201)
      ).body;
      const refused = await t
        .http()
        .post('/api/breakthroughs')
        .set(as())
        .send({
          householdId: h,
          date: '2026-02-01',
          title: 'X',
          obstacleIds: [o.id],
          partnerOrganizationId: foreign.id,
        })
        .expect(422);
      expect(refused.body.errors.partnerOrganizationId).toMatch(/does not exist/);
      const b = await breakthrough({
        householdId: h,
        date: '2026-02-01',
        obstacleIds: [o.id],
        partnerOrganizationId: partner.id,
      });
      expect(b.partnerOrganizationId).toBe(partner.id);
      const cleared = await put(`/api/breakthroughs/${b.id}`, { partnerOrganizationId: null }).expect(200);
      expect(cleared.body.partnerOrganizationId).toBeNull();
    });

    it('lists breakthroughs by date range and by domain', async () => {
      const h = await household();
      const p = await person(h);
      const housing = await obstacle({ personId: p, identifiedOn: '2026-01-01', domainKey: 'housing' });
      const work = await obstacle({ personId: p, identifiedOn: '2026-01-01', domainKey: 'work' });
      const work2 = await obstacle({ personId: p, identifiedOn: '2026-01-01', domainKey: 'work' });
      await breakthrough({ householdId: h, date: '2026-01-10', title: 'January', obstacleIds: [housing.id] });
      await breakthrough({ householdId: h, date: '2026-02-10', title: 'February', obstacleIds: [work.id] });
      await breakthrough({ householdId: h, date: '2026-03-10', title: 'March', obstacleIds: [work2.id] });
      const titles = async (filter: Record<string, unknown>) =>
        (
          await t
            .http()
            .get('/api/breakthroughs')
            .query({ filter: JSON.stringify({ householdId: h, ...filter }), sort: '["date","ASC"]' })
            .set(as())
            .expect(200)
        ).body.map((b: { title: string }) => b.title);
      expect(await titles({ date_gte: '2026-02-01', date_lte: '2026-02-28' })).toEqual(['February']);
      expect(await titles({ date_gte: '2026-02-10' })).toEqual(['February', 'March']);
      expect(await titles({ domainKey: 'work' })).toEqual(['February', 'March']);
    });

    it('audits reviews and the plans an activation closes; reviews of another organisation are not found', async () => {
      const p = await person(await household());
      const first = (
        await t.http().post('/api/perspective-plans').set(as()).send({ personId: p, status: 'active' }).expect(201)
      ).body;
      await t.http().post('/api/perspective-plans').set(as()).send({ personId: p, status: 'active' }).expect(201);
      expect(await audit({ recordId: first.id, action: 'update' })).toEqual([
        expect.objectContaining({ resource: 'perspective-plans', fields: ['status'] }),
      ]);
      const review = (
        await t.http().post(`/api/perspective-plans/${first.id}/reviews`).set(as()).send({ note: 'Check' }).expect(201)
      ).body;
      expect(await audit({ recordId: review.id })).toEqual([
        expect.objectContaining({ action: 'create', resource: 'plan-reviews' }),
      ]);
      const future = await t
        .http()
        .post(`/api/perspective-plans/${first.id}/reviews`)
        .set(as())
        .send({ reviewedOn: '2099-01-01' })
        .expect(422);
      expect(future.body.errors).toEqual({ reviewedOn: 'cannot be in the future' });

      const other = await createTestOrg(t, 'ReviewsElsewhere');
      await t.http().get(`/api/perspective-plans/${first.id}/reviews`).set(other.auth('admin')).expect(404);
      await t.http().post(`/api/perspective-plans/${first.id}/reviews`).set(other.auth('admin')).send({}).expect(404);
      expect(
        (await t.http().get(`/api/perspective-plans/${first.id}/reviews`).set(as()).expect(200)).body,
      ).toHaveLength(1);
    });
  });

  describe('household roll-up and reports', () => {
    let reportOrg: TestOrg;
    beforeAll(async () => {
      reportOrg = await createTestOrg(t, 'Report');
      const auth = reportOrg.auth('researcher');
      const mk = async (municipality: string) => {
        const h = (await t.http().post('/api/households').set(auth).send(householdBody({ municipality }))).body.id;
        return {
          h,
          p: (await t.http().post('/api/persons').set(auth).send({ householdId: h, firstName: 'X' })).body.id,
        };
      };
      const a = await mk('Zaanstad');
      const b = await mk('Zaanstad');
      const c = await mk('Nijmegen');
      const post = (body: Record<string, unknown>) => t.http().post('/api/obstacles').set(auth).send(body).expect(201);
      // Housing: resolved after 3 and 7 days (median 5), one open; work: one in progress, one not resolvable.
      await post({
        personId: a.p,
        domainKey: 'housing',
        title: 'Host family ends',
        identifiedOn: '2026-01-01',
        status: 'resolved',
        resolvedOn: '2026-01-04',
        systemic: true,
        systemicNote: 'Host family support ends with 2 days notice',
      });
      await post({
        personId: b.p,
        domainKey: 'housing',
        title: 'host family ends ',
        identifiedOn: '2026-01-10',
        status: 'resolved',
        resolvedOn: '2026-01-17',
        systemic: true,
      });
      await post({ personId: c.p, domainKey: 'housing', title: 'Too small', identifiedOn: '2026-02-01' });
      await post({
        personId: a.p,
        domainKey: 'work',
        title: 'Diploma',
        identifiedOn: '2026-02-01',
        status: 'in_progress',
      });
      await post({
        personId: c.p,
        domainKey: 'work',
        title: 'No childcare',
        identifiedOn: '2026-03-01',
        status: 'not_resolvable',
        systemic: true,
        systemicNote: 'No childcare places',
      });
    });

    it('counts per domain and status with the median days to resolve, all 14 domains present', async () => {
      const res = await t.http().get('/api/reports/obstacles').set(reportOrg.auth('coordinator')).expect(200);
      expect(res.body.total).toBe(5);
      expect(res.body.byDomain).toHaveLength(14);
      // Three and two persons: fewer than 5, so no figures (issue 15; small-groups.e2e-spec.ts has the figures of
      // a domain of 5). The totals over all domains stay.
      const housing = res.body.byDomain.find((d: { domainKey: string }) => d.domainKey === 'housing');
      expect(housing).toEqual({
        domainKey: 'housing',
        open: null,
        inProgress: null,
        resolved: null,
        notResolvable: null,
        total: null,
        medianDaysToResolve: null,
        shareResolved: null,
        fewerThan5: [
          'open',
          'inProgress',
          'resolved',
          'notResolvable',
          'total',
          'medianDaysToResolve',
          'shareResolved',
        ],
      });
      const work = res.body.byDomain.find((d: { domainKey: string }) => d.domainKey === 'work');
      expect(work).toMatchObject({ total: null, fewerThan5: expect.arrayContaining(['total']) });
      const safety = res.body.byDomain.find((d: { domainKey: string }) => d.domainKey === 'safety');
      expect(safety).toMatchObject({ open: 0, inProgress: 0, resolved: 0, notResolvable: 0, total: 0, fewerThan5: [] });
      expect(res.body.shareResolved).toBeCloseTo(2 / 5);
    });

    it('filters by municipality and period', async () => {
      const res = await t
        .http()
        .get('/api/reports/obstacles')
        .query({ filter: JSON.stringify({ municipality: 'Nijmegen', identifiedOn_gte: '2026-02-15' }) })
        .set(reportOrg.auth('coordinator'))
        .expect(200);
      expect(res.body.total).toBe(1);
      await t
        .http()
        .get('/api/reports/obstacles')
        .query({ filter: JSON.stringify({ planet: 'Mars' }) })
        .set(reportOrg.auth('coordinator'))
        .expect(400);
    });

    it('groups systemic obstacles with the persons they hit, as JSON and CSV', async () => {
      const res = await t.http().get('/api/reports/systemic-obstacles').set(reportOrg.auth('coordinator')).expect(200);
      // Two persons and one: fewer than 5, so the barrier is named without figures (issue 15).
      const hidden = {
        persons: null,
        households: null,
        unresolved: null,
        firstIdentifiedOn: null,
        fewerThan5: ['persons', 'households', 'unresolved', 'firstIdentifiedOn'],
        obstacleIds: expect.any(Array),
      };
      expect(res.body).toEqual([
        {
          domainKey: 'housing',
          title: 'Host family ends',
          systemicNote: 'Host family support ends with 2 days notice',
          ...hidden,
        },
        { domainKey: 'work', title: 'No childcare', systemicNote: 'No childcare places', ...hidden },
      ]);
      // Issue 17: each row carries its obstacles, for a policy signal to link.
      expect(res.body.map((r: { obstacleIds: string[] }) => r.obstacleIds.length)).toEqual([2, 1]);
      // Names for people, the domain key only with ids=true (report-csv.e2e-spec.ts tests the rest of the shape).
      const csv = await t
        .http()
        .get('/api/reports/systemic-obstacles?format=csv&ids=true')
        .set(reportOrg.auth('coordinator'))
        .expect(200);
      expect(csv.headers['content-type']).toMatch(/text\/csv/);
      expect(csv.text.split('\r\n')[1]).toBe(
        'domainKey,Domain,Obstacle,Systemic note,Persons,Households,Unresolved,First identified',
      );
      expect(csv.text).toContain(
        '\r\nhousing,Housing,Host family ends,Host family support ends with 2 days notice,fewer than 5,,,\r\n',
      );
      const dutch = await t
        .http()
        .get('/api/reports/obstacles?format=csv&lang=nl')
        .set(reportOrg.auth('coordinator'))
        .expect(200);
      expect(dutch.text.split('\r\n')[1]).toBe(
        'Domein;Open;Mee bezig;Opgelost;Niet oplosbaar;Totaal;Mediaan dagen tot oplossing;Aandeel opgelost (%)',
      );
      expect(dutch.text).toContain('\r\nHuisvesting;;;;;minder dan 5;;\r\n');
    });

    it('filters by track and by plan owner', async () => {
      const o = await createTestOrg(t, 'TrackOwner');
      const auth = o.auth('coordinator');
      const member = async (track: string) => {
        const h = (await t.http().post('/api/households').set(auth).send(householdBody({ track })).expect(201)).body.id;
        return (await t.http().post('/api/persons').set(auth).send({ householdId: h, firstName: 'X' }).expect(201)).body
          .id;
      };
      const individual = await member('individual_support');
      const helpdesk = await member('helpdesk');
      const plan = async (personId: string, ownerId: string) =>
        (await t.http().post('/api/perspective-plans').set(auth).send({ personId, ownerId }).expect(201)).body.id;
      const caseworkerPlan = await plan(individual, o.users.caseworker.id);
      const coordinatorPlan = await plan(helpdesk, o.users.coordinator.id);
      const post = (body: Record<string, unknown>) =>
        t
          .http()
          .post('/api/obstacles')
          .set(auth)
          .send({ title: 'X', identifiedOn: '2026-01-01', ...body })
          .expect(201);
      // Individual support, caseworker's plan: housing resolved after 10 days, work open.
      await post({ planId: caseworkerPlan, domainKey: 'housing', status: 'resolved', resolvedOn: '2026-01-11' });
      await post({ planId: caseworkerPlan, domainKey: 'work' });
      // Helpdesk: housing open in the coordinator's plan, work in progress outside any plan (no owner).
      await post({ planId: coordinatorPlan, domainKey: 'housing' });
      await post({ personId: helpdesk, domainKey: 'work', status: 'in_progress' });

      const report = async (filter: Record<string, unknown>) => {
        const body = (
          await t
            .http()
            .get('/api/reports/obstacles')
            .query({ filter: JSON.stringify(filter) })
            .set(auth)
            .expect(200)
        ).body;
        const pick = (key: string) => body.byDomain.find((d: { domainKey: string }) => d.domainKey === key);
        return { total: body.total, housing: pick('housing'), work: pick('work') };
      };
      const individualReport = await report({ track: 'individual_support' });
      expect(individualReport.total).toBe(2);
      // One person per domain: the domains have no figures (issue 15), the totals tell the filters apart.
      expect(individualReport.housing).toMatchObject({ total: null, medianDaysToResolve: null });
      expect(individualReport.work).toMatchObject({ total: null });
      const helpdeskReport = await report({ track: 'helpdesk' });
      expect(helpdeskReport.total).toBe(2);
      const caseworker = await report({ ownerId: o.users.caseworker.id });
      expect(caseworker.total).toBe(2);
      const coordinator = await report({ ownerId: o.users.coordinator.id });
      expect(coordinator.total).toBe(1);
      expect(coordinator.work).toMatchObject({ total: 0, fewerThan5: [] });
      expect((await report({ ownerId: o.users.caseworker.id, track: 'helpdesk' })).total).toBe(0);
    });

    it("rolls up a household's obstacles by domain across its members", async () => {
      const h = await household();
      await obstacle({ personId: await person(h, 'A'), domainKey: 'housing' });
      await obstacle({ personId: await person(h, 'B'), domainKey: 'housing', status: 'in_progress' });
      const res = await t.http().get(`/api/households/${h}/obstacles-by-domain`).set(as()).expect(200);
      expect(res.body).toHaveLength(14);
      expect(res.body.find((d: { domainKey: string }) => d.domainKey === 'housing')).toEqual({
        domainKey: 'housing',
        open: 1,
        inProgress: 1,
        resolved: 0,
        notResolvable: 0,
      });
      await t.http().get(`/api/households/${h}/obstacles-by-domain`).set(reportOrg.auth('admin')).expect(404);
    });
  });
});
