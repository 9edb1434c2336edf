import { viewableResources } from '../src/saved-views/saved-views.service.js';
import { createTestApp, createTestOrg, type TestApp, type TestOrg } from './support/test-app.js';

describe('saved views (saved-views)', () => {
  let t: TestApp;
  let org: TestOrg;
  let other: TestOrg;

  beforeAll(async () => {
    t = await createTestApp();
    org = await createTestOrg(t, 'Views');
    other = await createTestOrg(t, 'Views other');
  });
  afterAll(() => t.close());

  const save = (who: TestOrg, role: Parameters<TestOrg['auth']>[0], body: object) =>
    t.http().post('/api/saved-views').set(who.auth(role)).send(body);
  const names = async (who: TestOrg, role: Parameters<TestOrg['auth']>[0], resource: string) =>
    (
      await t
        .http()
        .get('/api/saved-views')
        .query({ filter: JSON.stringify({ resource }) })
        .set(who.auth(role))
        .expect(200)
    ).body.map((v: { name: string }) => v.name) as string[];

  it('saves filters, sort and columns under a name, and gives them back', async () => {
    const res = await save(org, 'caseworker', {
      resource: 'households',
      name: 'Zaanstad, nieuwste eerst',
      filter: { municipality: 'Zaanstad', status: 'active' },
      sort: { field: 'createdAt', order: 'DESC' },
      columns: ['reference', 'municipality'],
      perPage: 50,
    }).expect(201);
    expect(res.body).toMatchObject({
      resource: 'households',
      name: 'Zaanstad, nieuwste eerst',
      shared: false,
      ownerId: org.users.caseworker.id,
      filter: { municipality: 'Zaanstad', status: 'active' },
      sort: { field: 'createdAt', order: 'DESC' },
      columns: ['reference', 'municipality'],
      perPage: 50,
    });
    const again = await t.http().get(`/api/saved-views/${res.body.id}`).set(org.auth('caseworker')).expect(200);
    expect(again.body.filter).toEqual({ municipality: 'Zaanstad', status: 'active' });
    const audit = await t.dataSource.query(
      `SELECT action FROM audit_events WHERE resource = 'saved-views' AND record_id = $1`,
      [res.body.id],
    );
    expect(audit).toEqual([{ action: 'create' }]);
  });

  it("shows one's own views and the organisation's shared ones, never another's private ones", async () => {
    await save(org, 'researcher', { resource: 'persons', name: 'Mijn eigen', filter: {} }).expect(201);
    await save(org, 'coordinator', { resource: 'persons', name: 'Voor iedereen', shared: true }).expect(201);
    await save(other, 'admin', { resource: 'persons', name: 'Van een ander', shared: true }).expect(201);
    expect(await names(org, 'researcher', 'persons')).toEqual(['Mijn eigen', 'Voor iedereen']);
    expect(await names(org, 'caseworker', 'persons')).toEqual(['Voor iedereen']);
    expect(await names(other, 'caseworker', 'persons')).toEqual(['Van een ander']);
  });

  it('lets only the owner change a view; a coordinator may remove a shared one', async () => {
    const mine = (await save(org, 'caseworker', { resource: 'tasks', name: 'Te laat', shared: true }).expect(201)).body;
    const put = (role: Parameters<TestOrg['auth']>[0]) =>
      t.http().put(`/api/saved-views/${mine.id}`).set(org.auth(role)).send({ name: 'Overgenomen' });
    expect((await put('admin').expect(403)).body.code).toBe('not_view_owner');
    await t.http().delete(`/api/saved-views/${mine.id}`).set(org.auth('researcher')).expect(403);
    await put('caseworker').expect(200);
    // Another organisation's view is not found at all.
    await t.http().put(`/api/saved-views/${mine.id}`).set(other.auth('admin')).send({ name: 'x' }).expect(404);
    await t.http().delete(`/api/saved-views/${mine.id}`).set(org.auth('coordinator')).expect(200);
    await t.http().get(`/api/saved-views/${mine.id}`).set(org.auth('caseworker')).expect(404);
    const priv = (await save(org, 'caseworker', { resource: 'tasks', name: 'Privé' }).expect(201)).body;
    await t.http().get(`/api/saved-views/${priv.id}`).set(org.auth('admin')).expect(404);
    await t.http().delete(`/api/saved-views/${priv.id}`).set(org.auth('admin')).expect(404);
  });

  it('refuses a view of a list the role cannot open, a second view of one name, and bad input', async () => {
    const field = async (res: Promise<{ body: { fieldCodes?: Record<string, { code: string }> } }>, name: string) =>
      (await res).body.fieldCodes?.[name]?.code;
    expect(await field(save(org, 'matcher', { resource: 'households', name: 'x' }).expect(422), 'resource')).toBe(
      'not_allowed_value',
    );
    expect(await field(save(org, 'matcher', { resource: 'reports/themes', name: 'x' }).expect(422), 'resource')).toBe(
      'not_allowed_value',
    );
    await save(org, 'matcher', {
      resource: 'reports/placements',
      name: 'Dit jaar',
      filter: { from: '2026-01-01' },
    }).expect(201);
    expect(await field(save(org, 'admin', { resource: 'nonsense', name: 'x' }).expect(422), 'resource')).toBe(
      'not_allowed_value',
    );
    await save(org, 'admin', { resource: 'employers', name: 'Actief' }).expect(201);
    expect(await field(save(org, 'admin', { resource: 'employers', name: ' actief ' }).expect(422), 'name')).toBe(
      'name_taken',
    );
    await save(org, 'coordinator', { resource: 'employers', name: 'Actief' }).expect(201); // another owner
    expect(await field(save(org, 'admin', { resource: 'employers', name: '   ' }).expect(422), 'name')).toBeDefined();
    const huge = { q: 'x'.repeat(20_000) };
    expect(
      await field(save(org, 'admin', { resource: 'employers', name: 'Groot', filter: huge }).expect(422), 'filter'),
    ).toBe('too_long');
    await save(org, 'admin', { resource: 'employers', name: 'Sort', sort: { field: 'name', order: 'UP' } }).expect(422);
    await save(org, 'admin', { resource: 'employers', name: 'Filter', filter: 'status=active' }).expect(422);
    // A filter the list would refuse is refused when saved: an unknown key, a value of the wrong kind.
    for (const filter of [{ x: 1 }, { status: { x: 1 } }, { status: 12345 }, { status: true }, { status: ['x'] }]) {
      expect([
        filter,
        await field(save(org, 'admin', { resource: 'households', name: 'Bad', filter }).expect(422), 'filter'),
      ]).toEqual([filter, 'invalid_value']);
    }
    await save(org, 'admin', { resource: 'households', name: 'Open', filter: { status: ['active'] } }).expect(201);
    expect(
      await field(
        save(org, 'admin', { resource: 'reports/placements', name: 'Bad', filter: { from: { x: 1 } } }).expect(422),
        'filter',
      ),
    ).toBe('invalid_value');
    // Columns are the fields they show, each once.
    for (const columns of [[1, 2], [''], ['name name'], ['name', 'name'], ['name;drop']]) {
      expect([
        columns,
        await field(save(org, 'admin', { resource: 'employers', name: 'Cols', columns }).expect(422), 'columns'),
      ]).toEqual([columns, expect.any(String)]);
    }
    await save(org, 'admin', { resource: 'employers', name: 'Cols', columns: ['name', 'address.city'] }).expect(201);
    await save(org, 'admin', { resource: 'employers', name: 'Pages', perPage: 100_000 }).expect(422);
  });

  it('refuses on every list a filter value no list takes', async () => {
    const unchecked: string[] = [];
    for (const resource of viewableResources()) {
      const res = await save(org, 'admin', { resource, name: 'Object value', filter: { status: { x: 1 } } });
      // A list the admin cannot open is refused on `resource`; any other must refuse the value.
      if (res.status === 422 && res.body.fieldCodes?.resource) continue;
      if (res.status !== 422 || res.body.fieldCodes?.filter?.code !== 'invalid_value') unchecked.push(resource);
    }
    expect(unchecked).toEqual([]);
  });
});
