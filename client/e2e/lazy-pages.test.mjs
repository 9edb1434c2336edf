// Every page that loads on demand (its own chunk), opened by a deep link as a role allowed to see it: a
// chunk that fails to load, or a page that throws, fails here. Which role may open what comes from the
// server's permission table (GET /api/auth/me), as the client reads it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from './support/app.mjs';
import { DEMO_PASSWORD, login } from './support/browser.mjs';

const app = useApp();

const ROLES = [
  'admin@openembassy.example',
  'caseworker@openembassy.example',
  'researcher@openembassy.example',
  'matcher@newbees.example',
];

// [deep link, the permission it needs (resource, action); none: any signed-in user]
const PAGES = [
  ['/', null],
  ['/change-password', null],
  ['/households/create', ['households', 'create']],
  ['/households/:household/show', ['households', 'show']],
  ['/persons', ['persons', 'list']],
  ['/persons/:person/show', ['persons', 'show']],
  ['/tasks', ['tasks', 'list']],
  ['/contact-logs', ['contact-logs', 'list']],
  ['/helpdesk-questions', ['helpdesk-questions', 'list']],
  ['/labels', ['labels', 'list']],
  ['/perspective-plans', ['perspective-plans', 'list']],
  ['/obstacles', ['obstacles', 'list']],
  ['/breakthroughs', ['breakthroughs', 'list']],
  ['/placements', ['placements', 'list']],
  ['/employers', ['employers', 'list']],
  ['/network-conversations', ['network-conversations', 'list']],
  ['/partner-organizations', ['partner-organizations', 'list']],
  ['/integration-domains', ['integration-domains', 'list']],
  ['/audit-events', ['audit-events', 'list']],
  ['/users', ['users', 'list']],
  ['/users/create', ['users', 'create']],
  ['/caseload', ['caseload', 'list']],
  ['/pipeline', ['placements', 'list']],
  ['/labelling', ['contact-logs', 'bulk-label']],
  ['/coding', ['coding-samples', 'list']],
  ['/research-exports', ['research-exports', 'list']],
  ['/retention', ['retention', 'list']],
  ['/reports/obstacles', ['reports', 'obstacles']],
  ['/reports/placements', ['reports', 'placements']],
  ['/reports/themes', ['reports', 'themes']],
  ['/reports/shelter-moves', ['reports', 'shelter-moves']],
];

async function api(path, token, init = {}) {
  const response = await fetch(`${app.baseUrl}/api${path}`, {
    ...init,
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
  });
  assert.ok(response.ok, `${path}: ${response.status}`);
  return response.json();
}

test('each page that loads on demand opens by its deep link for a role allowed to see it', async (t) => {
  const { page } = app;
  const roles = [];
  for (const email of ROLES) {
    const { accessToken } = await api('/auth/login', null, {
      method: 'POST',
      body: JSON.stringify({ email, password: DEMO_PASSWORD }),
    });
    roles.push({ email, token: accessToken, permissions: (await api('/auth/me', accessToken)).permissions ?? {} });
  }
  const allows = (role, needs) => !needs || (role.permissions[needs[0]] ?? []).includes(needs[1]);

  // Each page to the first role that may open it; every page must have one.
  const plan = new Map(roles.map((role) => [role, []]));
  for (const [route, needs] of PAGES) {
    const role = roles.find((r) => allows(r, needs));
    assert.ok(role, `no demo role may open ${route}`);
    plan.get(role).push(route);
  }

  const failedScripts = [];
  const pageErrors = [];
  page.on('response', (response) => {
    if (/\.m?js$/.test(new URL(response.url()).pathname) && response.status() >= 400)
      failedScripts.push(`${response.status()} ${response.url()}`);
  });
  page.on('requestfailed', (request) => {
    // Aborted: the test navigated on (not a broken chunk).
    if (request.resourceType() === 'script' && request.failure()?.errorText !== 'net::ERR_ABORTED')
      failedScripts.push(`${request.failure()?.errorText} ${request.url()}`);
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));

  for (const [role, routes] of plan) {
    if (routes.length === 0) continue;
    const ids = {};
    if (routes.some((route) => route.includes(':'))) {
      ids.household = (await api('/households?range=[0,0]', role.token))[0].id;
      ids.person = (await api('/persons?range=[0,0]', role.token))[0].id;
    }
    await page.evaluate(() => localStorage.clear()).catch(() => undefined);
    await login(page, app.baseUrl, role.email);
    for (const route of routes) {
      const path = route.replace(/:(\w+)/g, (_, name) => ids[name]);
      await app.step(t, `${role.email.split('@')[0]} opens ${route}`, async () => {
        // A fresh document on the deep link (not a hash change), as when someone follows a link to it.
        await page.goto('about:blank');
        failedScripts.length = 0;
        pageErrors.length = 0;
        await page.goto(`${app.baseUrl}/#${path}`);
        // The page's own content (its chunk ran), not only the layout around it.
        await page.waitForFunction(
          () => (document.querySelector('#main-content')?.textContent ?? '').trim().length > 0,
        );
        await page.waitForLoadState('networkidle');
        await page.locator('.RaLoading-root').waitFor({ state: 'detached' });
        assert.deepEqual(failedScripts, [], 'every chunk loads');
        assert.deepEqual(pageErrors, [], 'the page throws nothing');
        assert.equal(await page.locator('.RaError-root, [class*="RaError-"]').count(), 0, 'no error page');
        assert.equal(page.url().includes('access-denied'), false, 'not refused');
      });
    }
  }
});
