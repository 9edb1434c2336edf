import { createTestApp, createTestOrg, householdBody, type TestApp, type TestOrg } from './support/test-app.js';
import { createDefaultCodebook } from '../src/labels/default-codebook.js';
import { applyRetention } from '../src/cli/apply-retention.js';
import { uncoveredReferences, PERSONAL_DATA_TABLES } from '../src/person-data/personal-data-registry.js';

/**
 * The person's rights: the access export, erasure of a person and of a
 * household, and retention. Every table of the schema is scanned afterwards.
 */
describe('person data: access export, erasure and retention', () => {
  let t: TestApp;
  let org: TestOrg;
  let other: TestOrg;
  let themes: Record<string, { id: string }>;
  const as = () => org.auth('coordinator');

  const post = async (path: string, body: Record<string, unknown>, role: 'coordinator' | 'matcher' = 'coordinator') => {
    const res = await t.http().post(path).set(org.auth(role)).send(body);
    if (res.status !== 201) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as { id: string } & Record<string, unknown>;
  };

  /** A household of two: everything a person can have, with markers that must not survive an erasure. */
  const buildFamily = async (tag: string) => {
    const household = await post('/api/households', householdBody({ notes: `household-note-${tag}` }));
    const a = await post('/api/persons', {
      householdId: household.id,
      firstName: `Anna${tag}`,
      birthYear: 1988,
      notes: `person-note-${tag}`,
      profession: `profession-${tag}`,
    });
    const b = await post('/api/persons', { householdId: household.id, firstName: `Bohdan${tag}` });
    const plan = await post('/api/perspective-plans', {
      personId: a.id,
      perspective: `perspective-${tag}`,
      goals: { work: `goal-${tag}` },
    });
    await t
      .http()
      .post(`/api/perspective-plans/${plan.id}/reviews`)
      .set(as())
      .send({ note: `review-note-${tag}` })
      .expect((res) => {
        if (res.status >= 300) throw new Error(`review ${res.status} ${JSON.stringify(res.body)}`);
      });
    const obstacle = await post('/api/obstacles', {
      personId: a.id,
      planId: plan.id,
      domainKey: 'work',
      title: `obstacle-${tag}`,
      description: `obstacle-description-${tag}`,
    });
    const breakthrough = await post('/api/breakthroughs', {
      householdId: household.id,
      date: new Date().toISOString().slice(0, 10),
      title: `breakthrough-${tag}`,
      obstacleIds: [obstacle.id],
    });
    const onlyA = await post('/api/contact-logs', {
      householdId: household.id,
      personIds: [a.id],
      occurredAt: '2026-02-01T10:00:00Z',
      minutes: 45,
      channel: 'phone',
      note: `only-a-note-${tag}`,
      labelIds: [themes.work.id],
    });
    const shared = await post('/api/contact-logs', {
      householdId: household.id,
      personIds: [a.id, b.id],
      occurredAt: '2026-02-02T10:00:00Z',
      minutes: 30,
      channel: 'in_person',
      note: `shared-note-${tag}`,
      labelIds: [themes.housing.id],
    });
    const question = await post('/api/helpdesk-questions', {
      receivedAt: '2026-02-03T10:00:00Z',
      channel: 'email',
      question: `question-${tag}`,
      householdId: household.id,
      minutes: 10,
    });
    const employer = await post('/api/employers', { name: `Employer ${tag}`, city: 'Zaandam' });
    const placement = await post('/api/placements', {
      personId: a.id,
      employerId: employer.id,
      type: 'paid_job',
      jobTitle: `job-${tag}`,
      notes: `placement-note-${tag}`,
    });
    const conversation = await post('/api/network-conversations', {
      personId: a.id,
      employerId: employer.id,
      date: '2026-01-05',
      notes: `conversation-note-${tag}`,
    });
    const task = await post('/api/tasks', {
      title: `task-${tag}`,
      dueDate: '2026-03-01',
      householdId: household.id,
      personId: a.id,
    });
    const partner = await post('/api/partner-organizations', { name: `Partner ${tag}` });
    const referral = await post('/api/referrals', {
      personId: a.id,
      partnerOrganizationId: partner.id,
      date: '2026-01-06',
      reason: `referral-reason-${tag}`,
    });
    const consent = await post('/api/consents', { personId: a.id, purpose: 'research', givenHow: 'written' });
    return {
      household,
      a,
      b,
      plan,
      obstacle,
      breakthrough,
      onlyA,
      shared,
      question,
      placement,
      conversation,
      task,
      referral,
      consent,
    };
  };

  /** Every row of every table of the schema, as text: where a marker could hide. */
  const everyTable = async () => {
    const tables: { name: string }[] = await t.dataSource.query(
      `SELECT table_name AS name FROM information_schema.tables
        WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name <> 'migrations'`,
    );
    const texts = new Map<string, string[]>();
    for (const { name } of tables) {
      const rows: { row: string }[] = await t.dataSource.query(`SELECT to_jsonb(x)::text AS row FROM "${name}" x`);
      texts.set(
        name,
        rows.map((r) => r.row),
      );
    }
    return texts;
  };
  const tablesHolding = (texts: Map<string, string[]>, needle: string) =>
    [...texts].filter(([, rows]) => rows.some((r) => r.includes(needle))).map(([name]) => name);

  const themeTotals = async () => {
    const res = await t.http().get('/api/reports/themes').set(as()).expect(200);
    return res.body as unknown;
  };

  beforeAll(async () => {
    t = await createTestApp();
    org = await createTestOrg(t, 'PersonData');
    other = await createTestOrg(t, 'PersonDataOther');
    themes = (await createDefaultCodebook(t.dataSource.manager, org.organization.id)).themes;
  });
  afterAll(() => t.close());

  describe('the registry', () => {
    it('covers every column of the schema that refers to a person or household', async () => {
      expect(await uncoveredReferences(t.dataSource.manager)).toEqual([]);
      expect(PERSONAL_DATA_TABLES.map((e) => e.table)).toEqual(expect.arrayContaining(['persons', 'households']));
    });

    it('notices a new table with such a reference, and refuses to export or erase past it', async () => {
      await t.dataSource.query(
        `CREATE TABLE registry_probe (id uuid PRIMARY KEY, person_ref uuid REFERENCES persons(id), household_id uuid)`,
      );
      try {
        expect(await uncoveredReferences(t.dataSource.manager)).toEqual([
          { table: 'registry_probe', column: 'household_id' },
          { table: 'registry_probe', column: 'person_ref' },
        ]);
      } finally {
        await t.dataSource.query(`DROP TABLE registry_probe`);
      }
    });
  });

  describe('the access export', () => {
    it('holds everything about the person, in the API field names, and is audited', async () => {
      const f = await buildFamily('exp');
      const res = await t.http().get(`/api/persons/${f.a.id}/export`).set(as()).expect(200);
      expect(res.headers['content-disposition']).toMatch(/attachment; filename="person-.*\.json"/);
      const doc = res.body as Record<string, unknown> & Record<string, Array<Record<string, unknown>>>;
      expect(doc.person).toMatchObject({ id: f.a.id, firstName: 'Annaexp', notes: 'person-note-exp', birthYear: 1988 });
      expect(doc.household).toMatchObject({ id: f.household.id, notes: 'household-note-exp' });
      expect(doc.perspectivePlans[0]).toMatchObject({ id: f.plan.id, perspective: 'perspective-exp' });
      expect((doc.perspectivePlans[0].reviews as unknown[]).length).toBe(1);
      expect(doc.obstacles[0]).toMatchObject({ id: f.obstacle.id, description: 'obstacle-description-exp' });
      expect(doc.breakthroughs.map((x) => x.id)).toEqual([f.breakthrough.id]);
      expect(doc.contactLogs.map((x) => x.note)).toEqual(['only-a-note-exp', 'shared-note-exp']);
      expect((doc.contactLogs[0].labels as unknown[]).length).toBe(1);
      expect(doc.helpdeskQuestions[0]).toMatchObject({ question: 'question-exp' });
      expect(doc.placements[0]).toMatchObject({ notes: 'placement-note-exp' });
      expect((doc.placements[0].statusChanges as unknown[]).length).toBeGreaterThan(0);
      expect(doc.networkConversations[0]).toMatchObject({ notes: 'conversation-note-exp' });
      // The fixture's task, and the one proposing the placement made for the UWV notification (issue 14).
      expect(doc.tasks.map((x) => x.id)).toContain(f.task.id);
      expect(doc.tasks.every((x) => x.personId === f.a.id || x.personId === null)).toBe(true);
      expect(doc.referrals[0]).toMatchObject({ reason: 'referral-reason-exp' });
      expect(doc.consents[0]).toMatchObject({ purpose: 'research' });
      // Who read or changed their records: the creation of the person, by the coordinator, is among them.
      expect(doc.auditEvents).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            action: 'create',
            resource: 'persons',
            recordId: f.a.id,
            userName: org.users.coordinator.fullName,
          }),
        ]),
      );
      // Nothing of the other member.
      expect(JSON.stringify(doc)).not.toContain('Bohdanexp');
      const [audit] = await t.dataSource.query(
        `SELECT user_id, detail FROM audit_events WHERE record_id = $1 AND action = 'export'`,
        [f.a.id],
      );
      expect(audit).toEqual({ user_id: org.users.coordinator.id, detail: { kind: 'access_export' } });
    });

    it('is for coordinators and admins only, and only within the organisation', async () => {
      const f = await buildFamily('exp2');
      await t.http().get(`/api/persons/${f.a.id}/export`).set(org.auth('caseworker')).expect(403);
      await t.http().get(`/api/persons/${f.a.id}/export`).set(org.auth('researcher')).expect(403);
      await t.http().get(`/api/persons/${f.a.id}/export`).set(other.auth('coordinator')).expect(404);
      await t.http().get(`/api/persons/not-an-id/export`).set(as()).expect(404);
      await t.http().get(`/api/persons/${f.a.id}/export`).set(org.auth('admin')).expect(200);
    });
  });

  describe('erasure', () => {
    it('erases a person from every table, keeps the theme report, and audits without personal data', async () => {
      const f = await buildFamily('era');
      const before = await themeTotals();

      const wrong = await t
        .http()
        .post(`/api/persons/${f.a.id}/erasure`)
        .set(as())
        .send({ reason: 'data_subject_request', confirmation: 'someone else' })
        .expect(422);
      expect(wrong.body.fieldCodes.confirmation.code).toBe('confirmation_mismatch');
      await t
        .http()
        .post(`/api/persons/${f.a.id}/erasure`)
        .set(as())
        .send({ reason: 'because I say so', confirmation: 'Annaera' })
        .expect(422);
      await t
        .http()
        .post(`/api/persons/${f.a.id}/erasure`)
        .set(org.auth('caseworker'))
        .send({ reason: 'data_subject_request', confirmation: 'Annaera' })
        .expect(403);

      await t
        .http()
        .post(`/api/persons/${f.a.id}/erasure`)
        .set(as())
        .send({ reason: 'data_subject_request', confirmation: 'Annaera' })
        .expect(200, { id: f.a.id, erased: true });

      const texts = await everyTable();
      for (const marker of [
        'Annaera',
        'person-note-era',
        'profession-era',
        'perspective-era',
        'goal-era',
        'review-note-era',
        'obstacle-era',
        'breakthrough-era',
        'only-a-note-era',
        'job-era',
        'placement-note-era',
        'conversation-note-era',
        'task-era',
        'referral-reason-era',
      ])
        expect([marker, tablesHolding(texts, marker)]).toEqual([marker, []]);
      // The id stays only on the tombstones (the person's, and their placement's and conversation's, which the
      // placements report counts) and in the audit trail.
      expect(tablesHolding(texts, f.a.id).sort()).toEqual([
        'audit_events',
        'network_conversations',
        'persons',
        'placements',
      ]);
      // The other member, the shared log's note and the household stay; the shared log lost the erased person.
      expect(tablesHolding(texts, 'Bohdanera')).toEqual(['persons']);
      const [shared] = await t.dataSource.query(`SELECT note, person_ids FROM contact_logs WHERE id = $1`, [
        f.shared.id,
      ]);
      expect(shared).toEqual({ note: 'shared-note-era', person_ids: [f.b.id] });
      const [onlyA] = await t.dataSource.query(`SELECT note, person_ids, minutes FROM contact_logs WHERE id = $1`, [
        f.onlyA.id,
      ]);
      expect(onlyA).toEqual({ note: '', person_ids: [], minutes: 45 });
      // The household has another member: its helpdesk question stays.
      expect(tablesHolding(texts, 'question-era')).toEqual(['helpdesk_questions']);

      expect(await themeTotals()).toEqual(before);

      const [event] = await t.dataSource.query(
        `SELECT user_id, resource, fields, detail, to_jsonb(a)::text AS text FROM audit_events a WHERE record_id = $1 AND action = 'erase'`,
        [f.a.id],
      );
      expect(event).toMatchObject({
        user_id: org.users.coordinator.id,
        resource: 'persons',
        fields: [],
        detail: { reason: 'data_subject_request' },
      });
      expect(event.text).not.toMatch(/Anna|era-/);

      await t.http().get(`/api/persons/${f.a.id}`).set(as()).expect(404);
      await t.http().get(`/api/persons/${f.a.id}/export`).set(as()).expect(404);
      await t
        .http()
        .post(`/api/persons/${f.a.id}/erasure`)
        .set(as())
        .send({ reason: 'data_subject_request', confirmation: '' })
        .expect(404);
    });

    it("keeps the placements report's counts: what it counts of an erased person stays, nothing that identifies", async () => {
      const household = await post('/api/households', householdBody());
      const placementsReport = async () =>
        (await t.http().get('/api/reports/placements').set(as()).expect(200)).body as Record<string, unknown>;
      const matched = async (firstName: string) => {
        const person = await post('/api/persons', {
          householdId: household.id,
          firstName,
          matchingSince: '2026-01-05',
        });
        const employer = await post('/api/employers', { name: `Bakery ${firstName.slice(0, 1)}`, city: 'Zaandam' });
        const placement = await post('/api/placements', {
          personId: person.id,
          employerId: employer.id,
          type: 'paid_job',
          contractType: 'fixed_term',
          hoursPerWeek: 36,
          status: 'started',
          startDate: '2026-02-01',
          uwvNotifiedOn: '2026-01-20',
          jobTitle: `job-${firstName}`,
          hourlyWage: 15.5,
          notes: `placement-note-${firstName}`,
        });
        await post('/api/network-conversations', {
          personId: person.id,
          employerId: employer.id,
          date: '2026-01-15',
          outcome: 'lead',
          notes: `conversation-note-${firstName}`,
        });
        await post('/api/network-conversations', {
          personId: person.id,
          contact: `contact-${firstName}`,
          date: '2026-01-16',
          notes: `contact-note-${firstName}`,
        });
        return { person, placement };
      };
      const erased = await matched('Olenaplc');
      // Five matched persons in all, so the report's small-group rule shows their counts.
      for (const name of ['Petroplc', 'Mariaplc', 'Irynaplc', 'Tarasplc']) await matched(name);
      // Deleted before the erasure: uncounted before, and still after.
      const deleted = await post('/api/placements', {
        personId: erased.person.id,
        type: 'internship',
        status: 'started',
        startDate: '2026-03-01',
        uwvNotifiedOn: '2026-02-20',
      });
      await t.http().delete(`/api/placements/${deleted.id}`).set(as()).expect(200);
      const before = await placementsReport();
      expect(before).toMatchObject({ funnel: { matched: 5 }, byType: { paid_job: 5, internship: 0 } });

      await t
        .http()
        .post(`/api/persons/${erased.person.id}/erasure`)
        .set(as())
        .send({ reason: 'data_subject_request', confirmation: 'Olenaplc' })
        .expect(200);
      expect(await placementsReport()).toEqual(before);
      const texts = await everyTable();
      for (const marker of ['Olenaplc', 'job-Olenaplc', 'placement-note-Olenaplc', 'contact-Olenaplc', 'note-Olenaplc'])
        expect([marker, tablesHolding(texts, marker)]).toEqual([marker, []]);
      const [kept] = await t.dataSource.query(
        `SELECT hourly_wage, uwv_notified_on, job_title FROM placements WHERE id = $1`,
        [erased.placement.id],
      );
      expect(kept).toEqual({ hourly_wage: null, uwv_notified_on: null, job_title: null });

      // Erasing the whole household later keeps them too.
      await t
        .http()
        .post(`/api/households/${household.id}/erasure`)
        .set(as())
        .send({ reason: 'no_longer_needed', confirmation: household.reference })
        .expect(200);
      expect(await placementsReport()).toEqual(before);
    });

    it('erases a whole household in one action, and the theme report keeps its minutes', async () => {
      const f = await buildFamily('hhe');
      const reference = f.household.reference as string;
      const before = await themeTotals();
      await t
        .http()
        .post(`/api/households/${f.household.id}/erasure`)
        .set(as())
        .send({ reason: 'no_longer_needed', confirmation: 'wrong' })
        .expect(422);
      await t
        .http()
        .post(`/api/households/${f.household.id}/erasure`)
        .set(as())
        .send({ reason: 'no_longer_needed', confirmation: reference })
        .expect(200);
      const texts = await everyTable();
      for (const marker of [reference, 'Annahhe', 'Bohdanhhe', 'household-note-hhe', 'shared-note-hhe', 'question-hhe'])
        expect([marker, tablesHolding(texts, marker)]).toEqual([marker, []]);
      expect(tablesHolding(texts, f.b.id).sort()).toEqual(['audit_events', 'persons']);
      expect(await themeTotals()).toEqual(before);
      const events = await t.dataSource.query(
        `SELECT resource FROM audit_events WHERE action = 'erase' AND record_id = ANY($1::uuid[]) ORDER BY resource`,
        [[f.household.id, f.a.id, f.b.id]],
      );
      expect(events.map((e: { resource: string }) => e.resource)).toEqual(['households', 'persons', 'persons']);
      await t.http().get(`/api/households/${f.household.id}`).set(as()).expect(404);
    });
  });

  describe('retention', () => {
    it('lists closed households past the period and erases the confirmed ones', async () => {
      const settings = await t.http().get('/api/retention/settings').set(as()).expect(200);
      expect(settings.body).toEqual({ retentionMonths: 24 });
      await t.http().put('/api/retention/settings').set(as()).send({ retentionMonths: 12 }).expect(403);
      await t.http().put('/api/retention/settings').set(org.auth('admin')).send({ retentionMonths: 0 }).expect(422);
      await t.http().put('/api/retention/settings').set(org.auth('admin')).send({ retentionMonths: 24 }).expect(200);

      const old = await post('/api/households', householdBody());
      await post('/api/persons', { householdId: old.id, firstName: 'Retained' });
      const recent = await post('/api/households', householdBody());
      for (const h of [old, recent])
        await t
          .http()
          .put(`/api/households/${h.id}`)
          .set(as())
          .send({ status: 'closed', version: h.version })
          .expect(200);
      // The trigger dated the closing today; move the old one back past the period.
      await t.dataSource.query(`UPDATE households SET closed_on = CURRENT_DATE - interval '25 months' WHERE id = $1`, [
        old.id,
      ]);

      const due = await t.http().get('/api/retention/due').set(as()).expect(200);
      const ids = due.body.map((h: { id: string }) => h.id);
      expect(ids).toContain(old.id);
      expect(ids).not.toContain(recent.id);
      expect(due.body.find((h: { id: string }) => h.id === old.id)).toMatchObject({ members: 1 });
      await t.http().get('/api/retention/due').set(org.auth('caseworker')).expect(403);

      const notDue = await t
        .http()
        .post('/api/retention/erasure')
        .set(as())
        .send({ householdIds: [old.id, recent.id], confirmation: '2' })
        .expect(422);
      expect(notDue.body.fieldCodes.householdIds.code).toBe('not_due_for_erasure');
      await t
        .http()
        .post('/api/retention/erasure')
        .set(as())
        .send({ householdIds: [old.id], confirmation: '2' })
        .expect(422);
      await t
        .http()
        .post('/api/retention/erasure')
        .set(as())
        .send({ householdIds: [old.id], confirmation: '1' })
        .expect(200, { erased: 1 });
      const texts = await everyTable();
      expect(tablesHolding(texts, 'Retained')).toEqual([]);
      expect(tablesHolding(texts, old.reference as string)).toEqual([]);
      const after = await t.http().get('/api/retention/due').set(as()).expect(200);
      expect(after.body.map((h: { id: string }) => h.id)).not.toContain(old.id);
    });

    it('is applied by the operator command for a scheduled job', async () => {
      const old = await post('/api/households', householdBody());
      await post('/api/persons', { householdId: old.id, firstName: 'Scheduled' });
      await t
        .http()
        .put(`/api/households/${old.id}`)
        .set(as())
        .send({ status: 'closed', version: old.version })
        .expect(200);
      await t.dataSource.query(`UPDATE households SET closed_on = CURRENT_DATE - interval '30 months' WHERE id = $1`, [
        old.id,
      ]);
      await expect(applyRetention(t.dataSource, { organization: 'No such organisation' })).rejects.toThrow(
        /Validation failed/,
      );
      expect(await applyRetention(t.dataSource, { organization: org.organization.name })).toBe('1 household erased.');
      expect(tablesHolding(await everyTable(), 'Scheduled')).toEqual([]);
      const [event] = await t.dataSource.query(
        `SELECT user_id, detail FROM audit_events WHERE record_id = $1 AND action = 'erase'`,
        [old.id],
      );
      expect(event).toEqual({ user_id: null, detail: { reason: 'retention_period', persons: 1 } });
      expect(await applyRetention(t.dataSource, { organization: org.organization.name })).toBe('0 households erased.');
    });
  });
});
