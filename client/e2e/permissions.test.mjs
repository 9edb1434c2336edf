// Browser check that the client shows only what the server's permission table
// allows (read from GET /api/auth/me): a caseworker reads a placement but gets
// no Delete or Edit; the codebook is editable for a researcher, read-only for
// a caseworker.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from './support/app.mjs';
import { DEMO_PASSWORD, login } from './support/browser.mjs';

const app = useApp();

async function api(path, { token, method = 'GET', body } = {}) {
  const response = await fetch(`${app.baseUrl}/api${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const json = await response.json().catch(() => ({}));
  assert.ok(response.ok, `${method} ${path}: ${response.status} ${JSON.stringify(json)}`);
  return json;
}

test('caseworker and researcher see the actions the permission table gives them', async (t) => {
  const { page } = app;
  const step = (name, fn) => app.step(t, name, fn);
  let placementId;
  let labelId;

  await step('an admin records a placement for a person (through the API)', async () => {
    const { accessToken: token } = await api('/auth/login', {
      method: 'POST',
      body: { email: 'admin@openembassy.example', password: DEMO_PASSWORD },
    });
    const [person] = await api('/persons?range=[0,0]', { token });
    placementId = (
      await api('/placements', {
        token,
        method: 'POST',
        body: { personId: person.id, type: 'paid_job', jobTitle: 'Magazijn' },
      })
    ).id;
    [{ id: labelId }] = await api('/labels?range=[0,0]', { token });
  });

  await step('a caseworker reads the placement, with no Delete and no Edit', async () => {
    await login(page, app.baseUrl, 'caseworker@openembassy.example');
    await page.goto(`${app.baseUrl}/#/placements/${placementId}/show`);
    await page.getByText('Magazijn').first().waitFor();
    await page.waitForLoadState('networkidle');
    assert.equal(await page.getByRole('button', { name: /verwijderen/i }).count(), 0);
    assert.equal(await page.getByRole('link', { name: /bewerken/i }).count(), 0);
    // Straight to the edit form: access denied.
    await page.goto(`${app.baseUrl}/#/placements/${placementId}`);
    await page.waitForURL(/#\/access-denied/);
    assert.equal(await page.getByRole('button', { name: /verwijderen/i }).count(), 0);
  });

  await step('a caseworker reads the codebook but cannot edit it', async () => {
    await page.goto(`${app.baseUrl}/#/labels`);
    await page.locator('tbody tr').first().waitFor();
    await page.waitForLoadState('networkidle');
    assert.equal(await page.getByRole('link', { name: /toevoegen/i }).count(), 0);
    await page.goto(`${app.baseUrl}/#/labels/${labelId}`);
    await page.waitForURL(/#\/access-denied/);
    assert.equal(await page.getByRole('button', { name: /samenvoegen/i }).count(), 0);
  });

  await step('a researcher keeps the codebook: create, edit and merge', async () => {
    // Another user in a fresh page load (signing out does the same: react-admin forgets what it knew).
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await login(page, app.baseUrl, 'researcher@openembassy.example');
    await page.goto(`${app.baseUrl}/#/labels`);
    await page.locator('tbody tr').first().waitFor();
    await page
      .getByRole('link', { name: /toevoegen/i })
      .first()
      .waitFor();
    await page.goto(`${app.baseUrl}/#/labels/${labelId}`);
    await page.locator('input[name="name.nl"]').waitFor();
    await page.getByRole('button', { name: /samenvoegen/i }).waitFor();
  });
});
