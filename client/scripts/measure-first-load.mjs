// Measures the first load in Chromium on localhost (docs/performance.md):
//  - time from opening the app signed out to the sign-in form,
//  - time from pressing "sign in" to the household list's first row,
//  - of that, how long the sign-in request took (mostly the password hash),
//  - the gzipped JavaScript the browser fetched for both.
// Each run uses a fresh browser context (empty cache). Usage, after building client and server:
//   node client/scripts/measure-first-load.mjs [runs=7] [baseUrl]
// Without a baseUrl it starts the built server on a fresh demo database (as the browser tests do).
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { startServer } from '../e2e/support/server.mjs';
import { DEMO_PASSWORD } from '../e2e/support/browser.mjs';

const runs = Number(process.argv[2] ?? 7);
// Several sign-ins a minute from one address and e-mail: the sign-in limit would refuse them.
process.env.LOGIN_RATE_LIMIT ??= '1000';
const server = process.argv[3] ? { baseUrl: process.argv[3], stop: async () => undefined } : await startServer();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
});

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

async function oneRun() {
  const context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 1366, height: 900 } });
  const page = await context.newPage();
  const scripts = new Map(); // url → its size gzipped (level 9) and the Content-Encoding it came with
  let signInMs;
  page.on('response', async (response) => {
    const url = response.url();
    if (url.endsWith('.js')) {
      const body = await response.body().catch(() => null);
      if (body)
        scripts.set(url, {
          phase: formShown ? 'after' : 'before',
          gzip: gzipSync(body, { level: 9 }).length,
          encoding: response.headers()['content-encoding'] ?? 'none',
        });
    }
  });
  page.on('requestfinished', (request) => {
    if (request.url().endsWith('/api/auth/login')) {
      const timing = request.timing();
      signInMs = timing.responseEnd - timing.requestStart;
    }
  });
  let formShown = false;

  const opened = performance.now();
  await page.goto(`${server.baseUrl}/#/households`);
  const email = page.locator('input[name="email"], input[name="username"]').first();
  await email.waitFor();
  const toForm = performance.now() - opened;
  formShown = true;

  await email.fill('caseworker@openembassy.example');
  await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
  const submitted = performance.now();
  await page.locator('button[type="submit"]').click();
  await page
    .locator('.RaDatagrid-row, .RaDatagrid-tbody tr, [data-testid="household-card"]')
    .first()
    .waitFor({ timeout: 30_000 });
  const toRows = performance.now() - submitted;
  await page.waitForLoadState('networkidle');
  const gzip = (phase) =>
    [...scripts.values()].filter((s) => !phase || s.phase === phase).reduce((sum, s) => sum + s.gzip, 0) / 1024;
  const encodings = [...new Set([...scripts.values()].map((s) => s.encoding))].join(',');
  await context.close();
  return { toForm, toRows, signInMs, loginKb: gzip('before'), totalKb: gzip(), encodings };
}

try {
  await oneRun(); // warms the server (its first sign-in, first queries); not counted
  const results = [];
  for (let i = 0; i < runs; i++) results.push(await oneRun());
  const show = (name, pick, unit) =>
    console.log(
      `${name.padEnd(34)} median ${median(results.map(pick)).toFixed(0).padStart(5)} ${unit}   (runs: ${results.map((r) => pick(r).toFixed(0)).join(' ')})`,
    );
  show('open → sign-in form', (r) => r.toForm, 'ms');
  show('sign in → household rows', (r) => r.toRows, 'ms');
  show('  of which the sign-in request', (r) => r.signInMs, 'ms');
  show('gzip JS before the form', (r) => r.loginKb, 'KB');
  show('gzip JS up to the household rows', (r) => r.totalKb, 'KB');
  console.log(`script Content-Encoding served: ${results[0].encodings}`);
} finally {
  await browser.close();
  await server.stop();
}
