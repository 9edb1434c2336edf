import { createTestApp, createTestOrg, householdBody, type TestApp, type TestOrg } from './support/test-app.js';

describe('persons API', () => {
  let t: TestApp;
  let org: TestOrg;
  let householdId: string;

  beforeAll(async () => {
    t = await createTestApp();
    org = await createTestOrg(t, 'Persons');
    householdId = (await t.http().post('/api/households').set(org.auth('caseworker')).send(householdBody())).body.id;
  });
  afterAll(() => t.close());

  it('adds a member in any script with language levels', async () => {
    const res = await t
      .http()
      .post('/api/persons')
      .set(org.auth('researcher'))
      .send({
        householdId,
        firstName: 'Ірина',
        birthYear: 1985,
        householdRole: 'head',
        languageLevels: { uk: 'native', nl: 'A2', en: null },
        educationLevel: 'master',
        diplomaEvaluation: 'requested',
        profession: 'psychologist',
        childcareNeed: true,
      })
      .expect(201);
    expect(res.body).toMatchObject({
      firstName: 'Ірина',
      languageLevels: { uk: 'native', nl: 'A2' },
      childcareNeed: true,
    });
    const members = await t
      .http()
      .get('/api/persons')
      .query({ filter: JSON.stringify({ householdId }) })
      .set(org.auth('caseworker'))
      .expect(200);
    expect(members.body.map((p: { firstName: string }) => p.firstName)).toEqual(['Ірина']);
  });

  it('explains what is wrong in terms a caseworker understands', async () => {
    const nextYear = new Date().getFullYear() + 1;
    const res = await t
      .http()
      .post('/api/persons')
      .set(org.auth('caseworker'))
      .send({ householdId, firstName: '', birthYear: nextYear, householdRole: 'boss', languageLevels: { nl: 'Z9' } })
      .expect(422);
    expect(res.body.errors).toEqual({
      firstName: 'must not be empty',
      birthYear: 'cannot be in the future',
      householdRole: expect.stringContaining('must be one of'),
      'languageLevels.nl': expect.stringContaining('must be one of: A0'),
    });
    const old = await t
      .http()
      .post('/api/persons')
      .set(org.auth('caseworker'))
      .send({ householdId, firstName: 'X', birthYear: 1850 })
      .expect(422);
    expect(old.body.errors.birthYear).toBe('must be 1900 or later');
  });

  it('refuses a household that does not exist or belongs to another organisation', async () => {
    const other = await createTestOrg(t, 'Elsewhere');
    const foreignHousehold = (
      await t.http().post('/api/households').set(other.auth('caseworker')).send(householdBody())
    ).body.id;
    const res = await t
      .http()
      .post('/api/persons')
      .set(org.auth('caseworker'))
      .send({ householdId: foreignHousehold, firstName: 'Olena' })
      .expect(422);
    expect(res.body.errors.householdId).toMatch(/does not exist/);
    await t
      .http()
      .post('/api/persons')
      .set(org.auth('caseworker'))
      .send({ householdId: 'nope', firstName: 'Olena' })
      .expect(422);
    const [{ count }] = await t.dataSource.query('SELECT count(*)::int AS count FROM persons WHERE household_id = $1', [
      foreignHousehold,
    ]);
    expect(count).toBe(0);
  });

  it('moves a member to another household of the organisation, with the version check', async () => {
    const second = (await t.http().post('/api/households').set(org.auth('caseworker')).send(householdBody())).body.id;
    const person = (
      await t.http().post('/api/persons').set(org.auth('caseworker')).send({ householdId, firstName: 'Taras' })
    ).body;
    const moved = await t
      .http()
      .put(`/api/persons/${person.id}`)
      .set(org.auth('caseworker'))
      .send({ ...person, householdId: second })
      .expect(200);
    expect(moved.body).toMatchObject({ householdId: second, version: 2 });
    await t
      .http()
      .put(`/api/persons/${person.id}`)
      .set(org.auth('caseworker'))
      .send({ ...person, firstName: 'Stale' })
      .expect(409);
  });
});
