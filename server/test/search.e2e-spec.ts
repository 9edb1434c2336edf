import {
  createTestApp,
  createTestOrg,
  householdBody,
  uniqueRef,
  type TestApp,
  type TestOrg,
} from './support/test-app.js';

interface Group {
  kind: string;
  results: Array<{ kind: string; id: string; title: string; subtitle: string | null }>;
}

describe('global search (GET /api/search)', () => {
  let t: TestApp;
  let org: TestOrg;
  let other: TestOrg;
  const ids: Record<string, string> = {};
  const reference = uniqueRef('ZOEK');

  const search = async (who: TestOrg, role: Parameters<TestOrg['auth']>[0], q: string) => {
    const res = await t.http().get('/api/search').query({ q }).set(who.auth(role)).expect(200);
    return res.body.groups as Group[];
  };
  const found = (groups: Group[], kind: string) => groups.find((g) => g.kind === kind)?.results.map((r) => r.id) ?? [];

  beforeAll(async () => {
    t = await createTestApp();
    org = await createTestOrg(t, 'Search');
    other = await createTestOrg(t, 'Search other');
    const post = async (who: TestOrg, path: string, body: object) =>
      (await t.http().post(`/api/${path}`).set(who.auth('admin')).send(body).expect(201)).body.id as string;
    ids.household = await post(org, 'households', householdBody({ reference }));
    ids.person = await post(org, 'persons', { householdId: ids.household, firstName: 'Renée Kovalenkó' });
    ids.matched = await post(org, 'persons', {
      householdId: ids.household,
      firstName: 'Renée Matchová',
      matchingSince: '2026-01-01',
    });
    ids.employer = await post(org, 'employers', { name: 'Bakkerij Zoëtermeer' });
    ids.partner = await post(org, 'partner-organizations', { name: 'Vluchtelingenwerk Zoëterwoude' });
    ids.obstacle = await post(org, 'obstacles', {
      personId: ids.matched,
      domainKey: 'work',
      title: 'Diplomawaardering Zoëtica',
    });
    ids.placement = await post(org, 'placements', {
      personId: ids.matched,
      employerId: ids.employer,
      type: 'paid_job',
      jobTitle: 'Bakker Zoëtbrood',
    });
    ids.log = await post(org, 'contact-logs', {
      householdId: ids.household,
      personIds: [ids.person],
      occurredAt: '2026-01-02T10:00:00Z',
      minutes: 5,
      channel: 'phone',
      note: 'Gesprek over de brief van de gemeente Zoëtdorp en de volgende stappen.',
    });
    // The same names in another organisation: never found.
    const theirs = await post(other, 'households', householdBody({ reference: `${reference}-X` }));
    ids.theirPerson = await post(other, 'persons', { householdId: theirs, firstName: 'Renée Kovalenkó' });
    ids.theirEmployer = await post(other, 'employers', { name: 'Bakkerij Zoëtermeer' });
  });
  afterAll(() => t.close());

  it('finds a person by part of the name, without accents and case', async () => {
    const groups = await search(org, 'caseworker', 'RENEE koval');
    expect(found(groups, 'persons')).toEqual([ids.person]);
    const person = groups.find((g) => g.kind === 'persons')!.results[0];
    expect(person).toMatchObject({ kind: 'persons', title: 'Renée Kovalenkó', subtitle: reference });
    // The middle of a word is enough too.
    expect(found(await search(org, 'caseworker', 'valenk'), 'persons')).toEqual([ids.person]);
  });

  it('finds every kind by its text, grouped by kind in a fixed order, best match first', async () => {
    const groups = await search(org, 'admin', 'zoet');
    expect(groups.map((g) => g.kind)).toEqual([
      'employers',
      'partner-organizations',
      'obstacles',
      'placements',
      'contact-logs',
    ]);
    expect(found(groups, 'employers')).toEqual([ids.employer]);
    expect(found(groups, 'partner-organizations')).toEqual([ids.partner]);
    expect(found(groups, 'obstacles')).toEqual([ids.obstacle]);
    expect(found(groups, 'placements')).toEqual([ids.placement]);
    const log = groups.find((g) => g.kind === 'contact-logs')!.results[0];
    expect(log).toMatchObject({ id: ids.log, subtitle: `${reference} · 2026-01-02` });
    expect(log.title).toContain('gemeente Zoëtdorp');
    expect(found(await search(org, 'admin', reference.toLowerCase()), 'households')).toEqual([ids.household]);
    // Ranked: names that start with the query before one that has it inside a word (alphabetically first).
    const inside = await t
      .http()
      .post('/api/persons')
      .set(org.auth('admin'))
      .send({ householdId: ids.household, firstName: 'Anna Reneeva' })
      .expect(201);
    expect(found(await search(org, 'admin', 'renee'), 'persons')).toEqual([ids.person, ids.matched, inside.body.id]);
  });

  it("reads only the organisation's own matches from the search indexes", async () => {
    // A common word must not make search_candidates collect every organisation's matches and filter them after:
    // the organisation is a condition of the index scan itself (migration SearchWithinOrganization), compared as
    // the function compares it.
    const [{ source }] = await t.dataSource.query(
      `SELECT prosrc AS source FROM pg_proc WHERE proname = 'search_candidates'`,
    );
    const organization = /WHERE (.+?) AND x\.deleted_at IS NULL/.exec(source)![1];
    for (const [table, key] of [
      ['contact_logs', 'note'],
      ['persons', 'first_name'],
    ]) {
      const plan = await t.dataSource.transaction(async (manager) => {
        await manager.query('SET LOCAL enable_seqscan = off');
        await manager.query(`SELECT set_config('app.organization_id', $1, true)`, [org.organization.id]);
        const [row] = await manager.query(
          `EXPLAIN (FORMAT JSON) SELECT x.id FROM ${table} x
            WHERE ${organization} AND x.deleted_at IS NULL AND search_key(${key}) LIKE '%zoet%' LIMIT 200`,
        );
        return row['QUERY PLAN'] as unknown;
      });
      const scans: { index: string; condition: string }[] = [];
      interface PlanNode {
        'Index Name'?: string;
        'Index Cond'?: string;
        Plans?: PlanNode[];
      }
      const walk = (node: PlanNode) => {
        if (node['Index Name']) scans.push({ index: node['Index Name'], condition: node['Index Cond'] ?? '' });
        for (const child of node.Plans ?? []) walk(child);
      };
      walk((plan as { Plan: PlanNode }[])[0].Plan);
      expect(scans).toEqual([{ index: `ix_${table}_search`, condition: expect.stringContaining('organization_id') }]);
    }
  });

  it("never finds another organisation's records", async () => {
    for (const q of ['renee', 'bakkerij', reference]) {
      const ours = (await search(org, 'admin', q)).flatMap((g) => g.results.map((r) => r.id));
      const theirs = (await search(other, 'admin', q)).flatMap((g) => g.results.map((r) => r.id));
      expect(ours).not.toContain(ids.theirPerson);
      expect(ours).not.toContain(ids.theirEmployer);
      expect(theirs).not.toEqual(expect.arrayContaining([ids.person]));
      expect(
        theirs.some((id) => Object.values(ids).includes(id) && ![ids.theirPerson, ids.theirEmployer].includes(id)),
      ).toBe(false);
    }
  });

  it('finds for a matcher only what a matcher may read', async () => {
    const groups = await search(org, 'matcher', 'renee');
    // Only the person in matching, and no household reference beside the name.
    expect(found(groups, 'persons')).toEqual([ids.matched]);
    expect(groups.find((g) => g.kind === 'persons')!.results[0].subtitle).toBeNull();
    const zoet = await search(org, 'matcher', 'zoet');
    expect(zoet.map((g) => g.kind)).toEqual(['employers', 'obstacles', 'placements']);
    expect(found(await search(org, 'matcher', reference), 'households')).toEqual([]);
  });

  it('finds a contact log for a researcher only where they may read its note', async () => {
    expect(found(await search(org, 'researcher', 'zoetdorp'), 'contact-logs')).toEqual([]);
    expect(found(await search(org, 'caseworker', 'zoetdorp'), 'contact-logs')).toEqual([ids.log]);
    await t
      .http()
      .post('/api/consents')
      .set(org.auth('admin'))
      .send({ personId: ids.person, purpose: 'research', givenOn: '2026-01-01', givenHow: 'written' })
      .expect(201);
    expect(found(await search(org, 'researcher', 'zoetdorp'), 'contact-logs')).toEqual([ids.log]);
  });

  it('takes odd characters literally and refuses bad queries with a 400', async () => {
    for (const q of ['%%%', '___', '\\\\\\', "'; DROP TABLE persons; --", '.*', 'ре́не']) {
      expect(await search(org, 'admin', q)).toEqual([]);
    }
    expect(await search(org, 'admin', 're')).toEqual([]); // fewer than 3 characters find nothing
    const long = await t
      .http()
      .get('/api/search')
      .query({ q: 'a'.repeat(101) })
      .set(org.auth('admin'))
      .expect(400);
    expect(long.body.code).toBe('invalid_query');
    await t.http().get('/api/search').set(org.auth('admin')).expect(400);
    await t.http().get('/api/search?q=abc&q=def').set(org.auth('admin')).expect(400);
    await t.http().get('/api/search?q=ab%00cd').set(org.auth('admin')).expect(400);
    await t.http().get('/api/search').query({ q: 'renee' }).expect(401);
  });
});
