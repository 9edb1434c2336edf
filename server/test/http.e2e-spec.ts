import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createTestApp, type TestApp } from './support/test-app.js';

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
