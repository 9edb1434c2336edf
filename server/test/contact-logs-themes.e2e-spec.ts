import { createTestApp, createTestOrg, householdBody, type TestApp, type TestOrg } from './support/test-app.js';
import { createDefaultCodebook } from '../src/labels/default-codebook.js';

describe('contact logs, the codebook, helpdesk questions and the theme report', () => {
  let t: TestApp;
  let org: TestOrg;
  let themes: Record<string, { id: string }>;
  let domains: Record<string, { id: string }>;
  const as = () => org.auth('researcher');
  let householdId: string;
  let personId: string;

  const log = async (body: Record<string, unknown>) => {
    const res = await t.http().post('/api/contact-logs').set(as()).send({ householdId, occurredAt: '2026-03-01T10:00:00Z', minutes: 60, channel: 'phone', ...body });
    if (res.status !== 201) throw new Error(`${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };

  beforeAll(async () => {
    t = await createTestApp();
    org = await createTestOrg(t, 'Themes');
    const codebook = await createDefaultCodebook(t.dataSource.manager, org.organization.id);
    themes = codebook.themes;
    domains = codebook.byDomain;
    householdId = (await t.http().post('/api/households').set(as()).send(householdBody({ municipality: 'Zaanstad' }))).body.id;
    personId = (await t.http().post('/api/persons').set(as()).send({ householdId, firstName: 'Tina' })).body.id;
  });
  afterAll(() => t.close());

  describe('contact logs and the time per label', () => {
    it('splits minutes equally over labels by default, or as the author says', async () => {
      const equal = await log({ labelIds: [themes.work.id, themes.housing.id], personIds: [personId], note: 'Розмова про роботу' });
      expect(equal.labelMinutes).toEqual({ [themes.work.id]: 30, [themes.housing.id]: 30 });
      expect(equal).toMatchObject({ authorId: org.users.researcher.id, personIds: [personId], note: 'Розмова про роботу' });
      const split = await log({ minutes: 45, labelIds: [themes.work.id, themes.language.id], labelMinutes: { [themes.work.id]: 30, [themes.language.id]: 15 } });
      expect(split.labelMinutes).toEqual({ [themes.work.id]: 30, [themes.language.id]: 15 });
      const bad = await t.http().post('/api/contact-logs').set(as()).send({ householdId, occurredAt: '2026-03-01T10:00:00Z', minutes: 45, channel: 'phone', labelIds: [themes.work.id, themes.language.id], labelMinutes: { [themes.work.id]: 30, [themes.language.id]: 10 } }).expect(422);
      expect(bad.body.errors.labelMinutes).toMatch(/add up to the duration \(45 minutes\), not 40/);
    });

    it('validates duration, channel, members and labels', async () => {
      const res = await t.http().post('/api/contact-logs').set(as()).send({ householdId, occurredAt: 'yesterday', minutes: 0, channel: 'pigeon' }).expect(422);
      expect(Object.keys(res.body.errors).sort()).toEqual(['channel', 'minutes', 'occurredAt']);
      await t.http().post('/api/contact-logs').set(as()).send({ householdId, occurredAt: '2026-03-01T10:00:00Z', minutes: 1441, channel: 'phone' }).expect(422);
      const otherHousehold = (await t.http().post('/api/households').set(as()).send(householdBody())).body.id;
      const stranger = (await t.http().post('/api/persons').set(as()).send({ householdId: otherHousehold, firstName: 'X' })).body.id;
      const notMember = await t.http().post('/api/contact-logs').set(as()).send({ householdId, occurredAt: '2026-03-01T10:00:00Z', minutes: 10, channel: 'phone', personIds: [stranger] }).expect(422);
      expect(notMember.body.errors.personIds).toMatch(/members of the household/);
      const other = await createTestOrg(t, 'ThemesOther');
      const foreign = await createDefaultCodebook(t.dataSource.manager, other.organization.id);
      const foreignLabel = await t.http().post('/api/contact-logs').set(as()).send({ householdId, occurredAt: '2026-03-01T10:00:00Z', minutes: 10, channel: 'phone', labelIds: [foreign.themes.work.id] }).expect(422);
      expect(foreignLabel.body.errors.labelIds).toMatch(/do not exist/);
    });

    it('re-splits when labels change, and labels many logs at once', async () => {
      const a = await log({ labelIds: [themes.work.id] });
      const updated = await t.http().put(`/api/contact-logs/${a.id}`).set(as()).send({ labelIds: [themes.work.id, themes.education.id, themes.health.id] }).expect(200);
      expect(Object.values(updated.body.labelMinutes)).toEqual(expect.arrayContaining([20, 20, 20]));
      const b = await log({});
      const c = await log({});
      await t.http().post('/api/contact-logs/bulk-labels').set(as()).send({ ids: [b.id, c.id], addLabelIds: [themes.other.id] }).expect(200);
      const after = await t.http().get('/api/contact-logs').query({ filter: JSON.stringify({ id: [b.id, c.id] }) }).set(as());
      expect(after.body.map((l: { labelIds: string[] }) => l.labelIds)).toEqual([[themes.other.id], [themes.other.id]]);
    });

    it('keeps an unlabelled queue, oldest first', async () => {
      const old = await log({ occurredAt: '2025-01-01T09:00:00Z' });
      const res = await t.http().get('/api/contact-logs').query({ filter: JSON.stringify({ unlabelled: true }), sort: JSON.stringify(['occurredAt', 'ASC']) }).set(as()).expect(200);
      expect(res.body[0].id).toBe(old.id);
      expect(res.body.every((l: { labelIds: string[] }) => l.labelIds.length === 0)).toBe(true);
    });
  });

  it('moves a log\'s minutes to another period when its date changes', async () => {
    const inPeriod = async () =>
      (await t.http().get('/api/reports/themes').query({ filter: JSON.stringify({ occurredAt_gte: '2031-01-01T00:00:00Z' }) }).set(org.auth('coordinator')).expect(200)).body.totalMinutes;
    const l = await log({ occurredAt: '2031-01-02T10:00:00Z', minutes: 25, labelIds: [themes.education.id] });
    expect(await inPeriod()).toBe(25);
    await t.http().put(`/api/contact-logs/${l.id}`).set(as()).send({ occurredAt: '2020-01-02T10:00:00Z' }).expect(200);
    expect(await inPeriod()).toBe(0);
    await t.http().delete(`/api/contact-logs/${l.id}`).set(as()).expect(200);
  });

  describe('the codebook', () => {
    it('merges two labels in one go: uses move, minutes add up, the merge is recorded', async () => {
      const dup = (await t.http().post('/api/labels').set(as()).send({ name: { nl: 'Baan', en: 'Job' }, parentId: themes.work.id }).expect(201)).body;
      const l = await log({ minutes: 40, labelIds: [dup.id, domains.work.id] });
      const survivor = await t.http().post(`/api/labels/${dup.id}/merge`).set(as()).send({ intoId: domains.work.id }).expect(200);
      expect(survivor.body.id).toBe(domains.work.id);
      const after = await t.http().get(`/api/contact-logs/${l.id}`).set(as());
      expect(after.body.labelMinutes).toEqual({ [domains.work.id]: 40 });
      const merged = await t.http().get(`/api/labels/${dup.id}`).set(as());
      expect(merged.body).toMatchObject({ archived: true, mergedIntoId: domains.work.id });
      const [record] = await t.dataSource.query('SELECT uses_moved FROM label_merges WHERE from_label_id = $1', [dup.id]);
      expect(record.uses_moved).toBe(1);
      const archivedUse = await t.http().post('/api/contact-logs').set(as()).send({ householdId, occurredAt: '2026-03-01T10:00:00Z', minutes: 5, channel: 'phone', labelIds: [dup.id] }).expect(422);
      expect(archivedUse.body.errors.labelIds).toMatch(/archived/);
    });

    it('renames keeping the id, refuses to delete a label in use, allows archiving', async () => {
      const label = (await t.http().post('/api/labels').set(as()).send({ name: { en: 'Bike' }, color: '#123456' }).expect(201)).body;
      const renamed = await t.http().put(`/api/labels/${label.id}`).set(as()).send({ name: { en: 'Bicycle', nl: 'Fiets' } }).expect(200);
      expect(renamed.body).toMatchObject({ id: label.id, name: { en: 'Bicycle', nl: 'Fiets' } });
      await log({ labelIds: [label.id] });
      const del = await t.http().delete(`/api/labels/${label.id}`).set(as()).expect(409);
      expect(del.body.message).toMatch(/archive/);
      await t.http().put(`/api/labels/${label.id}`).set(as()).send({ archived: true }).expect(200);
      const bad = await t.http().post('/api/labels').set(as()).send({ name: {}, color: 'red', domainKey: 'weather' }).expect(422);
      expect(Object.keys(bad.body.errors).sort()).toEqual(['color']);
      await t.http().put(`/api/labels/${themes.work.id}`).set(as()).send({ parentId: domains.work.id }).expect(422);
      await t.http().post('/api/labels').set(org.auth('matcher')).send({ name: { en: 'X' } }).expect(403);
    });
  });

  describe('the theme report', () => {
    let reportOrg: TestOrg;
    let cb: Awaited<ReturnType<typeof createDefaultCodebook>>;

    beforeAll(async () => {
      reportOrg = await createTestOrg(t, 'ThemeReport');
      cb = await createDefaultCodebook(t.dataSource.manager, reportOrg.organization.id);
      const auth = reportOrg.auth('researcher');
      const h = (await t.http().post('/api/households').set(auth).send(householdBody({ municipality: 'Nijmegen' }))).body.id;
      const post = (minutes: number, labelIds: string[], extra: Record<string, unknown> = {}) =>
        t.http().post('/api/contact-logs').set(auth).send({ householdId: h, occurredAt: '2026-02-10T09:00:00Z', minutes, channel: 'in_person', labelIds, ...extra }).expect(201);
      // Work 60 + 30 (half of a 60-minute log shared with Housing), Housing 30, Health (via its domain child) 20, unlabelled 10.
      await post(60, [cb.themes.work.id]);
      await post(60, [cb.themes.work.id, cb.themes.housing.id]);
      await post(20, [cb.byDomain.health_social_care.id]);
      await post(10, []);
      await post(100, [cb.themes.work.id], { occurredAt: '2025-06-01T09:00:00Z' });
      await t.http().post('/api/helpdesk-questions').set(auth).send({ receivedAt: '2026-02-11T09:00:00Z', channel: 'messaging', question: 'Waar vind ik een huisarts?', minutes: 15, labelIds: [cb.themes.health.id] }).expect(201);
      await t.http().post('/api/helpdesk-questions').set(auth).send({ receivedAt: '2026-02-12T09:00:00Z', channel: 'email', question: 'Cursus Nederlands?', minutes: 5, labelIds: [cb.themes.language.id] }).expect(201);
    });

    it('gives minutes, shares and log counts at the top level without double counting', async () => {
      const res = await t
        .http()
        .get('/api/reports/themes')
        .query({ filter: JSON.stringify({ occurredAt_gte: '2026-01-01T00:00:00Z' }) })
        .set(reportOrg.auth('coordinator'))
        .expect(200);
      expect(res.body.totalMinutes).toBe(150);
      const rows = res.body.rows.map((r: { name: { en: string }; minutes: number; share: number; logs: number }) => [r.name.en, r.minutes, r.share, r.logs]);
      expect(rows).toEqual([
        ['Work', 90, 0.6, 2],
        ['Housing', 30, 0.2, 1],
        ['Health care', 20, 20 / 150, 1],
        ['Unlabelled', 10, 10 / 150, 1],
      ]);
      expect(res.body.rows.reduce((s: number, r: { share: number }) => s + r.share, 0)).toBeCloseTo(1, 10);
      expect(res.body.helpdesk.totalMinutes).toBe(20);
      expect(res.body.helpdesk.rows.map((r: { name: { en: string }; share: number }) => [r.name.en, r.share])).toEqual([
        ['Health care', 0.75],
        ['Language', 0.25],
      ]);
    });

    it('reads the whole organisation without filters, counting a log once per theme even with two of its labels', async () => {
      const auth = reportOrg.auth('researcher');
      const h = (await t.http().post('/api/households').set(auth).send(householdBody({ municipality: 'Amsterdam' }))).body.id;
      // Work theme and its domain child on one log: 40 minutes, one log, for Work.
      await t.http().post('/api/contact-logs').set(auth).send({ householdId: h, occurredAt: '2024-05-01T09:00:00Z', minutes: 40, channel: 'phone', labelIds: [cb.themes.work.id, cb.byDomain.work.id] }).expect(201);
      const res = await t.http().get('/api/reports/themes').set(reportOrg.auth('coordinator')).expect(200);
      expect(res.body.totalMinutes).toBe(290);
      const rows = res.body.rows.map((r: { name: { en: string }; minutes: number; logs: number }) => [r.name.en, r.minutes, r.logs]);
      expect(rows).toEqual([
        ['Work', 230, 4],
        ['Housing', 30, 1],
        ['Health care', 20, 1],
        ['Unlabelled', 10, 1],
      ]);
      const all = await t.http().get('/api/reports/themes').query({ filter: JSON.stringify({ level: 'all' }) }).set(reportOrg.auth('coordinator')).expect(200);
      expect(all.body.rows.find((r: { labelId: string }) => r.labelId === cb.byDomain.work.id)).toMatchObject({ minutes: 20, logs: 1 });
      expect(all.body.rows.find((r: { labelId: string }) => r.labelId === cb.themes.work.id)).toMatchObject({ minutes: 210, logs: 4 });
    });

    it('shows the domain label itself at all levels, and filters by municipality', async () => {
      const all = await t.http().get('/api/reports/themes').query({ filter: JSON.stringify({ level: 'all', occurredAt_gte: '2026-01-01T00:00:00Z' }) }).set(reportOrg.auth('coordinator')).expect(200);
      expect(all.body.rows.find((r: { labelId: string }) => r.labelId === cb.byDomain.health_social_care.id).minutes).toBe(20);
      const total = async (filter: Record<string, unknown>) =>
        (await t.http().get('/api/reports/themes').query({ filter: JSON.stringify(filter) }).set(reportOrg.auth('coordinator')).expect(200)).body.totalMinutes;
      expect(await total({ municipality: 'Nijmegen', occurredAt_gte: '2026-01-01T00:00:00Z' })).toBe(150);
      expect(await total({ authorId: reportOrg.users.researcher.id })).toBe(290);
      expect(await total({ authorId: reportOrg.users.coordinator.id })).toBe(0);
      expect(await total({ track: 'individual_support', municipality: 'Amsterdam' })).toBe(40);
      const none = await t.http().get('/api/reports/themes').query({ filter: JSON.stringify({ municipality: 'Zaanstad' }) }).set(reportOrg.auth('coordinator')).expect(200);
      expect(none.body).toMatchObject({ totalMinutes: 0, rows: [] });
      await t.http().get('/api/reports/themes').query({ filter: JSON.stringify({ level: 'some' }) }).set(reportOrg.auth('coordinator')).expect(400);
      const csv = await t.http().get('/api/reports/themes?format=csv').set(reportOrg.auth('coordinator')).expect(200);
      expect(csv.text.split('\r\n')[0]).toBe('source,label,labelId,minutes,share,count');
    });
  });

  describe('double coding', () => {
    it("draws a sample, hides each coder's labels from the other, and reports agreement and kappa", async () => {
      const coderA = org.users.researcher;
      const coderB = org.users.caseworker;
      const logs = [];
      for (let i = 0; i < 4; i++) logs.push(await log({ note: `log ${i}`, occurredAt: `2030-01-0${i + 1}T10:00:00Z` }));
      const sample = (await t.http().post('/api/coding-samples').set(org.auth('coordinator')).send({ name: 'Q1', size: 4, firstCoderId: coderA.id, secondCoderId: coderB.id, from: '2030-01-01T00:00:00Z' }).expect(201)).body;
      expect(sample.contactLogIds.sort()).toEqual(logs.map((l) => l.id).sort());
      await t.http().post('/api/coding-samples').set(org.auth('researcher')).send({ name: 'X', size: 4, firstCoderId: coderA.id, secondCoderId: coderB.id }).expect(403);
      const work = themes.work.id;
      const housing = themes.housing.id;
      // Work: both on logs 0,1; A only on 2; neither on 3 → kappa = (0.75 − 0.5) / 0.5 = 0.5
      const codeA = [[work], [work, housing], [work], []];
      const codeB = [[work], [work], [], [housing]];
      for (const [i, l] of logs.entries()) {
        await t.http().put(`/api/coding-samples/${sample.id}/items/${l.id}`).set(org.auth('researcher')).send({ labelIds: codeA[i] }).expect(200);
      }
      const bView = await t.http().get(`/api/coding-samples/${sample.id}/items`).set(org.auth('caseworker')).expect(200);
      expect(bView.body.every((item: { labelIds: string[] }) => item.labelIds.length === 0)).toBe(true);
      for (const [i, l] of logs.entries()) {
        await t.http().put(`/api/coding-samples/${sample.id}/items/${l.id}`).set(org.auth('caseworker')).send({ labelIds: codeB[i] }).expect(200);
      }
      await t.http().put(`/api/coding-samples/${sample.id}/items/${logs[0].id}`).set(org.auth('matcher')).send({ labelIds: [] }).expect(403);
      // A coder cannot peek at the other's labels through the agreement report.
      await t.http().get(`/api/coding-samples/${sample.id}/agreement`).set(org.auth('researcher')).expect(403);
      const report = await t.http().get(`/api/coding-samples/${sample.id}/agreement`).set(org.auth('coordinator')).expect(200);
      expect(report.body.codedByBoth).toBe(4);
      const w = report.body.labels.find((l: { labelId: string }) => l.labelId === work);
      expect(w).toMatchObject({ both: 2, firstOnly: 1, secondOnly: 0, neither: 1, agreement: 0.75 });
      expect(w.kappa).toBeCloseTo(0.5, 10);
      // Housing: A on 1, B on 3 → observed 0.5, chance 0.625, kappa = −1/3
      expect(report.body.labels.find((l: { labelId: string }) => l.labelId === housing).kappa).toBeCloseTo(-1 / 3, 10);
      expect(report.body.disagreements.map((d: { contactLogId: string }) => d.contactLogId).sort()).toEqual([logs[1].id, logs[2].id, logs[3].id].sort());
    });
  });
});
