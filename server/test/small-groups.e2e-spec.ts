import { HOUSEHOLD_PROBE_ROWS } from '../src/reports/theme-groups.js';
import { createTestApp, createTestOrg, householdBody, type TestApp, type TestOrg } from './support/test-app.js';

/**
 * The small-group rule on the four older reports (themes, obstacles by
 * domain, systemic obstacles, placements): in each, a group behind which
 * are 4 persons (households, for the theme minutes) has no figures, in JSON
 * and in the CSV, and a group of 5 shows. The groups of 4 have 5 or more
 * records each, so only a count of persons can tell them apart.
 */
describe('the small-group rule on the theme, obstacle, systemic and placement reports', () => {
  let t: TestApp;
  let org: TestOrg;
  const as = () => org.auth('coordinator');
  const households: string[] = [];
  const persons: string[] = [];
  let work: string;
  let health: string;

  const send = async (method: 'post' | 'put', path: string, body: Record<string, unknown>) => {
    const res = await t.http()[method](path).set(as()).send(body);
    if (res.status !== (method === 'post' ? 201 : 200))
      throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as { id: string; version: number };
  };
  const post = (path: string, body: Record<string, unknown>) => send('post', path, body);
  const get = (path: string, filter: Record<string, unknown> = {}, query: Record<string, string> = {}) =>
    t
      .http()
      .get(path)
      .query({ filter: JSON.stringify(filter), ...query })
      .set(as())
      .expect(200);
  const log = (i: number, minutes: number, labelIds: string[]) =>
    post('/api/contact-logs', {
      householdId: households[i],
      personIds: [persons[i]],
      occurredAt: '2025-02-10T10:00:00Z',
      minutes,
      channel: 'phone',
      labelIds,
    });
  const question = (i: number, labelIds: string[]) =>
    post('/api/helpdesk-questions', {
      householdId: households[i],
      receivedAt: '2025-02-11T09:00:00Z',
      channel: 'email',
      question: 'Vraag',
      minutes: 10,
      labelIds,
    });
  const obstacle = (i: number, domainKey: string, title: string, extra: Record<string, unknown> = {}) =>
    post('/api/obstacles', {
      personId: persons[i],
      domainKey,
      title,
      identifiedOn: '2025-02-01',
      systemic: true,
      ...extra,
    });
  const placement = (i: number, body: Record<string, unknown>) =>
    post('/api/placements', {
      personId: persons[i],
      status: 'started',
      uwvNotifiedOn: '2000-01-03',
      twvStatus: 'granted',
      signals: [{ kind: 'underpaid', date: '2025-06-01', reported: false }],
      ...body,
    });
  const end = async (p: { id: string; version: number }, endReason: string) =>
    send('put', `/api/placements/${p.id}`, { version: p.version, status: 'ended', endDate: '2025-09-30', endReason });

  beforeAll(async () => {
    t = await createTestApp();
    org = await createTestOrg(t, 'Small groups');
    for (let i = 0; i < 5; i++) {
      households.push((await post('/api/households', householdBody())).id);
      persons.push(
        (await post('/api/persons', { householdId: households[i], firstName: 'P', matchingSince: '2025-01-01' })).id,
      );
    }
    work = (await post('/api/labels', { name: { en: 'Work' } })).id;
    health = (await post('/api/labels', { name: { en: 'Health' } })).id;
    // Work: one log on each of the five households. Health: eight logs on four. Unlabelled: six logs on one.
    for (let i = 0; i < 5; i++) await log(i, 10, [work]);
    for (let i = 0; i < 8; i++) await log(i % 4, 20, [health]);
    for (let i = 0; i < 6; i++) await log(0, 5, []);
    // Helpdesk: work for five households, health for four (twice each).
    for (let i = 0; i < 5; i++) await question(i, [work]);
    for (let i = 0; i < 8; i++) await question(i % 4, [health]);
    // Obstacles: five persons without a permit, six obstacles of four persons without a house.
    // Two of the five resolved, after 3 and 7 days: a median of 5.
    const resolved = ['2025-02-04', '2025-02-08'];
    for (let i = 0; i < 5; i++)
      await obstacle(i, 'work', 'No permit', i < 2 ? { status: 'resolved', resolvedOn: resolved[i] } : {});
    for (const i of [0, 0, 1, 1, 2, 3]) await obstacle(i, 'housing', 'No house');
    // Placements: a paid job each for five persons (one sector), two internships each for four (another);
    // the paid jobs end at the contract's end, one internship of each of the four for the residence status.
    for (let i = 0; i < 5; i++) {
      const job = await placement(i, {
        type: 'paid_job',
        contractType: 'fixed_term',
        startDate: '2025-03-01',
        sector: 'Bouw',
      });
      await end(job, 'contract_ended');
    }
    for (let i = 0; i < 8; i++) {
      const internship = await placement(i % 4, {
        type: 'internship',
        contractType: 'none',
        startDate: '2025-05-01',
        sector: 'Horeca',
      });
      if (i < 4) await end(internship, 'not_renewed_residence_status');
    }
  }, 180_000);
  afterAll(() => t.close());

  it('hides a theme row of 4 households and shows one of 5, on both sides, and keeps the totals', async () => {
    const res = await get('/api/reports/themes', { level: 'top' });
    const row = (rows: { labelId: string | null }[], id: string | null) => rows.find((r) => r.labelId === id);
    expect(row(res.body.rows, work)).toMatchObject({ minutes: 50, logs: 5, fewerThan5: [] });
    expect(row(res.body.rows, health)).toMatchObject({ minutes: null, share: null, logs: null });
    expect(row(res.body.rows, health)).toMatchObject({ fewerThan5: ['minutes', 'share', 'logs'] });
    expect(row(res.body.rows, null)).toMatchObject({ minutes: null, fewerThan5: ['minutes', 'share', 'logs'] });
    expect(res.body.totalMinutes).toBe(50 + 160 + 30);
    expect(row(res.body.helpdesk.rows, work)).toMatchObject({ minutes: 50, logs: 5, fewerThan5: [] });
    expect(row(res.body.helpdesk.rows, health)).toMatchObject({
      minutes: null,
      fewerThan5: ['minutes', 'share', 'logs'],
    });
    // All levels: the same households behind each label.
    const all = await get('/api/reports/themes', { level: 'all' });
    expect(row(all.body.rows, health)).toMatchObject({ minutes: null });
    // Under a household filter every row stands for one household.
    const one = await get('/api/reports/themes', { householdId: households[4] });
    expect(one.body.rows).toEqual([expect.objectContaining({ labelId: work, minutes: null })]);

    const csv = await get('/api/reports/themes', {}, { format: 'csv', lang: 'en' });
    const lines = csv.text.split('\r\n');
    expect(lines).toContain('Contact logs,Work,50,20.8,5');
    expect(lines).toContain('Contact logs,Health,fewer than 5,,');
    expect(lines).toContain('Helpdesk questions,Health,fewer than 5,,');
    const nl = await get('/api/reports/themes', {}, { format: 'csv', lang: 'nl' });
    expect(nl.text).toContain('Contactmomenten;Health;minder dan 5;;');
    const uk = await get('/api/reports/themes', {}, { format: 'csv', lang: 'uk' });
    expect(uk.text).toContain(';менше 5;;');
  });

  it('hides a domain whose obstacles concern 4 persons and shows one of 5, in JSON and CSV', async () => {
    const res = await get('/api/reports/obstacles');
    const domain = (key: string) => res.body.byDomain.find((d: { domainKey: string }) => d.domainKey === key);
    expect(domain('work')).toEqual({
      domainKey: 'work',
      open: 3,
      inProgress: 0,
      resolved: 2,
      notResolvable: 0,
      total: 5,
      medianDaysToResolve: 5,
      shareResolved: 0.4,
      fewerThan5: [],
    });
    expect(domain('housing')).toEqual({
      domainKey: 'housing',
      open: null,
      inProgress: null,
      resolved: null,
      notResolvable: null,
      total: null,
      medianDaysToResolve: null,
      shareResolved: null,
      fewerThan5: ['open', 'inProgress', 'resolved', 'notResolvable', 'total', 'medianDaysToResolve', 'shareResolved'],
    });
    // A domain without obstacles names nobody: shown as zeros.
    expect(domain('education')).toMatchObject({ total: 0, fewerThan5: [] });
    expect(res.body.total).toBe(11);
    // Four of the five persons: now a small group.
    const four = await get('/api/reports/obstacles', { personId: persons.slice(0, 4) });
    expect(four.body.byDomain.find((d: { domainKey: string }) => d.domainKey === 'work')).toMatchObject({
      total: null,
    });

    const csv = await get('/api/reports/obstacles', {}, { format: 'csv', lang: 'en', ids: 'true' });
    const lines = csv.text.split('\r\n');
    expect(lines.find((l) => l.startsWith('work,'))).toBe('work,Work,3,0,2,0,5,5,40');
    expect(lines.find((l) => l.startsWith('housing,'))).toMatch(/^housing,[^,]+,,,,,fewer than 5,,$/);
  });

  it('hides a systemic obstacle of 4 persons and shows one of 5, in JSON and CSV', async () => {
    const res = await get('/api/reports/systemic-obstacles');
    expect(res.body).toHaveLength(2);
    expect(res.body[0]).toMatchObject({
      domainKey: 'work',
      title: 'No permit',
      persons: 5,
      households: 5,
      unresolved: 3,
      firstIdentifiedOn: '2025-02-01',
      fewerThan5: [],
    });
    expect(res.body[1]).toMatchObject({
      domainKey: 'housing',
      title: 'No house',
      persons: null,
      households: null,
      unresolved: null,
      firstIdentifiedOn: null,
      fewerThan5: ['persons', 'households', 'unresolved', 'firstIdentifiedOn'],
    });
    // The team can still make a policy signal of it.
    expect(res.body[1].obstacleIds).toHaveLength(6);

    const csv = await get('/api/reports/systemic-obstacles', {}, { format: 'csv', lang: 'en' });
    const lines = csv.text.split('\r\n');
    expect(lines.find((l) => l.includes('No permit'))).toMatch(/,No permit,,5,5,3,2025-02-01$/);
    expect(lines.find((l) => l.includes('No house'))).toMatch(/,No house,,fewer than 5,,,$/);
  });

  it('hides the placement figures of 4 persons and shows those of 5, in JSON and CSV', async () => {
    const res = await get('/api/reports/placements');
    const r = res.body;
    expect(r.funnel).toEqual({ supported: 5, withConversation: 0, matched: 5, longTerm: 5, fewerThan5: [] });
    expect(r.byType).toEqual({
      paid_job: 5,
      internship: null,
      volunteer: 0,
      one_off_gig: 0,
      self_employed: 0,
      fewerThan5: ['internship'],
    });
    expect(r.contractTypes).toMatchObject({ fixed_term: 5, none: null, fewerThan5: ['none'] });
    // Eight internships started in the second quarter, but by four persons.
    expect(r.fitByQuarter).toEqual([
      { quarter: '2025-Q1', started: 5, fits: 0, share: 0, fewerThan5: [] },
      { quarter: '2025-Q2', started: null, fits: null, share: null, fewerThan5: ['started', 'fits', 'share'] },
    ]);
    expect(r.endReasons).toMatchObject({
      ended: 9,
      withoutReason: 0,
      residenceStatus: null,
      residenceStatusShare: null,
      fewerThan5: ['residenceStatus', 'residenceStatusShare'],
    });
    expect(r.endReasons.byReason).toMatchObject({
      contract_ended: 5,
      not_renewed_residence_status: null,
      fewerThan5: ['not_renewed_residence_status'],
    });
    expect(r.signalsBySector).toEqual([
      {
        sector: 'Bouw',
        signals: 5,
        reported: 0,
        byKind: { underpaid: 5, unpaid_wages: 0, no_written_contract: 0, unsafe_work: 0, other: 0 },
        fewerThan5: [],
      },
      { sector: 'Horeca', signals: null, reported: null, byKind: null, fewerThan5: ['signals', 'reported', 'byKind'] },
    ]);
    expect(r.fullTimeShare).toBe(0);
    expect(r.fewerThan5).toEqual([]);
    // From April only the four with internships (no contract: not long-term) are matched.
    const four = await get('/api/reports/placements', { startDate_gte: '2025-04-01' });
    expect(four.body.funnel).toEqual({
      supported: 5,
      withConversation: 0,
      matched: null,
      longTerm: 0,
      fewerThan5: ['matched'],
    });
    expect(four.body).toMatchObject({ fullTimeShare: null, fewerThan5: ['fullTimeShare'] });

    const csv = await get('/api/reports/placements', {}, { format: 'csv', lang: 'en', ids: 'true' });
    const lines = csv.text.split('\r\n');
    expect(lines).toContain('byType,paid_job,Persons by type of match,Paid job,5');
    expect(lines).toContain('byType,internship,Persons by type of match,Internship,fewer than 5');
    expect(lines).toContain('started,2025-Q2,Started placements per quarter,2025-Q2,fewer than 5');
    expect(lines).toContain('share,2025-Q2,"Share that fits, per quarter (%)",2025-Q2,');
    expect(lines).toContain('signals,Horeca,Labour-rights signals by sector,Horeca,fewer than 5');
    expect(lines.some((l) => l.includes('fewerThan5'))).toBe(false);
  });
  // Last, as it adds logs: a theme of more label rows than the report probes, all from 4 households, is
  // still hidden (the full count decides), and one more household shows it.
  it('counts every household behind a theme whose first rows name fewer than 5', async () => {
    const language = (await post('/api/labels', { name: { en: 'Language' } })).id;
    for (let i = 0; i < HOUSEHOLD_PROBE_ROWS + 1; i += 10) {
      await Promise.all(Array.from({ length: 10 }, (_, k) => log((i + k) % 4, 1, [language])));
    }
    const row = async () =>
      ((await get('/api/reports/themes', { level: 'all' })).body.rows as { labelId: string }[]).find(
        (r) => r.labelId === language,
      );
    expect(await row()).toMatchObject({ minutes: null, fewerThan5: ['minutes', 'share', 'logs'] });
    await log(4, 1, [language]);
    expect(await row()).toMatchObject({ fewerThan5: [] });
  });
});
