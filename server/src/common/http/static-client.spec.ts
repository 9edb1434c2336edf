import { get, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import express from 'express';
import request from 'supertest';
import { staticClient } from './static-client.js';

describe('staticClient: the built client, compressed and cached', () => {
  const script = `console.log(${JSON.stringify('x'.repeat(4000))});`;
  let clientDir: string;
  let app: express.Express;

  beforeAll(() => {
    clientDir = mkdtempSync(path.join(os.tmpdir(), 'doorbraak-static-'));
    mkdirSync(path.join(clientDir, 'assets'));
    mkdirSync(path.join(clientDir, 'api'));
    writeFileSync(path.join(clientDir, 'index.html'), '<!doctype html><title>Doorbraak</title><div id="root"></div>');
    writeFileSync(path.join(clientDir, 'assets/index-Ab12Cd34.js'), script);
    writeFileSync(path.join(clientDir, 'assets/index-Ab12Cd34.js.gz'), gzipSync(script));
    writeFileSync(path.join(clientDir, 'assets/index-Ab12Cd34.js.br'), brotliCompressSync(script));
    writeFileSync(path.join(clientDir, 'assets/small-Ef56Gh78.js'), 'export {};');
    // A file the client build could never make reachable below /api: the API must answer, not the disk.
    writeFileSync(path.join(clientDir, 'api/health'), 'from the disk');
    app = express();
    app.use(staticClient(clientDir)!);
    app.get('/api/health', (_req, res) => res.json({ status: 'ok' }));
    app.use('/api', (_req, res) => res.status(404).json({ code: 'not_found' }));
  });
  afterAll(() => rmSync(clientDir, { recursive: true, force: true }));

  it('sends the brotli copy to a browser that accepts it, as JavaScript, cached for good', async () => {
    const res = await request(app)
      .get('/assets/index-Ab12Cd34.js')
      .set('Accept-Encoding', 'gzip, deflate, br')
      .expect(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(/^text\/javascript/);
    expect(res.headers.vary).toMatch(/Accept-Encoding/i);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(Number(res.headers['content-length'])).toBeLessThan(script.length / 10);
    expect(res.text).toBe(script); // supertest decodes it
  });

  it('sends the gzip copy when brotli is not accepted', async () => {
    const res = await request(app).get('/assets/index-Ab12Cd34.js').set('Accept-Encoding', 'gzip').expect(200);
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.text).toBe(script);
  });

  it('sends the file as it is to a request without Accept-Encoding', async () => {
    const server = app.listen(0);
    try {
      const { port } = server.address() as AddressInfo;
      const res = await new Promise<IncomingMessage & { body: string }>((resolve, reject) => {
        get({ port, path: '/assets/index-Ab12Cd34.js' }, (response) => {
          let body = '';
          response.setEncoding('utf8');
          response.on('data', (chunk: string) => (body += chunk));
          response.on('end', () => resolve(Object.assign(response, { body })));
        }).on('error', reject);
      });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-encoding']).toBeUndefined();
      expect(res.body).toBe(script);
    } finally {
      server.close();
    }
  });

  it('sends the file as it is when only identity is accepted, or br and gzip are refused', async () => {
    for (const acceptEncoding of ['identity', 'br;q=0, gzip;q=0']) {
      const res = await request(app)
        .get('/assets/index-Ab12Cd34.js')
        .set('Accept-Encoding', acceptEncoding)
        .expect(200);
      expect(res.headers['content-encoding']).toBeUndefined();
      expect(res.headers.vary).toMatch(/Accept-Encoding/i);
      expect(Number(res.headers['content-length'])).toBe(script.length);
      expect(res.text).toBe(script);
    }
  });

  it('sends a file without compressed copies as it is', async () => {
    const res = await request(app).get('/assets/small-Ef56Gh78.js').set('Accept-Encoding', 'br, gzip').expect(200);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.text).toBe('export {};');
  });

  it('has index.html revalidated every time, for the root and client-side routes', async () => {
    for (const url of ['/', '/index.html', '/households/123/show']) {
      const res = await request(app).get(url).expect(200);
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.text).toContain('id="root"');
    }
  });

  it('answers a missing asset with 404, not index.html', async () => {
    await request(app).get('/assets/gone-Zz99Yy88.js').expect(404);
  });

  it('leaves /api to the API, never to a file or index.html', async () => {
    const health = await request(app).get('/api/health').expect(200);
    expect(health.body).toEqual({ status: 'ok' });
    const unknown = await request(app).get('/api/nope').expect(404);
    expect(unknown.headers['content-type']).toMatch(/json/);
    expect(unknown.headers['content-encoding']).toBeUndefined();
  });
});
