import { createTestApp, createTestOrg, householdBody, type TestApp, type TestOrg } from './support/test-app.js';
import { endReasonsToIssueValues } from '../../migrations/1796311844980-PlacementWorkPermitsAndOutcomes.js';

/**
 * Issues 14 and 16 on placements: may this person take this job (letters
 * 000 and 004), what happened after the match, and the employer subsidy.
 */
describe('placements: work permits, outcomes, labour rights and the employer subsidy', () => {
  let t: TestApp;
  let org: TestOrg;
  const as = () => org.auth('matcher');

  const newPerson = async (protectionBasis: string, o: TestOrg = org) => {
    const household = (
      await t
        .http()
        .post('/api/households')
        .set(o.auth('caseworker'))
        .send(householdBody({ track: 'placement', protectionBasis }))
        .expect(201)
    ).body.id as string;
    return (
      await t
        .http()
        .post('/api/persons')
        .set(o.auth('caseworker'))
        .send({ householdId: household, firstName: 'Olena', matchingSince: '2026-01-05' })
        .expect(201)
    ).body.id as string;
  };
  const propose = async (personId: string, body: Record<string, unknown> = {}, o: TestOrg = org) =>
    (
      await t
        .http()
        .post('/api/placements')
        .set(o.auth('matcher'))
        // Proposed in the past, so that starting on a past start date is not before the proposal.
        .send({
          personId,
          type: 'paid_job',
          startDate: '2026-03-02',
          ...(body.status ? {} : { statusChangedOn: '2026-02-01' }),
          ...body,
        })
        .expect(201)
    ).body;
  const put = (id: string, body: Record<string, unknown>, o: TestOrg = org) =>
    t.http().put(`/api/placements/${id}`).set(o.auth('matcher')).send(body);

  beforeAll(async () => {
    t = await createTestApp();
    org = await createTestOrg(t, 'Permits');
  });
  afterAll(() => t.close());

  describe('may this person take this job?', () => {
    const TYPES = ['paid_job', 'internship', 'one_off_gig', 'self_employed', 'volunteer'] as const;
    // What each protection basis needs for each kind of work (letter 000 §3.4; letter 004).
    const EXPECTED: Record<string, Record<(typeof TYPES)[number], string>> = {
      temporary_protection: {
        paid_job: 'uwv_notification',
        internship: 'uwv_notification',
        one_off_gig: 'uwv_notification',
        self_employed: 'twv',
        volunteer: 'none',
      },
      asylum_seeker: {
        paid_job: 'twv',
        internship: 'twv',
        one_off_gig: 'twv',
        self_employed: 'twv',
        volunteer: 'none',
      },
      status_holder: {
        paid_job: 'none',
        internship: 'none',
        one_off_gig: 'none',
        self_employed: 'none',
        volunteer: 'none',
      },
      eu_citizen: {
        paid_job: 'none',
        internship: 'none',
        one_off_gig: 'none',
        self_employed: 'none',
        volunteer: 'none',
      },
      third_country_national: {
        paid_job: 'twv',
        internship: 'twv',
        one_off_gig: 'twv',
        self_employed: 'twv',
        volunteer: 'none',
      },
      other: { paid_job: 'twv', internship: 'twv', one_off_gig: 'twv', self_employed: 'twv', volunteer: 'none' },
    };
    const BLOCKER: Record<string, string> = { uwv_notification: 'uwv_notification_missing', twv: 'twv_not_granted' };

    it.each(Object.keys(EXPECTED))('applies the rule for %s to every kind of work', async (basis) => {
      const personId = await newPerson(basis);
      for (const type of TYPES) {
        const requirement = EXPECTED[basis][type];
        const p = await propose(personId, { type, contractType: type === 'volunteer' ? 'none' : 'fixed_term' });
        expect([type, p.protectionBasis, p.workPermit]).toEqual([
          type,
          basis,
          { requirement, startBlocker: requirement === 'none' ? null : BLOCKER[requirement] },
        ]);
        expect([type, p.twvStatus]).toEqual([type, requirement === 'twv' ? 'needed' : 'not_needed']);
        const started = await put(p.id, { status: 'started' });
        if (requirement === 'none') {
          expect([type, started.status, started.body.fieldCodes]).toEqual([type, 200, undefined]);
          expect(started.body.status).toBe('started');
        } else {
          expect([type, started.status]).toEqual([type, 422]);
          expect(started.body.code).toBe('validation_failed');
          expect(started.body.fieldCodes.status).toEqual({
            code: BLOCKER[requirement],
            params: { protectionBasis: basis, type },
          });
        }
      }
    });

    it('starts under temporary protection once UWV was notified before the start', async () => {
      const p = await propose(await newPerson('temporary_protection'));
      const missing = await put(p.id, { status: 'started' }).expect(422);
      expect(Object.keys(missing.body.errors)).toEqual(['status']);
      expect((await t.http().get(`/api/placements/${p.id}`).set(as())).body.status).toBe('proposed');
      // Notified on the start day itself is too late.
      const late = await put(p.id, { status: 'started', uwvNotifiedOn: '2026-03-02' }).expect(422);
      expect(late.body.fieldCodes.status.code).toBe('uwv_notification_late');
      const future = await put(p.id, { uwvNotifiedOn: '2999-01-01' }).expect(422);
      expect(future.body.fieldCodes.uwvNotifiedOn.code).toBe('date_in_future');
      const started = await put(p.id, { status: 'started', uwvNotifiedOn: '2026-02-26' }).expect(200);
      expect(started.body).toMatchObject({ status: 'started', uwvNotifiedOn: '2026-02-26', startDate: '2026-03-02' });
      expect(started.body.workPermit).toEqual({ requirement: 'uwv_notification', startBlocker: null });
    });

    it('starts with a TWV only once it is granted, also when created as started', async () => {
      const personId = await newPerson('asylum_seeker');
      const direct = await t
        .http()
        .post('/api/placements')
        .set(as())
        .send({ personId, type: 'paid_job', status: 'started', startDate: '2026-02-01' })
        .expect(422);
      expect(direct.body.fieldCodes.status.code).toBe('twv_not_granted');
      const p = await propose(personId);
      const applied = await put(p.id, { twvStatus: 'applied' }).expect(200);
      expect(applied.body.twvAppliedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect((await put(p.id, { status: 'started' }).expect(422)).body.fieldCodes.status.code).toBe('twv_not_granted');
      const refused = await put(p.id, { twvStatus: 'refused', twvDecidedOn: '2026-02-20' }).expect(200);
      expect(refused.body.workPermit.startBlocker).toBe('twv_not_granted');
      await put(p.id, { status: 'started' }).expect(422);
      const granted = await put(p.id, { twvStatus: 'granted', twvDecidedOn: '2026-02-25', status: 'started' }).expect(
        200,
      );
      expect(granted.body).toMatchObject({ status: 'started', twvStatus: 'granted', twvDecidedOn: '2026-02-25' });
      // Self-employed under temporary protection: the client's TWV.
      const own = await propose(await newPerson('temporary_protection'), { type: 'self_employed' });
      await put(own.id, { status: 'started', uwvNotifiedOn: '2026-02-01' }).expect(422);
      await put(own.id, { status: 'started', twvStatus: 'granted' }).expect(200);
    });

    it('gives a proposal that may not start a task for its matcher before the start, audited', async () => {
      const tp = await propose(await newPerson('temporary_protection'), { startDate: '2099-05-10' });
      const asylum = await propose(await newPerson('asylum_seeker'), { startDate: '2099-06-01' });
      const free = await propose(await newPerson('status_holder'), { startDate: '2099-06-01' });
      const tasksOf = async (placementId: string) =>
        (
          await t
            .http()
            .get('/api/tasks')
            .query({ filter: JSON.stringify({ placementId }) })
            .set(as())
            .expect(200)
        ).body;
      const [uwv] = await tasksOf(tp.id);
      expect(uwv).toMatchObject({
        dueDate: '2099-05-09',
        assigneeId: org.users.matcher.id,
        personId: tp.personId,
        status: 'open',
      });
      expect(uwv.title).toMatch(/UWV/);
      const [twv] = await tasksOf(asylum.id);
      expect(twv).toMatchObject({ dueDate: '2099-05-31' });
      expect(twv.title).toMatch(/TWV/);
      expect(await tasksOf(free.id)).toEqual([]);
      const audit = await t
        .http()
        .get('/api/audit-events')
        .query({ filter: JSON.stringify({ resource: 'tasks', recordId: uwv.id }) })
        .set(org.auth('admin'))
        .expect(200);
      expect(audit.body.map((e: { action: string }) => e.action)).toEqual(['create']);
      // A proposal without a start date gets a task due today.
      const open = await propose(await newPerson('temporary_protection'), { startDate: null });
      const [today] = await tasksOf(open.id);
      expect(today.dueDate).toBe(new Date().toISOString().slice(0, 10));
    });
  });

  describe('what happened after the match', () => {
    it('takes the end reasons of the issue and refuses the old ones', async () => {
      const p = await propose(await newPerson('status_holder'), { status: 'started', startDate: '2026-01-05' });
      const old = await put(p.id, { status: 'ended', endDate: '2026-06-30', endReason: 'contract_completed' }).expect(
        422,
      );
      expect(Object.keys(old.body.errors)).toEqual(['endReason']);
      const ended = await put(p.id, {
        status: 'ended',
        endDate: '2026-06-30',
        endReason: 'not_renewed_residence_status',
      }).expect(200);
      expect(ended.body.endReason).toBe('not_renewed_residence_status');
    });

    it('maps the stored end reasons to the issue values', async () => {
      await t.dataSource.transaction(async (m) => {
        await m.query('CREATE TEMP TABLE old_placements (id int, end_reason text) ON COMMIT DROP');
        await m.query(
          `INSERT INTO old_placements VALUES (1, 'contract_completed'), (2, 'other_job'), (3, 'left_by_person'),
             (4, 'ended_by_employer'), (5, 'moved_away'), (6, 'other'), (7, NULL)`,
        );
        await m.query(endReasonsToIssueValues('old_placements'));
        const rows: { end_reason: string | null }[] = await m.query(
          'SELECT end_reason FROM old_placements ORDER BY id',
        );
        expect(rows.map((r) => r.end_reason)).toEqual([
          'contract_ended',
          'left_for_better_job',
          'other',
          'dismissed',
          'moved_away',
          'other',
          null,
        ]);
      });
    });

    it('keeps the agreed hourly wage and the hours actually worked', async () => {
      const p = await propose(await newPerson('status_holder'), { hoursPerWeek: 24, hourlyWage: 14.4 });
      const changed = await put(p.id, { actualHoursPerWeek: 31.5 }).expect(200);
      expect(changed.body).toMatchObject({ hourlyWage: 14.4, hoursPerWeek: 24, actualHoursPerWeek: 31.5 });
      const bad = await put(p.id, { hourlyWage: -1, actualHoursPerWeek: 100 }).expect(422);
      expect(Object.keys(bad.body.errors).sort()).toEqual(['actualHoursPerWeek', 'hourlyWage']);
      const cents = await put(p.id, { hourlyWage: 14.555 }).expect(422);
      expect(Object.keys(cents.body.errors)).toEqual(['hourlyWage']);
    });

    it('reports a labour-rights signal as a referral to the partner, with the sharing consent', async () => {
      const personId = await newPerson('temporary_protection');
      const p = await propose(personId, { uwvNotifiedOn: '2026-02-01', status: 'started' });
      const partner = (
        await t
          .http()
          .post('/api/partner-organizations')
          .set(org.auth('caseworker'))
          .send({ name: `Arbeidsinspectie ${p.id.slice(0, 6)}`, kind: 'labour inspectorate' })
          .expect(201)
      ).body.id;
      const signal = {
        kind: 'unpaid_wages',
        date: '2026-04-02',
        actionTaken: 'Asked the employer for the payslip',
        reported: true,
        partnerOrganizationId: partner,
      };
      const noPartner = await put(p.id, { signals: [{ ...signal, partnerOrganizationId: null }] }).expect(422);
      expect(noPartner.body.fieldCodes['signals.0.partnerOrganizationId'].code).toBe('signal_partner_required');
      const noConsent = await put(p.id, { signals: [signal] }).expect(422);
      expect(noConsent.body.fieldCodes['signals.0.reported'].code).toBe('sharing_consent_missing');
      const badKind = await put(p.id, { signals: [{ ...signal, kind: 'bored' }] }).expect(422);
      expect(badKind.body.code).toBe('validation_failed');
      await t
        .http()
        .post('/api/consents')
        .set(org.auth('caseworker'))
        .send({
          personId,
          purpose: 'sharing',
          partnerOrganizationId: partner,
          givenHow: 'written',
          givenOn: '2026-03-01',
        })
        .expect(201);
      const reported = await put(p.id, {
        signals: [signal, { kind: 'no_written_contract', date: '2026-03-15', reported: false }],
      }).expect(200);
      const [first, second] = reported.body.signals;
      expect(first).toMatchObject({ ...signal, id: expect.any(String), referralId: expect.any(String) });
      expect(second).toMatchObject({ kind: 'no_written_contract', reported: false, referralId: null });
      const referral = await t.http().get(`/api/referrals/${first.referralId}`).set(org.auth('caseworker')).expect(200);
      expect(referral.body).toMatchObject({
        personId,
        partnerOrganizationId: partner,
        status: 'sent',
        date: '2026-04-02',
      });
      // Sent back unchanged: no second referral.
      const again = await put(p.id, { signals: reported.body.signals }).expect(200);
      expect(again.body.signals[0].referralId).toBe(first.referralId);
      const referrals = await t
        .http()
        .get('/api/referrals')
        .query({ filter: JSON.stringify({ personId }) })
        .set(org.auth('caseworker'))
        .expect(200);
      expect(referrals.body).toHaveLength(1);
      const unknown = await put(p.id, { signals: [{ ...signal, id: '00000000-0000-4000-8000-000000000000' }] }).expect(
        422,
      );
      expect(unknown.body.fieldCodes['signals.0.id'].code).toBe('record_missing');
      const audit = await t
        .http()
        .get('/api/audit-events')
        .query({ filter: JSON.stringify({ resource: 'referrals', recordId: first.referralId }) })
        .set(org.auth('admin'))
        .expect(200);
      expect(audit.body.map((e: { action: string }) => e.action)).toEqual(['create']);
    });

    it('reports end reasons, signals per sector and the share that fits', async () => {
      const o = await createTestOrg(t, 'Outcomes');
      const match = async (body: Record<string, unknown>, end?: string) => {
        const p = await propose(
          await newPerson('status_holder', o),
          { status: 'started', startDate: '2026-02-02', ...body },
          o,
        );
        if (end) await put(p.id, { status: 'ended', endDate: '2026-05-29', endReason: end }, o).expect(200);
        return p;
      };
      // Five rounds alike, so every group is of 5 or more persons and shows (the small-group rule, issue 15).
      for (let round = 0; round < 5; round++) {
        await match({ sector: 'Zorg', fit: 'fits' }, 'not_renewed_residence_status');
        await match({ sector: 'Zorg', fit: 'does_not_fit' }, 'not_renewed_residence_status');
        await match({ sector: 'Horeca', fit: 'fits' }, 'contract_ended');
        await match({ sector: 'Horeca', fit: 'fits' }, 'dismissed');
        // Ended after the fact, without a reason.
        await propose(
          await newPerson('status_holder', o),
          { status: 'ended', startDate: '2026-02-02', endDate: '2026-03-01', sector: 'Horeca' },
          o,
        );
        const withSignals = await match({ sector: 'Horeca', fit: 'does_not_fit' });
        await put(
          withSignals.id,
          {
            signals: [
              { kind: 'underpaid', date: '2026-03-01' },
              { kind: 'unsafe_work', date: '2026-03-05' },
            ],
          },
          o,
        ).expect(200);
        const zorg = await match({ sector: 'Zorg' });
        await put(zorg.id, { signals: [{ kind: 'underpaid', date: '2026-03-01' }] }, o).expect(200);
      }
      const report = (await t.http().get('/api/reports/placements').set(o.auth('coordinator')).expect(200)).body;
      expect(report.endReasons).toEqual({
        ended: 25,
        withoutReason: 5,
        byReason: {
          contract_ended: 5,
          not_renewed_residence_status: 10,
          not_renewed_other: 0,
          dismissed: 5,
          left_for_better_job: 0,
          moved_away: 0,
          health: 0,
          other: 0,
          fewerThan5: [],
        },
        residenceStatus: 10,
        residenceStatusShare: 0.5,
        fewerThan5: [],
      });
      const zero = { underpaid: 0, unpaid_wages: 0, no_written_contract: 0, unsafe_work: 0, other: 0 };
      expect(report.signalsBySector).toEqual([
        {
          sector: 'Horeca',
          signals: 10,
          reported: 0,
          byKind: { ...zero, underpaid: 5, unsafe_work: 5 },
          fewerThan5: [],
        },
        { sector: 'Zorg', signals: 5, reported: 0, byKind: { ...zero, underpaid: 5 }, fewerThan5: [] },
      ]);
      // 15 of the 30 with a fit say it fits (5 have none): the perspective shift over time.
      expect(report.fitByQuarter).toEqual([
        { quarter: '2026-Q1', started: 35, fits: 15, share: 0.4286, fewerThan5: [] },
      ]);
      const csv = await t
        .http()
        .get('/api/reports/placements')
        .query({ format: 'csv', lang: 'en' })
        .set(o.auth('coordinator'))
        .expect(200);
      expect(csv.text).toContain('Not renewed because of residence status');
      expect(csv.text).toMatch(/Labour-rights signals by sector.*Horeca.*10/);
    });
  });

  describe('employer subsidy for status holders (letter 004)', () => {
    it('shows which placements meet the conditions, and the maximum per employer', async () => {
      const o = await createTestOrg(t, 'Subsidy');
      const employerId = (
        await t.http().post('/api/employers').set(o.auth('matcher')).send({ name: 'Bouw BV' }).expect(201)
      ).body.id;
      const year = { type: 'paid_job', contractType: 'fixed_term', hoursPerWeek: 24, employerId };
      const place = async (basis: string, body: Record<string, unknown>) =>
        (
          await propose(
            await newPerson(basis, o),
            { ...year, startDate: '2026-02-01', endDate: '2027-01-31', ...body },
            o,
          )
        ).id as string;
      const ids = {
        first: await place('status_holder', { startDate: '2026-01-05', endDate: '2027-01-04' }),
        permanent: await place('status_holder', { contractType: 'permanent', endDate: null }),
        learning: await place('status_holder', { type: 'internship', startDate: '2026-03-01', endDate: '2027-02-28' }),
        fourth: await place('status_holder', { startDate: '2026-04-01', endDate: '2027-03-31' }),
        fifth: await place('status_holder', { startDate: '2026-05-01', endDate: '2027-04-30' }),
        fewHours: await place('status_holder', { hoursPerWeek: 16 }),
        short: await place('status_holder', { endDate: '2027-01-30' }),
        onCall: await place('status_holder', { contractType: 'on_call' }),
        noEnd: await place('status_holder', { endDate: null }),
        ukraine: await place('temporary_protection', { uwvNotifiedOn: '2026-01-01' }),
      };
      const answer = (await t.http().get(`/api/employers/${employerId}/subsidy`).set(o.auth('matcher')).expect(200))
        .body;
      expect(answer.parameters).toMatchObject({
        amountPerPerson: 6000,
        maximumPerEmployer: 24000,
        minHoursPerWeek: 20,
        minContractMonths: 12,
      });
      const line = (id: string) =>
        answer.placements.find((l: { placementId: string }) => l.placementId === id) as Record<string, unknown>;
      for (const key of ['first', 'permanent', 'learning', 'fourth'] as const)
        expect([key, line(ids[key])]).toMatchObject([
          key,
          { meetsConditions: true, unmet: [], counted: true, amount: 6000 },
        ]);
      expect(line(ids.fifth)).toMatchObject({ meetsConditions: true, counted: false, amount: 0 });
      expect(line(ids.fewHours).unmet).toEqual(['too_few_hours']);
      expect(line(ids.short).unmet).toEqual(['too_short']);
      expect(line(ids.onCall).unmet).toEqual(['not_employment_contract']);
      expect(line(ids.noEnd).unmet).toEqual(['duration_unknown']);
      expect(line(ids.ukraine).unmet).toEqual(['not_status_holder']);
      expect(answer).toMatchObject({ eligiblePersons: 5, total: 24000, maximumReached: true });
      // A permanent contract that ended within its first year does not count.
      await put(ids.permanent, { status: 'started' }, o).expect(200);
      await put(ids.permanent, { status: 'ended', endDate: '2026-06-30', endReason: 'dismissed' }, o).expect(200);
      const after = (await t.http().get(`/api/employers/${employerId}/subsidy`).set(o.auth('matcher')).expect(200))
        .body;
      expect(after.placements.find((l: { placementId: string }) => l.placementId === ids.permanent).unmet).toEqual([
        'too_short',
      ]);
      expect(after).toMatchObject({ eligiblePersons: 4, total: 24000, maximumReached: false });
      expect(after.placements.find((l: { placementId: string }) => l.placementId === ids.fifth).counted).toBe(true);
      await t.http().get(`/api/employers/${employerId}/subsidy`).set(org.auth('matcher')).expect(404);
    });
  });
});
