import { createTestApp, createTestOrg, householdBody, type TestApp, type TestOrg } from './support/test-app.js';

/**
 * The contribution of displaced people from Ukraine (letter 003), every
 * amount worked out by hand in the comments: July 2024 has 31 days, the
 * gas/water/electricity contribution is €105.00 per adult, catering €242.48,
 * each capped at twice the contribution per household.
 */
describe('policy parameters, incomes and contributions', () => {
  let t: TestApp;
  let org: TestOrg;
  const cw = () => org.auth('caseworker');

  beforeAll(async () => {
    t = await createTestApp();
    org = await createTestOrg(t, 'Contributions');
  });
  afterAll(() => t.close());

  async function household(overrides: Record<string, unknown> = {}) {
    const res = await t
      .http()
      .post('/api/households')
      .set(cw())
      .send(householdBody({ shelterType: 'municipal_shelter', ...overrides }))
      .expect(201);
    return res.body as { id: string; reference: string };
  }
  async function person(householdId: string, firstName: string, birthYear: number) {
    const res = await t.http().post('/api/persons').set(cw()).send({ householdId, firstName, birthYear }).expect(201);
    return res.body.id as string;
  }
  async function income(personId: string, source: string, from: string, to: string | null = null, amount = 1800) {
    const res = await t.http().post('/api/incomes').set(cw()).send({ personId, source, amount, from, to }).expect(201);
    return res.body as { id: string };
  }
  async function contribution(householdId: string, month: string) {
    const res = await t
      .http()
      .get(`/api/households/${householdId}/contributions`)
      .query({ month })
      .set(cw())
      .expect(200);
    return res.body as {
      exemption: string | null;
      adults: number;
      gasWaterElectricity: number;
      cateringContribution: number;
      total: number;
      livingAllowance: { personId: string; daysWithIncome: number; livingAllowanceStops: boolean }[];
      lines: {
        component: string;
        from: string;
        to: string;
        days: number;
        monthlyAmount: number;
        amount: number;
        parameters: { id: string; key: string; value: number }[];
      }[];
    };
  }
  const stops = (c: Awaited<ReturnType<typeof contribution>>, id: string) =>
    c.livingAllowance.find((f) => f.personId === id)?.livingAllowanceStops;

  it('seeds every organisation with the parameters of the letters, each with its source', async () => {
    const res = await t
      .http()
      .get('/api/policy-parameters')
      .query({ filter: JSON.stringify({ key: 'housing_component' }), sort: '["validFrom","ASC"]' })
      .set(org.auth('matcher'))
      .expect(200);
    expect(
      res.body.map((p: { value: number; validFrom: string; validTo: string | null }) => [
        p.value,
        p.validFrom,
        p.validTo,
      ]),
    ).toEqual([
      [93, '2022-03-04', '2023-09-30'],
      [80.91, '2023-10-01', null],
    ]);
    const all = await t.http().get('/api/policy-parameters').query({ range: '[0,99]' }).set(cw()).expect(200);
    const value = (key: string) => all.body.find((p: { key: string }) => p.key === key)?.value;
    expect(value('contribution_gas_water_electricity')).toBe(105);
    expect(value('contribution_catering')).toBe(242.48);
    expect(value('household_maximum_factor_gas_water_electricity')).toBe(2);
    expect(value('max_weekly_hours_lessons_and_work')).toBe(40);
    expect(value('employer_subsidy_per_status_holder')).toBe(6000);
    expect(value('employer_subsidy_max_per_employer')).toBe(24000);
    expect(value('employer_subsidy_min_hours_per_week')).toBe(20);
    expect(value('employer_subsidy_min_contract_months')).toBe(12);
    for (const p of all.body) expect(p.sourceDocument).toMatch(/\S/);
  });

  it('two adults with income from work: 2 × €105.00 = €210.00, both stop living allowance', async () => {
    const h = await household();
    const a = await person(h.id, 'Oksana', 1980);
    const b = await person(h.id, 'Taras', 1982);
    await income(a, 'work', '2024-01-01');
    await income(b, 'work', '2024-03-01');
    const c = await contribution(h.id, '2024-07');
    expect(c.exemption).toBeNull();
    expect(c.adults).toBe(2);
    expect(c.gasWaterElectricity).toBe(210);
    expect(c.cateringContribution).toBe(0);
    expect(c.total).toBe(210);
    expect(c.lines).toHaveLength(1);
    expect(c.lines[0]).toMatchObject({
      component: 'gas_water_electricity',
      from: '2024-07-01',
      to: '2024-07-31',
      days: 31,
    });
    expect(c.lines[0].parameters.map((p) => p.key)).toEqual([
      'contribution_gas_water_electricity',
      'household_maximum_factor_gas_water_electricity',
    ]);
    expect([stops(c, a), stops(c, b)]).toEqual([true, true]);
  });

  it('three adults, one earner: 3 × €105.00 = €315.00 capped at 2 × €105.00 = €210.00; a child does not count', async () => {
    const h = await household();
    const earner = await person(h.id, 'Mykola', 1975);
    const grandmother = await person(h.id, 'Halyna', 1950);
    const partner = await person(h.id, 'Iryna', 1978);
    await person(h.id, 'Sofiia', 2015);
    await income(earner, 'work', '2024-05-01');
    const c = await contribution(h.id, '2024-07');
    expect(c.adults).toBe(3);
    expect(c.lines[0].monthlyAmount).toBe(210);
    expect(c.gasWaterElectricity).toBe(210);
    expect([stops(c, earner), stops(c, grandmother), stops(c, partner)]).toEqual([true, false, false]);
    // Before the contribution existed (1 June 2024) there is nothing to charge: no version, no line.
    const before = await contribution(h.id, '2024-05');
    expect(before.total).toBe(0);
    expect(before.lines).toEqual([]);
    expect(stops(before, earner)).toBe(true);
  });

  it('a catering household: €105.00 + €242.48 = €347.48 for one adult', async () => {
    const h = await household({ catering: true });
    const adult = await person(h.id, 'Nadiia', 1990);
    await person(h.id, 'Andrii', 2018);
    await income(adult, 'work', '2024-06-01');
    const c = await contribution(h.id, '2024-07');
    expect(c.gasWaterElectricity).toBe(105);
    expect(c.cateringContribution).toBe(242.48);
    expect(c.total).toBe(347.48);
    expect(c.lines.map((l) => l.component)).toEqual(['gas_water_electricity', 'catering']);
  });

  it('an income that ends mid-month counts its days: €210.00 × 10 / 31 = €67.74; a benefit stops living allowance only', async () => {
    const h = await household();
    const worker = await person(h.id, 'Olha', 1988);
    const onBenefit = await person(h.id, 'Petro', 1986);
    await income(worker, 'work', '2024-02-01', '2024-07-10');
    await income(onBenefit, 'wage_replacement_benefit', '2024-01-01');
    const c = await contribution(h.id, '2024-07');
    expect(c.lines).toHaveLength(1);
    expect(c.lines[0]).toMatchObject({ from: '2024-07-01', to: '2024-07-10', days: 10, monthlyAmount: 210 });
    expect(c.gasWaterElectricity).toBe(67.74);
    expect(c.livingAllowance.find((f) => f.personId === worker)?.daysWithIncome).toBe(10);
    expect([stops(c, worker), stops(c, onBenefit)]).toEqual([true, true]);
    const august = await contribution(h.id, '2024-08');
    expect(august.total).toBe(0);
    expect(stops(august, worker)).toBe(false);
  });

  it('households outside the rule owe nothing, and say why', async () => {
    const guest = await household({ shelterType: 'host_family' });
    await income(await person(guest.id, 'Vira', 1991), 'work', '2024-01-01');
    expect((await contribution(guest.id, '2024-07')).exemption).toBe('not_in_municipal_shelter');
    const holder = await household({ protectionBasis: 'status_holder' });
    await income(await person(holder.id, 'Samir', 1991), 'work', '2024-01-01');
    const c = await contribution(holder.id, '2024-07');
    expect(c).toMatchObject({ exemption: 'not_temporary_protection', total: 0, lines: [] });
  });

  it('a new version from a date ends the old one the day before; a month across it is split by days', async () => {
    const h = await household();
    await income(await person(h.id, 'Roman', 1970), 'work', '2024-01-01');
    await income(await person(h.id, 'Liudmyla', 1972), 'work', '2024-01-01');
    const body = {
      key: 'contribution_gas_water_electricity',
      value: 110,
      unit: 'eur_per_adult_per_month',
      validFrom: '2024-08-16',
      sourceDocument: 'Test: a change in the middle of a month',
    };
    await t.http().post('/api/policy-parameters').set(cw()).send(body).expect(403);
    const created = await t.http().post('/api/policy-parameters').set(org.auth('admin')).send(body).expect(201);
    const versions = await t
      .http()
      .get('/api/policy-parameters')
      .query({ filter: JSON.stringify({ key: 'contribution_gas_water_electricity' }), sort: '["validFrom","ASC"]' })
      .set(cw())
      .expect(200);
    expect(versions.body.map((v: { value: number; validTo: string | null }) => [v.value, v.validTo])).toEqual([
      [105, '2024-08-15'],
      [110, null],
    ]);
    // August 2024: 15 days at 2 × €105.00 = €210.00 → 210 × 15 / 31 = €101.61;
    // 16 days at 2 × €110.00 = €220.00 → 220 × 16 / 31 = €113.55; together €215.16.
    const c = await contribution(h.id, '2024-08');
    expect(c.lines.map((l) => [l.from, l.to, l.monthlyAmount, l.amount])).toEqual([
      ['2024-08-01', '2024-08-15', 210, 101.61],
      ['2024-08-16', '2024-08-31', 220, 113.55],
    ]);
    expect(c.lines[1].parameters[0].id).toBe(created.body.id);
    expect(c.gasWaterElectricity).toBe(215.16);
    // The July amount is what it was: the old version still applies there.
    expect((await contribution(h.id, '2024-07')).gasWaterElectricity).toBe(210);

    const refused = await t
      .http()
      .post('/api/policy-parameters')
      .set(org.auth('admin'))
      .send({ ...body, validFrom: '2024-08-16', value: 111 })
      .expect(422);
    expect(refused.body.fieldCodes.validFrom.code).toBe('not_after_latest_version');
    const wrongUnit = await t
      .http()
      .post('/api/policy-parameters')
      .set(org.auth('admin'))
      .send({ ...body, validFrom: '2025-01-01', unit: 'months' })
      .expect(422);
    expect(wrongUnit.body.fieldCodes.unit.code).toBe('not_allowed_value');

    const events = await t
      .http()
      .get('/api/audit-events')
      .query({ filter: JSON.stringify({ resource: 'policy-parameters' }), range: '[0,99]' })
      .set(org.auth('admin'))
      .expect(200);
    expect(events.body.map((e: { action: string; fields: string[] }) => [e.action, e.fields]).sort()).toEqual([
      ['create', ['key', 'sourceDocument', 'unit', 'validFrom', 'value']],
      ['update', ['validTo']],
    ]);
  });

  it('lists every household in the report, as JSON and as CSV', async () => {
    const h = await household({ catering: true, municipality: 'Rapportstad' });
    await income(await person(h.id, 'Yurii', 1985), 'work', '2024-01-01');
    const json = await t
      .http()
      .get('/api/reports/contributions')
      .query({ month: '2024-07', filter: JSON.stringify({ municipality: 'Rapportstad' }) })
      .set(cw())
      .expect(200);
    expect(json.body.households).toEqual([
      expect.objectContaining({
        householdId: h.id,
        adults: 1,
        gasWaterElectricity: 105,
        cateringContribution: 242.48,
        total: 347.48,
        livingAllowanceStops: 1,
      }),
    ]);
    expect(json.body.totals.total).toBe(347.48);
    const all = await t.http().get('/api/reports/contributions').query({ month: '2024-07' }).set(cw()).expect(200);
    expect(all.body.households.length).toBeGreaterThanOrEqual(7);
    const csv = await t
      .http()
      .get('/api/reports/contributions')
      .query({ month: '2024-07', format: 'csv', lang: 'nl', filter: JSON.stringify({ municipality: 'Rapportstad' }) })
      .set(cw())
      .expect(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    expect(csv.text).toContain(`${h.reference};Rapportstad;;ja;1;105;242,48;347,48;1`);
    await t.http().get('/api/reports/contributions').query({ month: '2024-13' }).set(cw()).expect(400);
    await t.http().get('/api/reports/contributions').set(cw()).expect(400);
    await t
      .http()
      .get('/api/reports/contributions')
      .query({ month: '2024-07' })
      .set(org.auth('researcher'))
      .expect(403);
  });

  it('keeps incomes to their rules, in the organisation and the audit trail', async () => {
    const h = await household();
    const p = await person(h.id, 'Dmytro', 1990);
    const bad = await t
      .http()
      .post('/api/incomes')
      .set(cw())
      .send({ personId: p, source: 'work', amount: 1000, from: '2024-05-01', to: '2024-04-30' })
      .expect(422);
    expect(bad.body.fieldCodes.to.code).toBe('before_start_date');
    await t
      .http()
      .post('/api/incomes')
      .set(cw())
      .send({ personId: p, source: 'gift', amount: -1, from: '2024-05-01' })
      .expect(422);
    const made = await income(p, 'allowance', '2024-05-01');
    await t.http().get(`/api/incomes/${made.id}`).set(org.auth('researcher')).expect(403);
    await t.http().put(`/api/incomes/${made.id}`).set(cw()).send({ to: '2024-06-30' }).expect(200);
    const events = await t
      .http()
      .get('/api/audit-events')
      .query({ filter: JSON.stringify({ recordId: made.id }), range: '[0,9]' })
      .set(org.auth('admin'))
      .expect(200);
    expect(events.body.map((e: { action: string }) => e.action).sort()).toEqual(['create', 'update']);
    await t.http().get(`/api/households/${h.id}/contributions`).query({ month: 'July' }).set(cw()).expect(400);
    const other = await createTestOrg(t, 'Other');
    await t.http().get(`/api/incomes/${made.id}`).set(other.auth('caseworker')).expect(404);
    await t
      .http()
      .get(`/api/households/${h.id}/contributions`)
      .query({ month: '2024-07' })
      .set(other.auth('caseworker'))
      .expect(404);
  });
});
