import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { OpenApiContract, type OpenApiDocument } from './support/openapi-contract.js';
import {
  createTestApp,
  createTestOrg,
  householdBody,
  keepingContract,
  type TestApp,
  type TestOrg,
} from './support/test-app.js';

type Schema = Record<string, unknown>;
type Parameter = { name: string; in: string; schema?: Schema; content?: Record<string, { schema: Schema }> };
type Operation = {
  parameters?: Parameter[];
  requestBody?: unknown;
  responses: Record<string, { content?: Record<string, { schema?: Schema }> }>;
};

/**
 * The OpenAPI document is a contract a client can be generated from, and the
 * check every API test runs (support/openapi-contract.ts) notices drift.
 */
describe('the OpenAPI document', () => {
  let t: TestApp;
  let org: TestOrg;
  let doc: OpenApiDocument & {
    paths: Record<string, Record<string, Operation>>;
    components: { schemas: Record<string, Schema> };
  };

  beforeAll(async () => {
    t = await createTestApp();
    org = await createTestOrg(t, 'OpenApi');
    doc = (await t.http().get('/api/docs-json').expect(200)).body;
  });
  afterAll(() => t.close());

  const operations = () =>
    Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.entries(item).map(([method, operation]) => ({ path, method, operation })),
    );

  it('types every request field: no bare `object`', () => {
    const bare: string[] = [];
    for (const [name, schema] of Object.entries(doc.components.schemas)) {
      for (const [field, property] of Object.entries((schema.properties ?? {}) as Record<string, Schema>)) {
        const shapeless = property.type === 'object' && !property.properties && !property.additionalProperties;
        if (shapeless) bare.push(`${name}.${field}`);
      }
    }
    expect(bare).toEqual([]);
  });

  it('gives every success answer a schema (204: none), CSV reports as text/csv', () => {
    const missing = operations()
      .filter(({ operation }) =>
        Object.entries(operation.responses).every(
          ([status, r]) =>
            !status.startsWith('2') || (status !== '204' && !Object.values(r.content ?? {}).some((c) => c.schema)),
        ),
      )
      .map(({ method, path }) => `${method} ${path}`);
    expect(missing).toEqual([]);
    for (const report of [
      '/api/reports/obstacles',
      '/api/reports/systemic-obstacles',
      '/api/reports/placements',
      '/api/reports/themes',
      '/api/reports/activities',
      '/api/reports/policy-signals',
    ]) {
      const get = doc.paths[report].get;
      expect([report, Object.keys(get.responses['200'].content ?? {})]).toEqual([
        report,
        ['application/json', 'text/csv'],
      ]);
      // The theme report also takes `activityMinutes` (issue 17: activities as a third source).
      expect([report, (get.parameters ?? []).map((p) => p.name).sort()]).toEqual([
        report,
        [...(report === '/api/reports/themes' ? ['activityMinutes'] : []), 'filter', 'format', 'ids', 'lang', 'locale'],
      ]);
    }
  });

  it('documents sign-in as it answers: 200, 401, 409 with the organisations, 429 with Retry-After', () => {
    const login = doc.paths['/api/auth/login'].post;
    expect(Object.keys(login.responses)).toEqual(expect.arrayContaining(['200', '401', '409', '429']));
    expect(doc.components.schemas.Error.properties).toHaveProperty('organizations');
  });

  it('documents each list filter key the list takes, and the list takes each one', async () => {
    const sample = (schema: Schema): unknown => {
      if (schema.oneOf) return sample((schema.oneOf as Schema[])[0]);
      if (schema.enum) return (schema.enum as unknown[])[0];
      if (schema.format === 'uuid') return randomUUID();
      if (schema.format === 'date') return '2024-01-01';
      if (schema.type === 'number') return 1;
      if (schema.type === 'boolean') return true;
      return schema.description?.toString().startsWith('A date') ? '2024-01-01' : 'x';
    };
    let checked = 0;
    for (const { path, method, operation } of operations()) {
      const filter = operation.parameters?.find((p) => p.name === 'filter' && p.content);
      if (method !== 'get' || !filter) continue;
      const properties = (filter.content!['application/json'].schema.properties ?? {}) as Record<string, Schema>;
      for (const [key, schema] of Object.entries(properties)) {
        const res = await t
          .http()
          .get(path)
          .query({ filter: JSON.stringify({ [key]: sample(schema) }), range: '[0,0]' })
          .set(org.auth('admin'));
        expect([path, key, res.status]).toEqual([path, key, 200]);
        checked++;
      }
      const unknown = await t.http().get(path).query({ filter: '{"noSuchKey":1}' }).set(org.auth('admin'));
      expect([path, unknown.status]).toEqual([path, 400]);
    }
    expect(checked).toBeGreaterThan(150);
  });

  describe('the contract check of the API tests', () => {
    let household: request.Response;
    beforeAll(async () => {
      household = await t.http().post('/api/households').set(org.auth('admin')).send(householdBody()).expect(201);
    });
    const withSchema = (change: (d: typeof doc) => void) => {
      const copy = structuredClone(doc);
      change(copy);
      return new OpenApiContract(copy);
    };

    it('passes an answer that keeps the document', () => {
      expect(new OpenApiContract(doc).problem('POST', '/api/households', household)).toBeUndefined();
    });

    it('fails an answer with a field the record schema lacks', () => {
      const contract = withSchema((d) => {
        delete (d.components.schemas.Household.properties as Schema).notes;
        d.components.schemas.Household.required = (d.components.schemas.Household.required as string[]).filter(
          (f) => f !== 'notes',
        );
      });
      expect(contract.problem('POST', '/api/households', household)).toMatch(
        /POST \/api\/households 201: the body does not match[\s\S]*additional properties: notes/,
      );
    });

    it('fails a field of another type', () => {
      const contract = withSchema((d) => {
        (d.components.schemas.Household.properties as Record<string, Schema>).reference = { type: 'integer' };
      });
      expect(contract.problem('POST', '/api/households', household)).toMatch(/body\/reference must be integer/);
    });

    it('fails a status the route does not document, and an undocumented content type', async () => {
      const contract = withSchema((d) => {
        delete d.paths['/api/households'].post.responses['201'];
      });
      expect(contract.problem('POST', '/api/households', household)).toMatch(
        /answered 201, which the document does not list/,
      );
      const csv = await request(t.app.getHttpServer())
        .get('/api/reports/obstacles?format=csv')
        .set(org.auth('admin'))
        .expect(200);
      const jsonOnly = withSchema((d) => {
        delete d.paths['/api/reports/obstacles'].get.responses['200'].content!['text/csv'];
      });
      expect(jsonOnly.problem('GET', '/api/reports/obstacles?format=csv', csv)).toMatch(
        /content type text\/csv is not documented/,
      );
    });

    it('fails the test that received the answer, naming the route and the mismatch', async () => {
      const contract = withSchema((d) => {
        (d.components.schemas.Household.properties as Record<string, Schema>).reference = { type: 'integer' };
      });
      const http = () => keepingContract(request(t.app.getHttpServer()), contract);
      const id = household.body.id as string;
      await expect(http().get(`/api/households/${id}`).set(org.auth('admin')).expect(200)).rejects.toThrow(
        /OpenAPI contract: GET \/api\/households\/\{id\} 200: the body does not match the OpenAPI document\n {2}body\/reference must be integer/,
      );
      await expect(t.http().get(`/api/households/${id}`).set(org.auth('admin')).expect(200)).resolves.toBeDefined();
    });
  });
});
