import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  createTestApp,
  createTestOrg,
  householdBody,
  TEST_PASSWORD,
  type TestApp,
  type TestOrg,
} from './support/test-app.js';

describe('HTTP surface: the client on the same port, CORS', () => {
  let t: TestApp;
  let clientDir: string;

  beforeAll(async () => {
    clientDir = mkdtempSync(path.join(os.tmpdir(), 'doorbraak-client-'));
    writeFileSync(path.join(clientDir, 'index.html'), '<!doctype html><title>Doorbraak</title><div id="root"></div>');
    writeFileSync(path.join(clientDir, 'app.js'), 'console.log(1)');
    t = await createTestApp({ CLIENT_DIR: clientDir, CORS_ORIGIN: 'https://partner.example' });
  });
  afterAll(async () => {
    await t.close();
    rmSync(clientDir, { recursive: true, force: true });
  });

  it('serves the built client, with index.html for client-side routes', async () => {
    const root = await t.http().get('/').expect(200);
    expect(root.text).toContain('<title>Doorbraak</title>');
    await t.http().get('/app.js').expect(200);
    const deep = await t.http().get('/households/123/show').expect(200);
    expect(deep.text).toContain('id="root"');
  });

  it('keeps unknown API paths as JSON 404s, not the client', async () => {
    const res = await t.http().get('/api/nope').expect(404);
    expect(res.headers['content-type']).toMatch(/json/);
  });

  it('allows the configured origin and exposes Content-Range', async () => {
    const preflight = await t
      .http()
      .options('/api/households')
      .set('Origin', 'https://partner.example')
      .set('Access-Control-Request-Method', 'GET')
      .set('Access-Control-Request-Headers', 'authorization');
    expect(preflight.status).toBeLessThan(300);
    expect(preflight.headers['access-control-allow-origin']).toBe('https://partner.example');
    const other = await t.http().get('/api/health').set('Origin', 'https://evil.example');
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('HTTP surface: request ids, Retry-After, the OpenAPI document', () => {
  let t: TestApp;
  let org: TestOrg;

  beforeAll(async () => {
    t = await createTestApp({ LOGIN_RATE_LIMIT: '1' });
    org = await createTestOrg(t, 'Http');
  });
  afterAll(() => t.close());

  it("uses the server's own request id, never the client's, in the answer and the audit trail", async () => {
    const res = await t
      .http()
      .post('/api/households')
      .set(org.auth('admin'))
      .set('X-Request-Id', 'client-chosen-id-1234')
      .send(householdBody())
      .expect(201);
    const id = res.headers['x-request-id'];
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const [row] = await t.dataSource.query('SELECT request_id FROM audit_events WHERE record_id = $1', [res.body.id]);
    expect(row.request_id).toBe(id);
  });

  it('says when to retry a refused sign-in', async () => {
    const email = org.users.caseworker.email;
    await t.http().post('/api/auth/login').send({ email, password: TEST_PASSWORD }).expect(200);
    const refused = await t.http().post('/api/auth/login').send({ email, password: TEST_PASSWORD }).expect(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(60);
  });

  describe('the OpenAPI document', () => {
    type Operation = {
      parameters?: { name: string; in: string }[];
      responses: Record<string, { headers?: object; content?: object }>;
    };
    let paths: Record<string, Record<string, Operation>>;
    beforeAll(async () => {
      paths = (await t.http().get('/api/docs-json').expect(200)).body.paths;
    });

    const lists = () => Object.keys(paths).filter((p) => !p.includes('{') && paths[`${p}/{id}`]?.get);

    it('documents sort, range and filter and Content-Range on every list, and the lists honour them', async () => {
      expect(lists()).toEqual(
        expect.arrayContaining(['/api/households', '/api/persons', '/api/contact-logs', '/api/audit-events']),
      );
      for (const path of lists()) {
        const list = paths[path].get;
        expect([path, list.responses['200'].headers]).toEqual([
          path,
          expect.objectContaining({ 'Content-Range': expect.anything() }),
        ]);
        const names = (list.parameters ?? []).map((p) => p.name);
        // These answer all their rows and take no parameters (openapi.ts LISTS_WITHOUT_PARAMETERS).
        if (path === '/api/coding-samples' || path === '/api/research-exports') continue;
        expect([path, names]).toEqual([path, expect.arrayContaining(['sort', 'range', 'filter'])]);
        const res = await t.http().get(path).query({ sort: '["noSuchField","ASC"]' }).set(org.auth('admin'));
        expect([path, res.status]).toEqual([path, 400]);
        const ok = await t.http().get(path).query({ range: '[0,0]' }).set(org.auth('admin'));
        expect([path, ok.status, ok.headers['content-range']]).toEqual([
          path,
          200,
          expect.stringMatching(/^[a-z-]+ (\d+-\d+|\*)\/\d+$/),
        ]);
      }
    });

    it('documents the error answers of api-conventions on every operation', () => {
      for (const [path, item] of Object.entries(paths)) {
        for (const [method, operation] of Object.entries(item)) {
          const statuses = Object.keys(operation.responses);
          const expected = ['400', '500'];
          if (path !== '/api/health' && path !== '/api/auth/login') expected.push('401', '403');
          if (path.includes('{')) expected.push('404');
          if (method === 'post' || method === 'put') expected.push('409', '415', '422');
          if (method === 'delete') expected.push('409');
          expect([method, path, statuses]).toEqual([method, path, expect.arrayContaining(expected)]);
        }
      }
      expect(JSON.stringify(paths['/api/households'].post.responses['422'])).toContain(
        '#/components/schemas/ValidationError',
      );
    });
  });
});
