import { createTestApp, createTestOrg, householdBody, type TestApp, type TestOrg } from './support/test-app.js';

describe('households API', () => {
  let t: TestApp;
  let org: TestOrg;
  const q = (params: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(params).map(([k, v]) => [k, JSON.stringify(v)]));

  beforeAll(async () => {
    t = await createTestApp();
    org = await createTestOrg(t, 'Households');
    // A small known set to list, sort and filter.
    const rows = [
      {
        reference: 'LIST-A',
        municipality: 'Zaanstad',
        track: 'helpdesk',
        shelterEndDate: '2026-01-10',
        notes: 'moved from Kharkiv',
      },
      { reference: 'LIST-B', municipality: 'Amsterdam', track: 'individual_support', shelterEndDate: '2026-03-01' },
      {
        reference: 'LIST-C',
        municipality: 'Nijmegen',
        track: 'placement',
        shelterEndDate: '2026-06-30',
        assigneeIds: [org.users.caseworker.id],
      },
      { reference: 'LIST-D', municipality: 'Zaanstad', track: 'individual_support', status: 'closed' },
    ];
    for (const row of rows) {
      await t.http().post('/api/households').set(org.auth('caseworker')).send(householdBody(row)).expect(201);
    }
  });

  afterAll(() => t.close());

  it('creates a household and returns it with id, version and timestamps', async () => {
    const body = householdBody({ languages: ['uk', 'ru'], shelterEndDate: '2027-01-31', notes: 'Друга спроба' });
    const res = await t.http().post('/api/households').set(org.auth('caseworker')).send(body).expect(201);
    expect(res.body).toMatchObject({ ...body, status: 'active', version: 1, organizationId: org.organization.id });
    expect(res.body.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.body.createdAt).toMatch(/Z$/);
    expect(res.body).not.toHaveProperty('deletedAt');
    const fetched = await t.http().get(`/api/households/${res.body.id}`).set(org.auth('researcher')).expect(200);
    expect(fetched.body.notes).toBe('Друга спроба');
  });

  it("lists the organisation's municipalities once each, for the filter", async () => {
    const own = await createTestOrg(t, 'Municipalities');
    for (const [reference, municipality] of [
      ['M-1', 'Zaanstad'],
      ['M-2', 'zaanstad'],
      ['M-3', 'Almere'],
      ['M-4', 'Zaanstad'],
    ]) {
      await t
        .http()
        .post('/api/households')
        .set(own.auth('caseworker'))
        .send(householdBody({ reference, municipality }))
        .expect(201);
    }
    const res = await t.http().get('/api/households/municipalities').set(own.auth('researcher')).expect(200);
    expect(res.body).toEqual(['Almere', 'Zaanstad']);
    // Another organisation's municipalities (Amsterdam, Nijmegen in the set above) are not shown.
    const other = await t.http().get('/api/households/municipalities').set(org.auth('caseworker')).expect(200);
    expect(other.body).toEqual(expect.arrayContaining(['Amsterdam', 'Nijmegen', 'Zaanstad']));
    expect(other.body).not.toContain('Almere');
    await t.http().get('/api/households/municipalities').expect(401);
  });

  it('lists with sort, range and Content-Range', async () => {
    const res = await t
      .http()
      .get('/api/households')
      .query(q({ sort: ['reference', 'DESC'], range: [1, 2], filter: { q: 'LIST-' } }))
      .set(org.auth('caseworker'))
      .expect(200);
    expect(res.body.map((h: { reference: string }) => h.reference)).toEqual(['LIST-C', 'LIST-B']);
    expect(res.headers['content-range']).toBe('households 1-2/4');
    expect(res.headers['access-control-expose-headers']).toContain('Content-Range');
  });

  it('filters by equality, one-of, ranges, assignee, ids and full text', async () => {
    const list = async (filter: Record<string, unknown>) => {
      const res = await t
        .http()
        .get('/api/households')
        .query(q({ filter: { q: 'LIST-', ...filter }, sort: ['reference', 'ASC'] }))
        .set(org.auth('caseworker'))
        .expect(200);
      return res.body.map((h: { reference: string }) => h.reference);
    };
    expect(await list({ municipality: 'Zaanstad' })).toEqual(['LIST-A', 'LIST-D']);
    // Case-insensitive: a caseworker types "zaanstad".
    expect(await list({ municipality: 'zaanstad' })).toEqual(['LIST-A', 'LIST-D']);
    expect(await list({ municipality: ' ZAANSTAD ' })).toEqual(['LIST-A', 'LIST-D']);
    expect(await list({ municipality: ['amsterdam', 'Nijmegen'] })).toEqual(['LIST-B', 'LIST-C']);
    expect(await list({ municipality: 'Zaan' })).toEqual([]);
    expect(await list({ track: ['helpdesk', 'placement'] })).toEqual(['LIST-A', 'LIST-C']);
    expect(await list({ shelterEndDate_gte: '2026-02-01', shelterEndDate_lte: '2026-06-30' })).toEqual([
      'LIST-B',
      'LIST-C',
    ]);
    expect(await list({ assigneeIds: org.users.caseworker.id })).toEqual(['LIST-C']);
    expect(await list({ status: 'closed' })).toEqual(['LIST-D']);
    const all = await t
      .http()
      .get('/api/households')
      .query(q({ filter: { q: 'kharkiv' } }))
      .set(org.auth('caseworker'));
    expect(all.body.map((h: { reference: string }) => h.reference)).toEqual(['LIST-A']);
    const ids = [all.body[0].id];
    const many = await t
      .http()
      .get('/api/households')
      .query(q({ filter: { id: ids } }))
      .set(org.auth('caseworker'));
    expect(many.body).toHaveLength(1);
    expect(many.headers['content-range']).toBe('households 0-0/1');
  });

  it('treats LIKE wildcards in q as text', async () => {
    const res = await t
      .http()
      .get('/api/households')
      .query(q({ filter: { q: '%' } }))
      .set(org.auth('caseworker'))
      .expect(200);
    expect(res.body).toEqual([]);
    expect(res.headers['content-range']).toBe('households */0');
  });

  it.each([
    ['unknown sort field', { sort: ['password', 'ASC'] }],
    ['bad sort order', { sort: ['reference', 'UP'] }],
    ['unknown filter', { filter: { secret: 1 } }],
    ['bad enum in filter', { filter: { track: 'nope' } }],
    ['bad date in filter', { filter: { shelterEndDate_gte: 'tomorrow' } }],
    ['page too large', { range: [0, 5000] }],
    ['inverted range', { range: [10, 2] }],
  ])('answers 400 for %s', async (_name, params) => {
    const res = await t.http().get('/api/households').query(q(params)).set(org.auth('caseworker')).expect(400);
    expect(res.body).toEqual({ statusCode: 400, code: 'invalid_query', message: expect.any(String) });
  });

  it('answers 400 for malformed JSON in the query and in the body', async () => {
    await t.http().get('/api/households?filter={oops').set(org.auth('caseworker')).expect(400);
    const res = await t
      .http()
      .post('/api/households')
      .set(org.auth('caseworker'))
      .set('Content-Type', 'application/json')
      .send('{"reference": ')
      .expect(400);
    expect(res.body).toEqual({ statusCode: 400, code: 'malformed_json', message: 'Malformed JSON in request body' });
  });

  it('answers 422 with a message per field', async () => {
    const res = await t
      .http()
      .post('/api/households')
      .set(org.auth('caseworker'))
      .send({ reference: '  ', shelterType: 'tent', shelterEndDate: '2026-02-30', assigneeIds: ['x'], extra: true })
      .expect(422);
    expect(res.body.statusCode).toBe(422);
    expect(res.body.message).toBe('Validation failed');
    expect(res.body.errors).toMatchObject({
      reference: 'must not be empty',
      municipality: 'is required',
      shelterType: expect.stringContaining('must be one of: host_family'),
      shelterEndDate: 'must be a date (YYYY-MM-DD)',
      protectionBasis: 'is required',
      track: 'is required',
      assigneeIds: 'must be user ids',
      extra: 'is not a known field',
    });
  });

  it('refuses a duplicate reference and assignees of another organisation', async () => {
    const other = await createTestOrg(t, 'Other');
    const dup = await t
      .http()
      .post('/api/households')
      .set(org.auth('caseworker'))
      .send(householdBody({ reference: 'LIST-A' }))
      .expect(422);
    expect(dup.body.errors.reference).toMatch(/already used/);
    expect(dup.body.code).toBe('validation_failed');
    expect(dup.body.fieldCodes).toEqual({ reference: { code: 'reference_taken' } });
    const foreign = await t
      .http()
      .post('/api/households')
      .set(org.auth('caseworker'))
      .send(householdBody({ assigneeIds: [other.users.caseworker.id] }))
      .expect(422);
    expect(foreign.body.errors.assigneeIds).toBeDefined();
  });

  it('updates with PUT, keeps fields not sent, and ignores the meta fields react-admin sends back', async () => {
    const created = (
      await t
        .http()
        .post('/api/households')
        .set(org.auth('caseworker'))
        .send(householdBody({ notes: 'keep me' }))
    ).body;
    const res = await t
      .http()
      .put(`/api/households/${created.id}`)
      .set(org.auth('caseworker'))
      .send({ ...created, municipality: 'Amsterdam', notes: undefined })
      .expect(200);
    expect(res.body).toMatchObject({ municipality: 'Amsterdam', notes: 'keep me', version: 2, id: created.id });
    const cleared = await t
      .http()
      .put(`/api/households/${created.id}`)
      .set(org.auth('caseworker'))
      .send({ notes: null })
      .expect(200);
    expect(cleared.body.notes).toBeNull();
    const nulled = await t
      .http()
      .put(`/api/households/${created.id}`)
      .set(org.auth('caseworker'))
      .send({ municipality: null })
      .expect(422);
    expect(nulled.body.errors.municipality).toBe('is required');
  });

  it('answers 409 on a stale version and leaves the record as it was', async () => {
    const created = (await t.http().post('/api/households').set(org.auth('caseworker')).send(householdBody())).body;
    await t
      .http()
      .put(`/api/households/${created.id}`)
      .set(org.auth('caseworker'))
      .send({ version: 1, municipality: 'Amsterdam' })
      .expect(200);
    const stale = await t
      .http()
      .put(`/api/households/${created.id}`)
      .set(org.auth('researcher'))
      .send({ version: 1, municipality: 'Nijmegen' })
      .expect(409);
    expect(stale.body.statusCode).toBe(409);
    expect(stale.body).toMatchObject({ code: 'stale_version', params: { version: 2 } });
    const now = await t.http().get(`/api/households/${created.id}`).set(org.auth('caseworker')).expect(200);
    expect(now.body).toMatchObject({ municipality: 'Amsterdam', version: 2 });
  });

  it('soft deletes: gone from the API, kept in the database', async () => {
    const created = (await t.http().post('/api/households').set(org.auth('caseworker')).send(householdBody())).body;
    const res = await t.http().delete(`/api/households/${created.id}`).set(org.auth('caseworker')).expect(200);
    expect(res.body.id).toBe(created.id);
    await t.http().get(`/api/households/${created.id}`).set(org.auth('caseworker')).expect(404);
    const [row] = await t.dataSource.query('SELECT deleted_at FROM households WHERE id = $1', [created.id]);
    expect(row.deleted_at).toBeInstanceOf(Date);
    // The reference is free again for a new household.
    await t
      .http()
      .post('/api/households')
      .set(org.auth('caseworker'))
      .send(householdBody({ reference: created.reference }))
      .expect(201);
  });

  it('refuses to delete a household that still has members', async () => {
    const created = (await t.http().post('/api/households').set(org.auth('caseworker')).send(householdBody())).body;
    await t
      .http()
      .post('/api/persons')
      .set(org.auth('caseworker'))
      .send({ householdId: created.id, firstName: 'Olena' })
      .expect(201);
    const res = await t.http().delete(`/api/households/${created.id}`).set(org.auth('caseworker')).expect(409);
    expect(res.body.message).toMatch(/member/);
    expect(res.body).toMatchObject({ code: 'household_has_members', params: { count: 1 } });
    await t.http().get(`/api/households/${created.id}`).set(org.auth('caseworker')).expect(200);
  });

  it('lets only some roles delete', async () => {
    const created = (await t.http().post('/api/households').set(org.auth('caseworker')).send(householdBody())).body;
    await t.http().delete(`/api/households/${created.id}`).set(org.auth('matcher')).expect(403);
    await t.http().delete(`/api/households/${created.id}`).set(org.auth('researcher')).expect(403);
  });

  it('answers 404 for an id that does not exist or is not an id', async () => {
    await t.http().get('/api/households/00000000-0000-4000-8000-000000000000').set(org.auth('caseworker')).expect(404);
    await t.http().get('/api/households/not-a-uuid').set(org.auth('caseworker')).expect(404);
  });
});
