import type { Logger } from 'typeorm';
import { createDefaultCodebook } from '../src/labels/default-codebook.js';
import { SecondConnectionError, inOrganization } from '../src/common/database/unit-of-work.js';
import {
  TEST_POOL,
  createTestApp,
  createTestOrg,
  householdBody,
  type TestApp,
  type TestOrg,
} from './support/test-app.js';

/**
 * One round trip per statement is the largest single cost of a request
 * (issue 19). These pin how many statements the hot requests send, every
 * one of them (the session check, BEGIN and COMMIT included), so that a
 * change that adds one has to change the number here and say why.
 */
describe('statements per request', () => {
  let t: TestApp;
  let org: TestOrg;
  let householdId: string;
  let personId: string;
  let labelIds: string[];
  const as = () => org.auth('caseworker');
  let statements: string[] = [];

  /** The statements the app's pool sends while `request` runs. */
  async function recorded<T>(request: () => Promise<T>): Promise<{ result: T; sql: string[] }> {
    statements = [];
    const result = await request();
    return { result, sql: statements };
  }

  beforeAll(async () => {
    t = await createTestApp();
    org = await createTestOrg(t, 'Statements');
    const codebook = await createDefaultCodebook(t.dataSource.manager, org.organization.id);
    labelIds = Object.values(codebook.themes)
      .slice(0, 2)
      .map((theme) => theme.id);
    householdId = (await t.http().post('/api/households').set(as()).send(householdBody()).expect(201)).body.id;
    personId = (await t.http().post('/api/persons').set(as()).send({ householdId, firstName: 'Olena' }).expect(201))
      .body.id;
    const counting: Logger = {
      logQuery: (query) => void statements.push(query.replace(/\s+/g, ' ').slice(0, 120)),
      logQueryError: () => undefined,
      logQuerySlow: () => undefined,
      logSchemaBuild: () => undefined,
      logMigration: () => undefined,
      log: () => undefined,
    };
    Object.defineProperty(t.appDataSource, 'logger', { value: counting, configurable: true });
  });
  afterAll(() => t.close());

  it('runs every API test on a pool of one connection, and refuses a second connection inside a unit of work at once', async () => {
    const pool = (t.appDataSource.driver as unknown as { master: { options: { max: number } } }).master;
    expect(pool.options.max).toBe(TEST_POOL.max);
    const started = Date.now();
    await expect(
      inOrganization(t.appDataSource, org.organization.id, () => t.appDataSource.createQueryRunner().query('SELECT 1')),
    ).rejects.toThrow(SecondConnectionError);
    // At once: not after the pool's connect timeout.
    expect(Date.now() - started).toBeLessThan(Math.min(2_000, TEST_POOL.connectionTimeoutMillis));
  });

  it('creates a contact log with labels in 8 statements', async () => {
    const { result, sql } = await recorded(() =>
      t
        .http()
        .post('/api/contact-logs')
        .set(as())
        .send({
          householdId,
          personIds: [personId],
          occurredAt: '2026-03-01T10:00:00Z',
          minutes: 60,
          channel: 'phone',
          labelIds,
          note: 'Called about the lease',
        })
        .expect(201),
    );
    expect(result.body).toMatchObject({
      householdId,
      personIds: [personId],
      minutes: 60,
      labelled: true,
      noteWithheld: false,
    });
    expect(Object.values(result.body.labelMinutes)).toEqual([30, 30]);
    expect(sql).toHaveLength(8);
  });

  it('shows a person, with its audit row, in 4 statements', async () => {
    const { result, sql } = await recorded(() => t.http().get(`/api/persons/${personId}`).set(as()).expect(200));
    expect(result.body).toMatchObject({ id: personId, firstName: 'Olena' });
    expect(sql).toHaveLength(4);
  });

  // Ten since issue 14: the protection basis the work-permit rule reads is one more statement.
  it('updates a placement in 10 statements', async () => {
    const placement = (
      await t.http().post('/api/placements').set(org.auth('matcher')).send({ personId, type: 'volunteer' }).expect(201)
    ).body;
    const { result, sql } = await recorded(() =>
      t
        .http()
        .put(`/api/placements/${placement.id}`)
        .set(org.auth('matcher'))
        .send({ ...placement, notes: 'Starts in May' })
        .expect(200),
    );
    expect(result.body).toMatchObject({ id: placement.id, notes: 'Starts in May', version: placement.version + 1 });
    expect(sql).toHaveLength(10);
  });
});
