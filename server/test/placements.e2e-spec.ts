import { createTestApp, createTestOrg, householdBody, type TestApp, type TestOrg } from './support/test-app.js';
import { reportFiguresPlan } from '../src/placements/report-figures.js';

describe('employers, network conversations and placements', () => {
  let t: TestApp;
  let org: TestOrg;
  const as = () => org.auth('matcher');
  let personId: string;

  beforeAll(async () => {
    t = await createTestApp();
    org = await createTestOrg(t, 'Placements');
    const household = (await t.http().post('/api/households').set(as()).send(householdBody({ track: 'placement' }))).body.id;
    personId = (await t.http().post('/api/persons').set(as()).send({ householdId: household, firstName: 'Iryna', matchingSince: '2026-01-05' })).body.id;
  });
  afterAll(() => t.close());

  it('keeps one employer per name and city, whatever the capitals', async () => {
    await t.http().post('/api/employers').set(as()).send({ name: 'Zorggroep Noord', city: 'Zaanstad', sector: 'care', contactEmail: 'hr@zorg.example' }).expect(201);
    const dup = await t.http().post('/api/employers').set(as()).send({ name: 'zorggroep noord', city: 'ZAANSTAD' }).expect(422);
    expect(dup.body.errors.name).toMatch(/already an employer/);
    await t.http().post('/api/employers').set(as()).send({ name: 'Zorggroep Noord', city: 'Nijmegen' }).expect(201);
    const bad = await t.http().post('/api/employers').set(as()).send({ name: 'X', contactEmail: 'not-mail', status: 'friend' }).expect(422);
    expect(Object.keys(bad.body.errors).sort()).toEqual(['contactEmail', 'status']);
  });

  it('records a network conversation with an employer or a free-text contact, not with nobody', async () => {
    await t.http().post('/api/network-conversations').set(as()).send({ personId, date: '2026-02-01', contact: 'Oud-collega bij een apotheek', outcome: 'lead' }).expect(201);
    const none = await t.http().post('/api/network-conversations').set(as()).send({ personId, date: '2026-02-01' }).expect(422);
    expect(none.body.errors.contact).toMatch(/with whom/);
    await t.http().post('/api/network-conversations').set(as()).send({ personId, date: '2026-02-01', contact: 'x', outcome: 'maybe' }).expect(422);
  });

  it('derives long-term from the contract and the type, and ignores what a client sends for it', async () => {
    const mk = async (type: string, contractType: string) =>
      (await t.http().post('/api/placements').set(as()).send({ personId, type, contractType, longTerm: true }).expect(422)).body;
    // longTerm is read-only: sending it on create is an unknown field.
    expect((await mk('paid_job', 'none')).errors.longTerm).toBe('is not a known field');
    const create = async (type: string, contractType: string) =>
      (await t.http().post('/api/placements').set(as()).send({ personId, type, contractType }).expect(201)).body;
    expect((await create('paid_job', 'fixed_term')).longTerm).toBe(true);
    expect((await create('paid_job', 'none')).longTerm).toBe(false);
    expect((await create('one_off_gig', 'on_call')).longTerm).toBe(false);
    const volunteer = await create('volunteer', 'fixed_term');
    const changed = await t.http().put(`/api/placements/${volunteer.id}`).set(as()).send({ ...volunteer, contractType: 'none' }).expect(200);
    expect(changed.body.longTerm).toBe(false);
  });

  it('checks hours and dates', async () => {
    const res = await t
      .http()
      .post('/api/placements')
      .set(as())
      .send({ personId, type: 'paid_job', hoursPerWeek: 61, fit: 'perfect', startDate: '2026-03-01', endDate: '2026-02-01' })
      .expect(422);
    expect(res.body.errors).toEqual({ hoursPerWeek: 'must be 0 to 60 hours', fit: expect.stringContaining('must be one of') });
    const dates = await t.http().post('/api/placements').set(as()).send({ personId, type: 'paid_job', startDate: '2026-03-01', endDate: '2026-02-01' }).expect(422);
    expect(dates.body.errors.endDate).toMatch(/before the start date \(2026-03-01\)/);
  });

  it('keeps every status change with its date, and dates a start when the card moves', async () => {
    const p = (await t.http().post('/api/placements').set(as()).send({ personId, type: 'internship', contractType: 'fixed_term' }).expect(201)).body;
    expect(p.statusHistory).toEqual([{ status: 'proposed', on: expect.any(String) }]);
    const started = await t.http().put(`/api/placements/${p.id}`).set(as()).send({ status: 'started', statusChangedOn: '2026-04-01' }).expect(200);
    expect(started.body).toMatchObject({ status: 'started', startDate: '2026-04-01' });
    const ended = await t.http().put(`/api/placements/${p.id}`).set(as()).send({ status: 'ended', statusChangedOn: '2026-07-01' }).expect(200);
    expect(ended.body.endDate).toBe('2026-07-01');
    expect(ended.body.statusHistory.map((h: { status: string; on: string }) => `${h.status}@${h.on}`).slice(1)).toEqual(['started@2026-04-01', 'ended@2026-07-01']);
  });

  it('refuses a person or employer of another organisation', async () => {
    const other = await createTestOrg(t, 'OtherPl');
    const theirEmployer = (await t.http().post('/api/employers').set(other.auth('matcher')).send({ name: 'Elders BV' })).body.id;
    const res = await t.http().post('/api/placements').set(as()).send({ personId, type: 'paid_job', employerId: theirEmployer }).expect(422);
    expect(res.body.errors.employerId).toMatch(/does not exist/);
  });

  describe('the report, on a year shaped like the NewBees figures', () => {
    let reportOrg: TestOrg;

    beforeAll(async () => {
      reportOrg = await createTestOrg(t, 'Figures');
      const auth = reportOrg.auth('matcher');
      const plan = reportFiguresPlan();
      const employerIds: string[] = [];
      for (const e of plan.employers) employerIds.push((await t.http().post('/api/employers').set(auth).send(e).expect(201)).body.id);
      let householdId = '';
      for (const [i, planned] of plan.persons.entries()) {
        if (i % 3 === 0) householdId = (await t.http().post('/api/households').set(auth).send(householdBody({ track: 'placement', municipality: i < 60 ? 'Amsterdam' : 'Zaanstad' }))).body.id;
        const id = (await t.http().post('/api/persons').set(auth).send({ householdId, firstName: `P${i}`, matchingSince: planned.matchingSince }).expect(201)).body.id;
        for (const c of planned.conversations) {
          await t.http().post('/api/network-conversations').set(auth).send({ personId: id, date: c.date, employerId: employerIds[c.employerIndex], sector: c.sector, outcome: c.outcome }).expect(201);
        }
        for (const p of planned.placements) {
          const { employerIndex, ...rest } = p;
          await t.http().post('/api/placements').set(auth).send({ ...rest, personId: id, employerId: employerIds[employerIndex], statusChangedOn: p.startDate }).expect(201);
        }
      }
    }, 120_000);

    it('reproduces the funnel, the types, the employers and the perspective shift', async () => {
      const res = await t.http().get('/api/reports/placements').set(reportOrg.auth('coordinator')).expect(200);
      expect(res.body).toEqual({
        funnel: { supported: 81, withConversation: 66, matched: 78, longTerm: 65 },
        byType: { paid_job: 53, internship: 5, volunteer: 7, one_off_gig: 21 },
        oneOffThenLongTerm: 8,
        employersPlaced: 55,
        employersContacted: 80,
        fullTimeShare: 30 / 78,
        contractTypes: { permanent: 10, fixed_term: 37, on_call: 10, agency: 8, none: 21 },
        fitByQuarter: [
          { quarter: '2022-Q4', started: 21, fits: 0, share: 0 },
          { quarter: '2023-Q1', started: 26, fits: 0, share: 0 },
          { quarter: '2023-Q2', started: 13, fits: 7, share: 0.5385 },
          { quarter: '2023-Q3', started: 13, fits: 13, share: 1 },
          { quarter: '2023-Q4', started: 13, fits: 13, share: 1 },
        ],
      });
    });

    it('filters by period and municipality', async () => {
      const res = await t
        .http()
        .get('/api/reports/placements')
        .query({ filter: JSON.stringify({ startDate_gte: '2023-07-01', municipality: 'Zaanstad' }) })
        .set(reportOrg.auth('coordinator'))
        .expect(200);
      // Persons 60–80 live in Zaanstad; of their long-term starts, 63 and 64 fall in Q3 and Q4 2023.
      expect(res.body.funnel).toEqual({ supported: 21, withConversation: 0, matched: 2, longTerm: 2 });
      await t.http().get('/api/reports/placements').query({ filter: JSON.stringify({ year: 2023 }) }).set(reportOrg.auth('coordinator')).expect(400);
    });

    it('exports CSV', async () => {
      const csv = await t.http().get('/api/reports/placements?format=csv').set(reportOrg.auth('coordinator')).expect(200);
      expect(csv.headers['content-type']).toMatch(/text\/csv/);
      expect(csv.text).toContain('funnel,supported,81');
      expect(csv.text).toContain('byType,one_off_gig,21');
    });
  });
});
