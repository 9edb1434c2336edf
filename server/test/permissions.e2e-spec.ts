import { createTestApp, createTestOrg, householdBody, type TestApp, type TestOrg } from './support/test-app.js';
import { PERMISSIONS } from '../src/common/auth/permissions.js';
import { ROLES } from '../src/auth/roles.js';

/** The purpose limits of the permission table, case by case (the route-by-role sweep is permissions-sweep). */
describe('need to know', () => {
  let t: TestApp;
  let org: TestOrg;
  const ids = (res: { body: { id: string }[] }) => res.body.map((r) => r.id);

  beforeAll(async () => {
    t = await createTestApp();
    org = await createTestOrg(t, 'NeedToKnow');
  });
  afterAll(() => t.close());

  const household = async (extra: Record<string, unknown> = {}) =>
    (await t.http().post('/api/households').set(org.auth('caseworker')).send(householdBody(extra)).expect(201)).body
      .id as string;
  const person = async (householdId: string, extra: Record<string, unknown> = {}) =>
    (
      await t
        .http()
        .post('/api/persons')
        .set(org.auth('caseworker'))
        .send({ householdId, firstName: 'P', ...extra })
        .expect(201)
    ).body.id as string;

  it('tells the caller their permissions at /api/auth/me, one list of actions per resource', async () => {
    for (const role of ROLES) {
      const me = (await t.http().get('/api/auth/me').set(org.auth(role)).expect(200)).body;
      expect(Object.keys(me.permissions).sort()).toEqual(Object.keys(PERMISSIONS).sort());
      for (const [resource, rule] of Object.entries(PERMISSIONS))
        expect([resource, me.permissions[resource]]).toEqual([resource, [...rule.roles[role]]]);
    }
    const matcher = (await t.http().get('/api/auth/me').set(org.auth('matcher')).expect(200)).body.permissions;
    expect(matcher['contact-logs']).toEqual([]);
    expect(matcher.persons).toEqual(['list', 'show']);
    const caseworker = (await t.http().get('/api/auth/me').set(org.auth('caseworker')).expect(200)).body.permissions;
    expect(caseworker.placements).toEqual(['list', 'show']);
  });

  describe('a matcher works with persons in matching only', () => {
    let h: string;
    let bySince: string;
    let byPlacement: string;
    let byConversation: string;
    let other: string;

    beforeAll(async () => {
      h = await household({ track: 'placement' });
      bySince = await person(h, { matchingSince: '2026-01-05' });
      byPlacement = await person(h);
      byConversation = await person(h);
      other = await person(h);
      await t
        .http()
        .post('/api/placements')
        .set(org.auth('matcher'))
        .send({ personId: byPlacement, type: 'paid_job' })
        .expect(201);
      await t
        .http()
        .post('/api/network-conversations')
        .set(org.auth('matcher'))
        .send({ personId: byConversation, date: '2026-02-01', contact: 'X' })
        .expect(201);
    });

    it('lists and shows persons in matching, and answers 404 for anyone else', async () => {
      const listed = ids(
        await t.http().get('/api/persons').query({ range: '[0,999]' }).set(org.auth('matcher')).expect(200),
      );
      expect(listed).toEqual(expect.arrayContaining([bySince, byPlacement, byConversation]));
      expect(listed).not.toContain(other);
      for (const id of [bySince, byPlacement, byConversation])
        await t.http().get(`/api/persons/${id}`).set(org.auth('matcher')).expect(200);
      const hidden = await t.http().get(`/api/persons/${other}`).set(org.auth('matcher')).expect(404);
      expect(JSON.stringify(hidden.body)).not.toContain(other);
      const many = await t
        .http()
        .get('/api/persons')
        .query({ filter: JSON.stringify({ id: [other, bySince] }) })
        .set(org.auth('matcher'))
        .expect(200);
      expect(ids(many)).toEqual([bySince]);
      // The caseworker sees everyone.
      await t.http().get(`/api/persons/${other}`).set(org.auth('caseworker')).expect(200);
    });

    it('reads the plans and only the open obstacles of persons in matching', async () => {
      const plan = (
        await t
          .http()
          .post('/api/perspective-plans')
          .set(org.auth('caseworker'))
          .send({ personId: bySince })
          .expect(201)
      ).body.id;
      const otherPlan = (
        await t.http().post('/api/perspective-plans').set(org.auth('caseworker')).send({ personId: other }).expect(201)
      ).body.id;
      await t.http().get(`/api/perspective-plans/${plan}`).set(org.auth('matcher')).expect(200);
      await t.http().get(`/api/perspective-plans/${otherPlan}`).set(org.auth('matcher')).expect(404);
      expect(ids(await t.http().get('/api/perspective-plans').set(org.auth('matcher')).expect(200))).toEqual([plan]);

      const obstacle = (body: Record<string, unknown>) =>
        t
          .http()
          .post('/api/obstacles')
          .set(org.auth('caseworker'))
          .send({ domainKey: 'work', title: 'X', identifiedOn: '2026-01-01', ...body })
          .expect(201);
      const open = (await obstacle({ personId: bySince })).body.id;
      const resolved = (await obstacle({ personId: bySince, status: 'resolved', resolvedOn: '2026-02-01' })).body.id;
      const notInMatching = (await obstacle({ personId: other, domainKey: 'health_social_care' })).body.id;
      expect(ids(await t.http().get('/api/obstacles').set(org.auth('matcher')).expect(200))).toEqual([open]);
      await t.http().get(`/api/obstacles/${resolved}`).set(org.auth('matcher')).expect(404);
      await t.http().get(`/api/obstacles/${notInMatching}`).set(org.auth('matcher')).expect(404);
      await t.http().get(`/api/perspective-plans/${plan}/reviews`).set(org.auth('matcher')).expect(403);
    });

    it("sees their own tasks and matching's, not a household's casework", async () => {
      const task = async (body: Record<string, unknown>) =>
        (
          await t
            .http()
            .post('/api/tasks')
            .set(org.auth('caseworker'))
            .send({ title: 'T', dueDate: '2026-12-01', ...body })
            .expect(201)
        ).body.id as string;
      const casework = await task({ householdId: h, assigneeId: org.users.caseworker.id });
      const aboutOther = await task({ personId: other });
      const aboutMatching = await task({ personId: bySince });
      const mine = await task({ householdId: h, assigneeId: org.users.matcher.id });
      const listed = ids(
        await t.http().get('/api/tasks').query({ range: '[0,999]' }).set(org.auth('matcher')).expect(200),
      );
      expect(listed).toEqual(expect.arrayContaining([aboutMatching, mine]));
      expect(listed).not.toContain(casework);
      expect(listed).not.toContain(aboutOther);
      await t.http().get(`/api/tasks/${casework}`).set(org.auth('matcher')).expect(404);
      await t.http().put(`/api/tasks/${aboutOther}`).set(org.auth('matcher')).send({ title: 'Mine now' }).expect(404);
      expect(
        ids(await t.http().get('/api/tasks').query({ range: '[0,999]' }).set(org.auth('caseworker')).expect(200)),
      ).toEqual(expect.arrayContaining([casework, aboutOther]));
    });

    it('gets no casework: contact logs, helpdesk, consents, referrals, households, coding, audit, the casework reports', async () => {
      for (const path of [
        'contact-logs',
        'helpdesk-questions',
        'consents',
        'referrals',
        'households',
        'coding-samples',
        'audit-events',
        'reports/themes',
        'reports/obstacles',
        'caseload',
      ]) {
        const res = await t.http().get(`/api/${path}`).set(org.auth('matcher'));
        expect([path, res.status]).toEqual([path, 403]);
      }
      await t.http().get('/api/reports/placements').set(org.auth('matcher')).expect(200);
    });
  });

  it('lets a caseworker read matching records but not change them', async () => {
    const h = await household();
    const p = await person(h);
    const placement = (
      await t
        .http()
        .post('/api/placements')
        .set(org.auth('matcher'))
        .send({ personId: p, type: 'paid_job' })
        .expect(201)
    ).body;
    await t.http().get(`/api/placements/${placement.id}`).set(org.auth('caseworker')).expect(200);
    await t
      .http()
      .put(`/api/placements/${placement.id}`)
      .set(org.auth('caseworker'))
      .send({ jobTitle: 'Changed' })
      .expect(403);
    await t.http().delete(`/api/placements/${placement.id}`).set(org.auth('caseworker')).expect(403);
    await t
      .http()
      .post('/api/placements')
      .set(org.auth('caseworker'))
      .send({ personId: p, type: 'paid_job' })
      .expect(403);
    await t.http().post('/api/employers').set(org.auth('caseworker')).send({ name: 'Niet van mij BV' }).expect(403);
    expect(
      (await t.http().get(`/api/placements/${placement.id}`).set(org.auth('admin')).expect(200)).body.jobTitle,
    ).toBe(placement.jobTitle);
  });

  describe("a researcher reads a contact log's note only where they may", () => {
    let h: string;
    let consenting: string;
    let refusing: string;
    let assignedHousehold: string;
    const log = async (
      householdId: string,
      personIds: string[],
      note: string,
      role: 'caseworker' | 'researcher' = 'caseworker',
      occurredAt = '2026-03-01T10:00:00Z',
    ) =>
      (
        await t
          .http()
          .post('/api/contact-logs')
          .set(org.auth(role))
          .send({ householdId, personIds, occurredAt, minutes: 10, channel: 'phone', note })
          .expect(201)
      ).body.id as string;
    const asResearcher = (id: string) =>
      t.http().get(`/api/contact-logs/${id}`).set(org.auth('researcher')).expect(200);

    let consented: string;
    let mixed: string;
    let own: string;
    let assigned: string;

    beforeAll(async () => {
      h = await household();
      consenting = await person(h, { firstName: 'Ja' });
      refusing = await person(h, { firstName: 'Nee' });
      await t
        .http()
        .post('/api/consents')
        .set(org.auth('caseworker'))
        .send({ personId: consenting, purpose: 'research', givenHow: 'written', givenOn: '2026-01-10' })
        .expect(201);
      assignedHousehold = await household({ assigneeIds: [org.users.researcher.id] });
      const assignedPerson = await person(assignedHousehold);
      consented = await log(h, [consenting], 'consented note');
      mixed = await log(h, [consenting, refusing], 'mixed secret');
      own = await log(h, [refusing], 'my own note', 'researcher');
      assigned = await log(assignedHousehold, [assignedPerson], 'assigned note');
    });

    it('shows the note where everyone consented, where they wrote it, or where the household is theirs', async () => {
      expect((await asResearcher(consented)).body).toMatchObject({ note: 'consented note', noteWithheld: false });
      expect((await asResearcher(own)).body).toMatchObject({ note: 'my own note', noteWithheld: false });
      expect((await asResearcher(assigned)).body).toMatchObject({ note: 'assigned note', noteWithheld: false });
    });

    it('withholds it otherwise, everywhere it could show: record, list, timeline', async () => {
      const shown = (await asResearcher(mixed)).body;
      expect(shown).toMatchObject({ id: mixed, note: null, noteWithheld: true, minutes: 10 });
      const listed = (
        await t
          .http()
          .get('/api/contact-logs')
          .query({ filter: JSON.stringify({ householdId: h }) })
          .set(org.auth('researcher'))
          .expect(200)
      ).body;
      expect(listed.find((l: { id: string }) => l.id === mixed)).toMatchObject({ note: null, noteWithheld: true });
      expect(JSON.stringify(listed)).not.toContain('mixed secret');
      const timeline = (await t.http().get(`/api/households/${h}/timeline`).set(org.auth('researcher')).expect(200))
        .body;
      expect(JSON.stringify(timeline)).not.toContain('mixed secret');
      expect(timeline.find((e: { recordId: string }) => e.recordId === mixed)).toMatchObject({
        title: '',
        noteWithheld: true,
      });
      // Those who give support read it.
      expect(
        (await t.http().get(`/api/contact-logs/${mixed}`).set(org.auth('caseworker')).expect(200)).body,
      ).toMatchObject({ note: 'mixed secret', noteWithheld: false });
    });

    it('finds no withheld note by searching for its words, and a form sending null back erases nothing', async () => {
      const found = await t
        .http()
        .get('/api/contact-logs')
        .query({ filter: JSON.stringify({ q: 'secret' }) })
        .set(org.auth('researcher'))
        .expect(200);
      expect(ids(found)).not.toContain(mixed);
      expect(
        ids(
          await t
            .http()
            .get('/api/contact-logs')
            .query({ filter: JSON.stringify({ q: 'secret' }) })
            .set(org.auth('admin'))
            .expect(200),
        ),
      ).toContain(mixed);
      const shown = (await asResearcher(mixed)).body;
      await t
        .http()
        .put(`/api/contact-logs/${mixed}`)
        .set(org.auth('researcher'))
        .send({ ...shown, minutes: 15 })
        .expect(200);
      expect((await t.http().get(`/api/contact-logs/${mixed}`).set(org.auth('admin')).expect(200)).body).toMatchObject({
        note: 'mixed secret',
        minutes: 15,
      });
    });

    it('offers only readable logs in the labelling queue, while the theme report counts every log', async () => {
      const queue = ids(
        await t
          .http()
          .get('/api/contact-logs')
          .query({ filter: JSON.stringify({ unlabelled: true }), range: '[0,999]' })
          .set(org.auth('researcher'))
          .expect(200),
      );
      expect(queue).toEqual(expect.arrayContaining([consented, own, assigned]));
      expect(queue).not.toContain(mixed);
      const label = (
        await t
          .http()
          .post('/api/labels')
          .set(org.auth('admin'))
          .send({ name: { en: 'Work', nl: 'Werk', uk: 'Робота' } })
          .expect(201)
      ).body.id;
      await t
        .http()
        .put(`/api/contact-logs/${mixed}`)
        .set(org.auth('admin'))
        .send({ labelIds: [label] })
        .expect(200);
      const report = async (role: 'researcher' | 'admin') =>
        (
          await t
            .http()
            .get('/api/reports/themes')
            .query({ filter: JSON.stringify({ householdId: h }) })
            .set(org.auth(role))
            .expect(200)
        ).body;
      const asResearcherReport = await report('researcher');
      expect(asResearcherReport.totalMinutes).toBeGreaterThan(0);
      expect(asResearcherReport).toEqual(await report('admin'));
    });

    it("withholds a coding item's note once a consent is withdrawn after the draw", async () => {
      const sampleHousehold = await household();
      const a = await person(sampleHousehold);
      const consent = (
        await t
          .http()
          .post('/api/consents')
          .set(org.auth('caseworker'))
          .send({ personId: a, purpose: 'research', givenHow: 'written', givenOn: '2026-01-10' })
          .expect(201)
      ).body;
      const item = await log(sampleHousehold, [a], 'coded note', 'caseworker', '2026-04-01T10:00:00Z');
      const sample = (
        await t
          .http()
          .post('/api/coding-samples')
          .set(org.auth('coordinator'))
          .send({
            name: 'S',
            size: 1,
            from: '2026-04-01T00:00:00Z',
            firstCoderId: org.users.researcher.id,
            secondCoderId: org.users.caseworker.id,
          })
          .expect(201)
      ).body;
      const items = async () =>
        (await t.http().get(`/api/coding-samples/${sample.id}/items`).set(org.auth('researcher')).expect(200)).body;
      expect(sample.contactLogIds).toEqual([item]);
      expect((await items())[0]).toMatchObject({ contactLogId: item, note: 'coded note', noteWithheld: false });
      await t
        .http()
        .put(`/api/consents/${consent.id}`)
        .set(org.auth('caseworker'))
        .send({ withdrawnOn: '2026-01-11' })
        .expect(200);
      expect((await items())[0]).toMatchObject({ contactLogId: item, note: null, noteWithheld: true });
      // The other coder, who gives support, still reads it.
      expect(
        (await t.http().get(`/api/coding-samples/${sample.id}/items`).set(org.auth('caseworker')).expect(200)).body[0],
      ).toMatchObject({ note: 'coded note' });
      // A matcher cannot be named a coder: they may not code.
      const refused = await t
        .http()
        .post('/api/coding-samples')
        .set(org.auth('coordinator'))
        .send({ name: 'M', size: 1, firstCoderId: org.users.matcher.id, secondCoderId: org.users.caseworker.id });
      expect(refused.status).toBe(422);
    });
  });
});
