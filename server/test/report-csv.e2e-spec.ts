import { createTestApp, createTestOrg, householdBody, type TestApp, type TestOrg } from './support/test-app.js';

/** The report CSVs are read by people: their language, their spreadsheet, the filters they chose. */
describe('report CSVs for people', () => {
  let t: TestApp;
  let org: TestOrg;
  let household: { id: string; reference: string };

  const csv = async (path: string, query: Record<string, string>, status = 200) =>
    (
      await t
        .http()
        .get(path)
        .query({ format: 'csv', ...query })
        .set(org.auth('coordinator'))
        .expect(status)
    ).text;
  /** The lines, without the byte order mark. */
  const lines = (text: string) => text.replace(/^\ufeff/, '').split('\r\n');

  beforeAll(async () => {
    t = await createTestApp();
    org = await createTestOrg(t, 'CsvReports');
    const auth = org.auth('researcher');
    const label = async (name: Record<string, string>) =>
      (await t.http().post('/api/labels').set(org.auth('admin')).send({ name }).expect(201)).body.id as string;
    const work = await label({ nl: 'Werk', en: 'Work', uk: 'Робота' });
    const housing = await label({ nl: 'Wonen', en: 'Housing', uk: 'Житло' });
    const employer = (
      await t.http().post('/api/employers').set(org.auth('matcher')).send({ name: 'Bakkerij Zaan' }).expect(201)
    ).body.id;
    // Five households alike, so every group is of 5 and shows (the small-group rule, issue 15); the first is
    // the one filtered on.
    for (let i = 0; i < 5; i++) {
      const body = householdBody({ municipality: 'Zaanstad', track: 'placement', protectionBasis: 'status_holder' });
      const id = (await t.http().post('/api/households').set(auth).send(body).expect(201)).body.id;
      if (i === 0) household = { id, reference: body.reference };
      const person = (
        await t
          .http()
          .post('/api/persons')
          .set(auth)
          .send({ householdId: id, firstName: 'Olena', matchingSince: '2026-01-05' })
          .expect(201)
      ).body.id;
      // Work 20 of 30 minutes (66.67 %), Housing 10 (33.33 %).
      for (const labelIds of [[work], [work], [housing]]) {
        await t
          .http()
          .post('/api/contact-logs')
          .set(auth)
          .send({
            householdId: id,
            personIds: [person],
            occurredAt: '2026-02-10T09:00:00Z',
            minutes: 10,
            channel: 'phone',
            labelIds,
          })
          .expect(201);
      }
      // Housing: one resolved of three (33.33 %).
      for (const status of ['resolved', 'open', 'in_progress']) {
        await t
          .http()
          .post('/api/obstacles')
          .set(auth)
          .send({
            personId: person,
            domainKey: 'housing',
            title: `Woning ${status}`,
            identifiedOn: '2026-01-10',
            status,
            ...(status === 'resolved' ? { resolvedOn: '2026-01-20' } : {}),
          })
          .expect(201);
      }
      // One of two matched persons works full-time: 50 %; the other's share of hours makes no difference.
      const other = (
        await t
          .http()
          .post('/api/persons')
          .set(auth)
          .send({ householdId: id, firstName: 'Taras', matchingSince: '2026-01-05' })
          .expect(201)
      ).body.id;
      for (const [personId, hoursPerWeek] of [
        [person, 36],
        [other, 24],
      ] as const) {
        await t
          .http()
          .post('/api/placements')
          .set(org.auth('matcher'))
          .send({
            personId,
            employerId: employer,
            type: 'paid_job',
            contractType: 'fixed_term',
            status: 'started',
            startDate: '2026-02-01',
            hoursPerWeek,
            fit: 'fits',
          })
          .expect(201);
      }
    }
  }, 120_000);
  afterAll(() => t.close());

  it("names themes in the reader's language, rounds shares and leaves ids out, with the filters on the first line", async () => {
    const filter = JSON.stringify({
      occurredAt_gte: '2026-01-01',
      municipality: 'Zaanstad',
      householdId: household.id,
      authorId: org.users.researcher.id,
    });
    const nl = lines(await csv('/api/reports/themes', { lang: 'nl', filter }));
    expect(nl[0]).toBe(
      `# Tijd per thema · Filters: Labels: Hoofdniveau · Vanaf: 1 januari 2026 · Gemeente: Zaanstad · Auteur: ${org.users.researcher.fullName} · Huishouden: ${household.reference}`,
    );
    expect(nl[1]).toBe('Bron;Thema;Minuten;Aandeel (%);Aantal');
    // One household: fewer than 5, said in the reader's language, the share and number left empty.
    expect(nl).toContain('Contactmomenten;Werk;minder dan 5;;');
    expect(nl.join('\n')).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
    const all = lines(await csv('/api/reports/themes', { lang: 'nl' }));
    expect(all).toContain('Contactmomenten;Werk;100;66,7;10');
    expect(all).toContain('Contactmomenten;Wonen;50;33,3;5');

    const uk = lines(await csv('/api/reports/themes', { locale: 'uk', filter: JSON.stringify({ level: 'all' }) }));
    expect(uk[0]).toBe('# Час за темами · Фільтри: Мітки: Усі рівні');
    expect(uk).toContain('Записи контактів;Робота;100;66,7;10');

    const en = lines(await csv('/api/reports/themes', {}));
    expect(en[0]).toBe('# Time per theme · Filters: Labels: Top level');
    expect(en.slice(1, 3)).toEqual(['Source,Theme,Minutes,Share (%),Number', 'Contact logs,Work,100,66.7,10']);

    const withIds = lines(await csv('/api/reports/themes', { lang: 'en', ids: 'true' }));
    expect(withIds[1]).toBe('Source,Theme,labelId,Minutes,Share (%),Number');
    expect(withIds[2]).toMatch(/^Contact logs,Work,[0-9a-f-]{36},100,66.7,10$/);
  });

  it('starts with a byte order mark so a spreadsheet reads the Cyrillic right', async () => {
    const res = await t
      .http()
      .get('/api/reports/themes')
      .query({ format: 'csv', lang: 'uk' })
      .set(org.auth('coordinator'))
      .buffer(true)
      .expect(200);
    expect(res.text.charCodeAt(0)).toBe(0xfeff);
  });

  it("names obstacle domains and statuses in the reader's language", async () => {
    const filter = JSON.stringify({
      identifiedOn_gte: '2026-01-01',
      identifiedOn_lte: '2026-01-31',
      track: 'placement',
    });
    const nl = lines(await csv('/api/reports/obstacles', { lang: 'nl', filter }));
    expect(nl[0]).toBe(
      '# Obstakels per domein · Filters: Gesignaleerd vanaf: 1 januari 2026 · Gesignaleerd tot en met: 31 januari 2026 · Traject: Plaatsing',
    );
    expect(nl[1]).toBe(
      'Domein;Open;Mee bezig;Opgelost;Niet oplosbaar;Totaal;Mediaan dagen tot oplossing;Aandeel opgelost (%)',
    );
    expect(nl).toContain('Huisvesting;5;5;5;0;15;10;33,3');
    expect(nl.join('\n')).not.toMatch(/housing|[0-9a-f]{8}-[0-9a-f]{4}-/);

    const uk = lines(await csv('/api/reports/obstacles', { lang: 'uk' }));
    expect(uk[1]).toBe(
      'Сфера;Відкрита;У роботі;Вирішена;Не вирішується;Усього;Медіана днів до вирішення;Частка вирішених (%)',
    );

    const ids = lines(await csv('/api/reports/obstacles', { lang: 'en', ids: 'true' }));
    expect(ids[1].startsWith('domainKey,Domain,Open,')).toBe(true);
    expect(ids).toContain('housing,Housing,5,5,5,0,15,10,33.3');
  });

  it('writes the placements report as named figures in percent, the funnel as nested steps', async () => {
    const filter = JSON.stringify({ startDate_gte: '2026-01-01', matcherId: org.users.matcher.id });
    const nl = lines(await csv('/api/reports/placements', { lang: 'nl', filter }));
    expect(nl[0]).toBe(`# Plaatsingen · Filters: Start vanaf: 1 januari 2026 · Matcher: ${org.users.matcher.fullName}`);
    expect(nl[1]).toBe('Onderdeel;Onderwerp;Waarde');
    expect(nl.slice(2, 6)).toEqual([
      'Trechter (personen);Ondersteund;10',
      'Trechter (personen);Een match;10',
      'Trechter (personen);Duurzame match;10',
      'Activiteit (personen);Met een netwerkgesprek;0',
    ]);
    expect(nl).toContain('Uren;Voltijd (35+ uur) (%);50');
    expect(nl).toContain('Personen per soort match;Betaald werk;10');
    expect(nl).toContain('Soorten contract (personen);Tijdelijk;10');
    // No one on another contract: zero names nobody.
    expect(nl).toContain('Soorten contract (personen);Vast;0');
    expect(nl).toContain('Aandeel passend per kwartaal (%);2026-Q1;100');
    expect(nl.join('\n')).not.toMatch(/paid_job|fixed_term|funnel/);

    const ids = lines(await csv('/api/reports/placements', { lang: 'en', ids: 'true' }));
    expect(ids[1]).toBe('section,key,Section,Item,Value');
    expect(ids).toContain('funnel,supported,Funnel (persons),Supported,10');
    expect(ids).toContain('byType,paid_job,Persons by type of match,Paid job,10');
  });

  it('refuses a language or ids flag it does not know, as CSV and as JSON', async () => {
    for (const path of [
      '/api/reports/themes',
      '/api/reports/obstacles',
      '/api/reports/systemic-obstacles',
      '/api/reports/placements',
    ]) {
      for (const query of [{ lang: 'de' }, { locale: 'NL' }, { lang: 'nl', locale: 'en' }, { ids: 'yes' }]) {
        const res = await t
          .http()
          .get(path)
          .query({ format: 'csv', ...query })
          .set(org.auth('coordinator'));
        expect([path, query, res.status]).toEqual([path, query, 400]);
        expect(res.body.message).toMatch(/lang|locale|ids/);
        expect([path, query, (await t.http().get(path).query(query).set(org.auth('coordinator'))).status]).toEqual([
          path,
          query,
          400,
        ]);
      }
    }
  });

  it('says "none" when no filter narrows the report', async () => {
    expect(lines(await csv('/api/reports/systemic-obstacles', { lang: 'nl' }))[0]).toBe(
      '# Systeemobstakels · Filters: geen',
    );
    expect(lines(await csv('/api/reports/placements', { lang: 'uk' }))[0]).toBe('# Працевлаштування · Фільтри: немає');
  });
});
