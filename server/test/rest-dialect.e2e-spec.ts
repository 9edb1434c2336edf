import { createTestApp, createTestOrg, householdBody, type TestApp, type TestOrg } from './support/test-app.js';

/**
 * The shared REST dialect at its edges: input that once reached PostgreSQL
 * and came back as a 500 (or a vague root error) is answered as the caller's
 * mistake, on every list and every write.
 */
describe('REST dialect: bad input is a 4xx, never a 500', () => {
  let t: TestApp;
  let org: TestOrg;
  let lists: string[];

  beforeAll(async () => {
    t = await createTestApp();
    org = await createTestOrg(t, 'Dialect');
    const doc = (await t.http().get('/api/docs-json').expect(200)).body as {
      paths: Record<string, Record<string, unknown>>;
    };
    lists = Object.keys(doc.paths).filter(
      (p) =>
        !p.includes('{') &&
        doc.paths[`${p}/{id}`]?.get &&
        // Short lists of a caller's own work, without the list dialect: no sort, filter or range to refuse.
        !['/api/coding-samples', '/api/research-exports'].includes(p),
    );
    expect(lists.length).toBeGreaterThan(15);
  });
  afterAll(() => t.close());

  const get = (path: string, query: Record<string, string>) => t.http().get(path).query(query).set(org.auth('admin'));

  describe('inherited JavaScript property names are no fields', () => {
    it.each(['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__'])(
      'sort by %s is a 400 on every list',
      async (field) => {
        for (const path of lists) {
          const res = await get(path, { sort: JSON.stringify([field, 'ASC']) });
          expect([path, res.status]).toEqual([path, 400]);
        }
      },
    );

    it.each(['{"constructor":"x"}', '{"__proto__":{"a":1}}', '{"constructor_gte":"x"}', '{"toString_lte":1}'])(
      'filter %s is a 400 on every list',
      async (filter) => {
        for (const path of lists) {
          const res = await get(path, { filter });
          expect([path, res.status, res.body.message]).toEqual([path, 400, expect.stringMatching(/unknown filter/)]);
        }
      },
    );
  });

  describe('NUL characters', () => {
    it('are a 400 in list queries', async () => {
      await get('/api/households', { filter: JSON.stringify({ q: '\u0000' }) }).expect(400);
      await get('/api/households', { filter: JSON.stringify({ municipality: '\u0000' }) }).expect(400);
      await get('/api/households', { sort: '["reference\u0000","ASC"]' }).expect(400);
    });

    it('are a 400 in the path', async () => {
      await t.http().get('/api/integration-domains/%00').set(org.auth('admin')).expect(400);
      await t.http().get('/api/households/%00').set(org.auth('admin')).expect(400);
    });

    it('are a 422 on the field in a body, nested fields included', async () => {
      const res = await t
        .http()
        .post('/api/households')
        .set(org.auth('admin'))
        .send(householdBody({ notes: 'a\u0000b' }))
        .expect(422);
      expect(res.body.errors).toEqual({ notes: 'must not contain NUL characters' });
      const label = await t
        .http()
        .post('/api/labels')
        .set(org.auth('admin'))
        .send({ name: { en: 'x\u0000' } })
        .expect(422);
      expect(label.body.errors).toEqual({ 'name.en': 'must not contain NUL characters' });
    });
  });

  describe('numbers and dates PostgreSQL cannot take', () => {
    it.each([
      ['/api/households', { range: '[1e20,1e20]' }],
      ['/api/households', { range: '[0,9007199254740993]' }],
      ['/api/persons', { filter: '{"birthYear_gte":99999999999}' }],
      ['/api/persons', { filter: '{"birthYear_lte":1e400}' }],
      ['/api/persons', { filter: '{"birthYear":"Infinity"}' }],
      ['/api/households', { filter: '{"shelterEndDate_gte":"2024-02-31"}' }],
      ['/api/households', { filter: '{"createdAt_gte":"0000-01-01"}' }],
      ['/api/households', { filter: '{"createdAt_gte":"2024-02-30T10:00:00Z"}' }],
      ['/api/households', { filter: '{"shelterEndDate_lte":"1e400"}' }],
      ['/api/placements', { filter: '{"startDate_gte":"2023-02-30"}' }],
    ])('%s %j is a 400', async (path, query) => {
      const res = await get(path, query);
      expect(res.status).toBe(400);
      expect(res.body).toEqual({ statusCode: 400, code: 'invalid_query', message: expect.any(String) });
    });

    it('still takes the edges that exist', async () => {
      await get('/api/persons', { filter: '{"birthYear_gte":-2147483647,"birthYear_lte":2147483647}' }).expect(200);
      await get('/api/households', {
        filter: '{"shelterEndDate_gte":"2024-02-29","createdAt_lte":"9999-12-31"}',
      }).expect(200);
    });
  });

  describe('filters over array columns and related rows, as a value and as "any of"', () => {
    let personId: string;
    let otherPersonId: string;
    let breakthroughId: string;
    let partnerId: string;
    let labelId: string;
    let otherLabelId: string;
    let logId: string;
    let questionId: string;

    const ids = (res: { body: Array<{ id: string }> }) => res.body.map((r) => r.id);

    beforeAll(async () => {
      const post = async (path: string, body: Record<string, unknown>) => {
        const res = await t.http().post(`/api/${path}`).set(org.auth('admin')).send(body);
        if (res.status !== 201) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
        return res.body.id as string;
      };
      const householdId = await post('households', householdBody());
      personId = await post('persons', { householdId, firstName: 'Olena' });
      otherPersonId = await post('persons', { householdId, firstName: 'Taras' });
      const housing = await post('obstacles', {
        personId,
        domainKey: 'housing',
        title: 'No house',
        identifiedOn: '2025-01-01',
      });
      breakthroughId = await post('breakthroughs', {
        householdId,
        date: '2026-01-01',
        title: 'Keys',
        obstacleIds: [housing],
      });
      partnerId = await post('partner-organizations', {
        name: `Partner ${Date.now()}`,
        domainKeys: ['work', 'language_communication'],
      });
      labelId = await post('labels', { name: { en: 'Work' } });
      otherLabelId = await post('labels', { name: { en: 'Other' } });
      logId = await post('contact-logs', {
        householdId,
        personIds: [personId],
        occurredAt: '2026-01-01T10:00:00Z',
        minutes: 5,
        channel: 'phone',
        labelIds: [labelId],
      });
      questionId = await post('helpdesk-questions', {
        receivedAt: '2026-01-01T10:00:00Z',
        channel: 'email',
        question: 'Q?',
        labelIds: [labelId],
      });
    });

    it('partner organisations by domainKeys', async () => {
      expect(ids(await get('/api/partner-organizations', { filter: '{"domainKeys":"work"}' }).expect(200))).toEqual([
        partnerId,
      ]);
      expect(
        ids(
          await get('/api/partner-organizations', {
            filter: '{"domainKeys":["safety","language_communication"]}',
          }).expect(200),
        ),
      ).toEqual([partnerId]);
      expect(ids(await get('/api/partner-organizations', { filter: '{"domainKeys":["safety"]}' }).expect(200))).toEqual(
        [],
      );
      expect(ids(await get('/api/partner-organizations', { filter: '{"domainKeys":[]}' }).expect(200))).toEqual([]);
    });

    it.each(['contact-logs', 'helpdesk-questions'])('%s by labelIds', async (path) => {
      const expected = path === 'contact-logs' ? logId : questionId;
      expect(ids(await get(`/api/${path}`, { filter: JSON.stringify({ labelIds: labelId }) }).expect(200))).toEqual([
        expected,
      ]);
      expect(
        ids(await get(`/api/${path}`, { filter: JSON.stringify({ labelIds: [otherLabelId, labelId] }) }).expect(200)),
      ).toEqual([expected]);
      expect(
        ids(await get(`/api/${path}`, { filter: JSON.stringify({ labelIds: [otherLabelId] }) }).expect(200)),
      ).toEqual([]);
      await get(`/api/${path}`, { filter: '{"labelIds":"work"}' }).expect(400);
    });

    it('breakthroughs by the domain and the person of the obstacles they removed', async () => {
      expect(ids(await get('/api/breakthroughs', { filter: '{"domainKey":"housing"}' }).expect(200))).toEqual([
        breakthroughId,
      ]);
      expect(ids(await get('/api/breakthroughs', { filter: '{"domainKey":["work","housing"]}' }).expect(200))).toEqual([
        breakthroughId,
      ]);
      expect(ids(await get('/api/breakthroughs', { filter: '{"domainKey":"work"}' }).expect(200))).toEqual([]);
      expect(ids(await get('/api/breakthroughs', { filter: JSON.stringify({ personId }) }).expect(200))).toEqual([
        breakthroughId,
      ]);
      expect(
        ids(
          await get('/api/breakthroughs', { filter: JSON.stringify({ personId: [otherPersonId, personId] }) }).expect(
            200,
          ),
        ),
      ).toEqual([breakthroughId]);
      expect(
        ids(await get('/api/breakthroughs', { filter: JSON.stringify({ personId: [otherPersonId] }) }).expect(200)),
      ).toEqual([]);
    });

    it('households by assigneeIds as a value and as "any of"', async () => {
      const assigned = (
        await t
          .http()
          .post('/api/households')
          .set(org.auth('admin'))
          .send(householdBody({ assigneeIds: [org.users.caseworker.id] }))
          .expect(201)
      ).body.id;
      expect(
        ids(
          await get('/api/households', { filter: JSON.stringify({ assigneeIds: org.users.caseworker.id }) }).expect(
            200,
          ),
        ),
      ).toEqual([assigned]);
      expect(
        ids(
          await get('/api/households', {
            filter: JSON.stringify({ assigneeIds: [org.users.admin.id, org.users.caseworker.id] }),
          }).expect(200),
        ),
      ).toEqual([assigned]);
    });
  });

  describe('a value of the wrong type is told so, not with another rule', () => {
    let householdId: string;
    let personId: string;
    beforeAll(async () => {
      householdId = (await t.http().post('/api/households').set(org.auth('admin')).send(householdBody()).expect(201))
        .body.id;
      personId = (
        await t.http().post('/api/persons').set(org.auth('admin')).send({ householdId, firstName: 'Olena' }).expect(201)
      ).body.id;
    });

    it.each([
      ['persons', { birthYear: 'abc' }, 'birthYear', /integer|number|whole/],
      ['persons', { firstName: 123 }, 'firstName', /string|text/],
      ['persons', { firstName: [] }, 'firstName', /string|text/],
      ['households', { languages: 'uk' }, 'languages', /array|list/],
      ['households', { version: '1' }, 'version', /integer|number/],
      ['breakthroughs', { title: [] }, 'title', /string|text/],
      ['breakthroughs', { costEur: '12' }, 'costEur', /number|amount/],
    ])('%s %j', async (path, body, field, message) => {
      const id = path === 'persons' ? personId : path === 'households' ? householdId : await breakthrough();
      const res = await t.http().put(`/api/${path}/${id}`).set(org.auth('admin')).send(body).expect(422);
      expect(res.body.errors[field]).toMatch(message);
    });

    async function breakthrough(): Promise<string> {
      const obstacle = { personId, domainKey: 'work', title: 'No job', identifiedOn: '2025-01-01' };
      const obstacleId = (await t.http().post('/api/obstacles').set(org.auth('admin')).send(obstacle).expect(201)).body
        .id;
      const body = { householdId, date: '2026-01-01', title: 'X', obstacleIds: [obstacleId] };
      return (await t.http().post('/api/breakthroughs').set(org.auth('admin')).send(body).expect(201)).body.id;
    }

    it('login with a number as email', async () => {
      const res = await t.http().post('/api/auth/login').send({ email: 5, password: 'x' });
      expect(res.status).toBe(422);
      expect(res.body.errors.email).toMatch(/email|string/);
      expect(res.body.errors.email).not.toMatch(/shorter/);
    });
  });

  describe('null for a required field', () => {
    it('is a 422 on that field, whichever resource', async () => {
      const householdId = (
        await t.http().post('/api/households').set(org.auth('admin')).send(householdBody()).expect(201)
      ).body.id;
      const personId = (
        await t.http().post('/api/persons').set(org.auth('admin')).send({ householdId, firstName: 'Olena' }).expect(201)
      ).body.id;
      const person = await t
        .http()
        .put(`/api/persons/${personId}`)
        .set(org.auth('admin'))
        .send({ childcareNeed: null })
        .expect(422);
      expect(person.body.errors).toEqual({ childcareNeed: expect.any(String) });
      const placementId = (
        await t.http().post('/api/placements').set(org.auth('admin')).send({ personId, type: 'paid_job' }).expect(201)
      ).body.id;
      for (const field of ['contractType', 'status']) {
        const res = await t
          .http()
          .put(`/api/placements/${placementId}`)
          .set(org.auth('admin'))
          .send({ [field]: null })
          .expect(422);
        expect(res.body.errors).toEqual({ [field]: expect.any(String) });
      }
    });
  });

  describe('bodies are JSON objects', () => {
    it('answers a body of another type with 415 and changes nothing', async () => {
      const household = (
        await t.http().post('/api/households').set(org.auth('admin')).send(householdBody()).expect(201)
      ).body;
      const text = await t
        .http()
        .put(`/api/households/${household.id}`)
        .set(org.auth('admin'))
        .set('Content-Type', 'text/plain')
        .send(JSON.stringify({ municipality: 'Elders' }));
      expect(text.status).toBe(415);
      expect(text.body).toEqual({ statusCode: 415, code: 'unsupported_media_type', message: expect.any(String) });
      const form = await t.http().post('/api/households').set(org.auth('admin')).type('form').send({ reference: 'x' });
      expect(form.status).toBe(415);
      const after = await t.http().get(`/api/households/${household.id}`).set(org.auth('admin')).expect(200);
      expect(after.body.municipality).toBe(household.municipality);
    });

    it('answers a body with no content type with 415', async () => {
      const res = await t
        .http()
        .post('/api/households')
        .set(org.auth('admin'))
        .set('Content-Type', '')
        .send(Buffer.from('{"reference":"x"}'));
      expect(res.status).toBe(415);
    });

    it('still takes writes without a body', async () => {
      const household = (
        await t.http().post('/api/households').set(org.auth('admin')).send(householdBody()).expect(201)
      ).body;
      await t.http().delete(`/api/households/${household.id}`).set(org.auth('admin')).expect(200);
    });

    it('answers a JSON array or scalar body with 400', async () => {
      const array = await t.http().post('/api/households').set(org.auth('admin')).send([]);
      expect(array.status).toBe(400);
      const nested = await t.http().post('/api/households').set(org.auth('admin')).send([householdBody()]);
      expect(nested.status).toBe(400);
    });
  });
  describe('ranges and search on the edges of their meaning', () => {
    it('takes a date-only upper bound on an instant as the whole of that day', async () => {
      const created = await t.http().post('/api/households').set(org.auth('admin')).send(householdBody()).expect(201);
      const [{ today, yesterday }] = await t.dataSource.query(
        `SELECT CURRENT_DATE::text AS today, (CURRENT_DATE - 1)::text AS yesterday`,
      );
      const until = async (date: string) =>
        (
          (
            await get('/api/households', {
              filter: JSON.stringify({ createdAt_lte: date, id: [created.body.id] }),
            }).expect(200)
          ).body as unknown[]
        ).length;
      expect(await until(today)).toBe(1);
      expect(await until(yesterday)).toBe(0);
    });

    it('answers filter=null with a 400 on every list rather than with everything', async () => {
      for (const path of lists) {
        const res = await get(path, { filter: 'null' });
        expect([path, res.status]).toEqual([path, 400]);
      }
    });

    it('answers a getMany of integration domains by key, and checks anything more as a list', async () => {
      const many = await get('/api/integration-domains', {
        filter: JSON.stringify({ id: ['work', 'housing'] }),
      }).expect(200);
      expect((many.body as { id: string }[]).map((d) => d.id).sort()).toEqual(['housing', 'work']);
      await get('/api/integration-domains', { filter: JSON.stringify({ id: 'work', zzz: 1 }) }).expect(400);
      await get('/api/integration-domains', { filter: JSON.stringify({ id: [1] }) }).expect(400);
    });

    it('takes label ids in any case in bulk labelling', async () => {
      const household = (
        await t.http().post('/api/households').set(org.auth('admin')).send(householdBody()).expect(201)
      ).body.id as string;
      const person = (
        await t
          .http()
          .post('/api/persons')
          .set(org.auth('admin'))
          .send({ householdId: household, firstName: 'Iryna' })
          .expect(201)
      ).body.id as string;
      const label = (
        await t
          .http()
          .post('/api/labels')
          .set(org.auth('admin'))
          .send({ name: { en: 'Case test' } })
          .expect(201)
      ).body.id as string;
      const log = (
        await t
          .http()
          .post('/api/contact-logs')
          .set(org.auth('admin'))
          .send({
            householdId: household,
            personIds: [person],
            occurredAt: '2026-01-05T10:00:00Z',
            minutes: 10,
            channel: 'phone',
            labelIds: [label],
          })
          .expect(201)
      ).body.id as string;
      const removed = await t
        .http()
        .post('/api/contact-logs/bulk-labels')
        .set(org.auth('admin'))
        .send({ ids: [log.toUpperCase()], removeLabelIds: [label.toUpperCase()] })
        .expect(200);
      expect(removed.body).toEqual({ updated: 1 });
      const after = await t.http().get(`/api/contact-logs/${log}`).set(org.auth('admin')).expect(200);
      expect(after.body.labelIds).toEqual([]);
    });

    it('answers a report in csv or json, and a misspelt format with a 400 rather than json', async () => {
      for (const report of [
        '/api/reports/obstacles',
        '/api/reports/systemic-obstacles',
        '/api/reports/placements',
        '/api/reports/themes',
        '/api/reports/shelter-moves',
      ]) {
        const csv = await get(report, { format: 'csv' });
        expect([report, csv.status, csv.headers['content-type']]).toEqual([
          report,
          200,
          expect.stringMatching(/text\/csv/),
        ]);
        expect([report, (await get(report, { format: 'json' })).status]).toEqual([report, 200]);
        expect([report, (await get(report, { format: 'CSV' })).status]).toEqual([report, 400]);
      }
    });

    it('refuses a text search on a list that has none rather than ignoring it', async () => {
      const res = await get('/api/organizations', { filter: JSON.stringify({ q: 'x' }) }).expect(400);
      expect(res.body.message).toMatch(/no text search/);
    });
  });
});
