import { createTestApp, createTestOrg, householdBody, type TestApp, type TestOrg } from './support/test-app.js';
import { ageBand } from '../src/persons/age-band.js';

/**
 * The cohort and trend reports, the person filters on every report, and the
 * small-group rule. Dates lie in 2025, so every person has been followed for
 * more than 12 months whenever the test runs.
 */
describe('cohorts, trends and the person filters', () => {
  let t: TestApp;
  let org: TestOrg;
  const as = () => org.auth('coordinator');
  const year = new Date().getUTCFullYear();
  const ids: Record<string, string> = {};
  let health: string;
  let work: string;

  const post = async (path: string, body: Record<string, unknown>) => {
    const res = await t.http().post(path).set(as()).send(body);
    if (res.status !== 201) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as { id: string };
  };
  const person = (householdId: string, body: Record<string, unknown>) =>
    post('/api/persons', { householdId, firstName: 'P', matchingSince: '2025-01-01', ...body });
  const job = (personId: string, startDate: string, type = 'paid_job', contractType = 'fixed_term') =>
    // Notified to UWV well before, a work permit granted: the work-permit rule (issue 14) lets every such job start.
    post('/api/placements', {
      personId,
      type,
      contractType,
      status: 'started',
      startDate,
      uwvNotifiedOn: '2000-01-03',
      twvStatus: 'granted',
    });
  const get = (path: string, filter: Record<string, unknown> = {}, query: Record<string, string> = {}) =>
    t
      .http()
      .get(path)
      .query({ filter: JSON.stringify(filter), ...query })
      .set(as());

  beforeAll(async () => {
    t = await createTestApp();
    org = await createTestOrg(t, 'Cohorts');
    // Six displaced people from Ukraine, all arrived 1 January 2025, aged 30: jobs after 59, 120 and 304 days.
    const tp = (await post('/api/households', householdBody({ municipality: 'Zaanstad' }))).id;
    for (let i = 0; i < 6; i++) {
      ids[`tp${i}`] = (
        await person(tp, { arrivedOn: '2025-01-01', birthYear: year - 30, gender: i < 4 ? 'female' : 'male' })
      ).id;
    }
    await job(ids.tp0, '2025-03-01');
    await job(ids.tp1, '2025-05-01');
    await job(ids.tp2, '2025-11-01');
    // An internship is no paid job, but a contract: a long-term placement.
    await job(ids.tp3, '2025-04-01', 'internship');
    // In the Ukrainian household, one person holds a residence permit of her own.
    ids.own = (
      await person(tp, {
        arrivedOn: '2025-02-01',
        statusGrantedOn: '2025-06-01',
        protectionBasis: 'status_holder',
        birthYear: year - 20,
        gender: 'female',
      })
    ).id;
    // Five status holders, arrived mid-2024, status on 1 January 2025, aged 20; one job 273 days after the status.
    const sh = (
      await post('/api/households', householdBody({ municipality: 'Utrecht', protectionBasis: 'status_holder' }))
    ).id;
    for (let i = 0; i < 5; i++) {
      ids[`sh${i}`] = (
        await person(sh, {
          arrivedOn: '2024-06-01',
          statusGrantedOn: '2025-01-01',
          birthYear: year - 20,
          gender: i < 3 ? 'male' : 'non_binary',
        })
      ).id;
    }
    await job(ids.sh0, '2025-10-01');
    // Nobody knows when this one arrived: counted, and left out.
    ids.unknown = (await person(sh, { birthYear: year - 20 })).id;
    // Two third-country nationals: a group too small to show.
    const tcn = (
      await post(
        '/api/households',
        householdBody({ municipality: 'Zaanstad', protectionBasis: 'third_country_national' }),
      )
    ).id;
    ids.tcn0 = (await person(tcn, { arrivedOn: '2025-03-01', birthYear: year - 50, gender: 'male' })).id;
    ids.tcn1 = (await person(tcn, { arrivedOn: '2025-03-01', birthYear: year - 50, gender: 'female' })).id;
    await job(ids.tcn0, '2025-04-01');

    // Themes: health minutes on the status holders, work minutes on the Ukrainians, in two months.
    health = (await post('/api/labels', { name: { en: 'Health' } })).id;
    work = (await post('/api/labels', { name: { en: 'Work' } })).id;
    const log = (householdId: string, personId: string, at: string, minutes: number, labelIds: string[]) =>
      post('/api/contact-logs', {
        householdId,
        personIds: [personId],
        occurredAt: at,
        minutes,
        channel: 'phone',
        labelIds,
      });
    for (let i = 0; i < 5; i++) {
      // Five households would be needed for a theme cell to show; these logs are on one each side.
      await log(sh, ids[`sh${i}`], '2025-02-10T10:00:00Z', 30, [health]);
      await log(tp, ids[`tp${i}`], '2025-02-11T10:00:00Z', 20, [work]);
    }
    // Obstacles: five on the Ukrainians (five persons), one on a status holder.
    for (let i = 0; i < 5; i++)
      await post('/api/obstacles', {
        personId: ids[`tp${i}`],
        domainKey: 'work',
        title: 'No permit',
        identifiedOn: '2025-02-01',
      });
    await post('/api/obstacles', {
      personId: ids.sh0,
      domainKey: 'housing',
      title: 'No house',
      identifiedOn: '2025-02-01',
    });
  }, 120_000);
  afterAll(() => t.close());

  it("counts a person's own protection basis, else the household's", async () => {
    const res = await get('/api/reports/cohorts', {}, { groupBy: 'protectionBasis' }).expect(200);
    expect(res.body.groups.map((g: { key: string }) => g.key)).toEqual([
      'temporary_protection',
      'status_holder',
      'third_country_national',
    ]);
    const [tp, sh] = res.body.groups;
    expect(tp).toMatchObject({ persons: 6, unknownStart: 0, fewerThan5: [] });
    // One person of unknown arrival: fewer than 5, so not given as a number.
    expect(sh).toMatchObject({ persons: 6, unknownStart: null, fewerThan5: ['unknownStart'] });
    expect(res.body).toMatchObject({
      event: 'first_paid_job',
      start: 'arrival',
      persons: 14,
      unknownStart: null,
      fewerThan5: ['unknownStart'],
    });
  });

  it('estimates the share in paid work by month since arrival, with intervals and numbers at risk', async () => {
    const res = await get('/api/reports/cohorts', { protectionBasis: 'temporary_protection' }).expect(200);
    const [all] = res.body.groups;
    expect(all.key).toBe('all');
    // Jobs on day 59, 120 and 304: two of six by month 6 (day 182), three by month 12 (day 365).
    expect(all.shares['6']).toBeCloseTo(2 / 6, 10);
    expect(all.shares['12']).toBeCloseTo(3 / 6, 10);
    expect(all.atRisk).toMatchObject({ '0': 6, '6': 4, '12': 3 });
    const month12 = all.curve[12];
    expect(month12).toMatchObject({ month: 12, atRisk: 3 });
    expect(month12.lower).toBeLessThan(0.5);
    expect(month12.upper).toBeGreaterThan(0.5);
    expect(all.curve[0]).toEqual({ month: 0, share: 0, lower: 0, upper: 0, atRisk: 6 });
    // The curve never goes down.
    const shares = all.curve.map((p: { share: number }) => p.share);
    expect(shares).toEqual([...shares].sort((a, b) => a - b));
  });

  it('counts from the status and follows the long-term placements', async () => {
    const status = await get('/api/reports/cohorts', { start: 'status', protectionBasis: 'status_holder' }).expect(200);
    // Six with a status date (five from 1 January 2025, one from 1 June 2025): one job, after 273 days.
    expect(status.body.groups[0]).toMatchObject({ persons: 6 });
    expect(status.body.groups[0].shares['6']).toBe(0);
    expect(status.body.groups[0].shares['12']).toBeCloseTo(1 / 6, 10);
    // Persons without a status date are counted as of unknown start.
    const everyone = await get('/api/reports/cohorts', { start: 'status' }).expect(200);
    expect(everyone.body).toMatchObject({ persons: 6, unknownStart: 9 });
    const longTerm = await get('/api/reports/cohorts', {
      event: 'first_long_term_placement',
      protectionBasis: 'temporary_protection',
    }).expect(200);
    // The internship (day 90) counts too: three of six by month 6.
    expect(longTerm.body.groups[0].shares['6']).toBeCloseTo(3 / 6, 10);
  });

  it('shows a group of fewer than 5 persons without figures, in JSON and CSV', async () => {
    const res = await get('/api/reports/cohorts', {}, { groupBy: 'protectionBasis' }).expect(200);
    const tcn = res.body.groups[2];
    expect(tcn).toEqual({
      key: 'third_country_national',
      persons: null,
      unknownStart: 0,
      atRisk: null,
      shares: null,
      curve: null,
      fewerThan5: ['persons', 'atRisk', 'shares', 'curve'],
    });
    const csv = await get('/api/reports/cohorts', {}, { groupBy: 'protectionBasis', format: 'csv', lang: 'en' }).expect(
      200,
    );
    const lines = csv.text.split('\r\n');
    expect(lines.filter((l) => l.startsWith('Third-country national'))).toEqual([
      'Third-country national,fewer than 5,0,,,,,',
    ]);
    expect(lines.filter((l) => l.startsWith('Temporary protection,6,0,12,')).length).toBe(1);
    const nl = await get('/api/reports/cohorts', {}, { groupBy: 'protectionBasis', format: 'csv', lang: 'nl' });
    expect(nl.text).toContain('Derdelander;minder dan 5;0;;;;;');
  });

  it('groups by gender, age band, municipality and arrival quarter', async () => {
    const keys = async (groupBy: string) =>
      (
        (await get('/api/reports/cohorts', {}, { groupBy }).expect(200)).body.groups as {
          key: string;
          persons: number | null;
        }[]
      ).map((g) => [g.key, g.persons]);
    expect(await keys('gender')).toEqual([
      ['female', 6],
      ['male', 6],
      ['non_binary', null],
      ['unknown', 0],
    ]);
    expect(await keys('ageBand')).toEqual([
      [ageBand(year - 20, year), 6],
      [ageBand(year - 30, year), 6],
      [ageBand(year - 50, year), null],
    ]);
    expect(await keys('municipality')).toEqual([
      ['Utrecht', 5],
      ['Zaanstad', 9],
    ]);
    expect(await keys('arrivalQuarter')).toEqual([
      ['2024-Q2', 5],
      ['2025-Q1', 9],
      ['unknown', 0],
    ]);
  });

  it('takes each person filter, one value or a list, and lists the filters applied', async () => {
    const persons = async (filter: Record<string, unknown>) => {
      const res = await get('/api/reports/cohorts', filter).expect(200);
      expect(res.body.filtersApplied).toEqual(Object.keys(filter));
      return res.body.persons as number | null;
    };
    expect(await persons({ gender: 'female' })).toBe(6);
    expect(await persons({ gender: ['female', 'male'] })).toBe(12);
    expect(await persons({ ageBand: ageBand(year - 30, year) })).toBe(6);
    expect(await persons({ protectionBasis: ['status_holder', 'temporary_protection'] })).toBe(12);
    expect(await persons({ gender: 'male', protectionBasis: 'status_holder' })).toBeNull();
    const bad = await get('/api/reports/cohorts', { gender: 'woman' }).expect(400);
    expect(bad.body.message).toMatch(/gender/);
    await get('/api/reports/cohorts', {}, { groupBy: 'shoeSize' }).expect(400);
    await get('/api/reports/cohorts', { event: 'first_gig' }).expect(400);
  });

  it('gives theme minutes per period and the share, with the person filters and the small-group rule', async () => {
    const res = await get('/api/reports/themes/trend', {
      occurredAt_gte: '2025-01-01',
      occurredAt_lte: '2025-03-31',
    }).expect(200);
    expect(res.body.periods).toEqual(['2025-02']);
    // Each side's minutes come from one household: fewer than 5 households, no figures.
    expect(res.body.contactLogs[0].rows).toEqual(
      expect.arrayContaining([
        { period: '2025-02', labelId: health, minutes: null, share: null, fewerThan5: ['minutes', 'share'] },
      ]),
    );
    expect(res.body.contactLogs[0].totalMinutes).toBe(250);
    const quarter = await get('/api/reports/themes/trend', {}, { interval: 'quarter' }).expect(200);
    expect(quarter.body.periods).toEqual(['2025-Q1']);
    const filtered = await get('/api/reports/themes/trend', { protectionBasis: 'status_holder' }).expect(200);
    expect(filtered.body.filtersApplied).toEqual(['protectionBasis']);
    // The Ukrainian household has a status holder of her own, so both households count.
    expect(filtered.body.contactLogs[0].totalMinutes).toBe(250);
    const male = await get('/api/reports/themes/trend', { gender: 'non_binary' }).expect(200);
    expect(male.body.contactLogs[0].totalMinutes).toBe(150);
    const none = await get('/api/reports/themes/trend', { ageBand: '67_plus' }).expect(200);
    expect(none.body.periods).toEqual([]);
    await get('/api/reports/themes/trend', {}, { interval: 'week' }).expect(400);
    const themes = await get('/api/reports/themes', {
      gender: 'non_binary',
      ageBand: [ageBand(year - 20, year)],
    }).expect(200);
    expect(themes.body.totalMinutes).toBe(150);
    expect(themes.body.filtersApplied).toEqual(['gender', 'ageBand']);
  });

  it('gives new, resolved and open obstacles per domain and period, filtered by person', async () => {
    const res = await get('/api/reports/obstacles/trend', {}, { interval: 'quarter' });
    expect(res.body).toMatchObject({ interval: 'quarter' });
    expect(res.body.periods[0]).toBe('2025-Q1');
    const first = res.body.rows.filter((r: { period: string }) => r.period === '2025-Q1');
    expect(first).toEqual([
      {
        period: '2025-Q1',
        domainKey: 'housing',
        new: null,
        resolved: null,
        open: null,
        fewerThan5: ['new', 'resolved', 'open'],
      },
      { period: '2025-Q1', domainKey: 'work', new: 5, resolved: 0, open: 5, fewerThan5: [] },
    ]);
    const women = await get('/api/reports/obstacles/trend', { gender: 'female' }, { interval: 'quarter' }).expect(200);
    // Four of the five are women: now a small group.
    expect(women.body.rows[0]).toMatchObject({ domainKey: 'work', new: null });
    const byDomain = await get('/api/reports/obstacles', { protectionBasis: 'status_holder' }).expect(200);
    expect(byDomain.body.total).toBe(1);
    expect(byDomain.body.filtersApplied).toEqual(['protectionBasis']);
    const byAge = await get('/api/reports/obstacles', { ageBand: [ageBand(year - 30, year)] }).expect(200);
    expect(byAge.body.total).toBe(5);
  });

  it('filters the placement report by person', async () => {
    const matched = async (filter: Record<string, unknown>) => {
      const res = await get('/api/reports/placements', filter).expect(200);
      expect(res.body.filtersApplied).toEqual(Object.keys(filter));
      return res.body.funnel;
    };
    expect((await matched({})).supported).toBe(15);
    expect((await matched({ protectionBasis: 'temporary_protection' })).supported).toBe(6);
    // Two persons each: fewer than 5, so not given.
    expect(await matched({ gender: ['non_binary'] })).toMatchObject({ supported: null, fewerThan5: ['supported'] });
    expect((await matched({ ageBand: ageBand(year - 50, year) })).supported).toBeNull();
  });
});
