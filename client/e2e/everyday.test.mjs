// Browser test of issue 18's everyday tools: a person found from the top bar
// by part of the name typed without its accent, a due task in the bell, and a
// filtered list saved as a view and picked again after signing in anew.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from './support/app.mjs';
import { login } from './support/browser.mjs';

const app = useApp();
const CASEWORKER = 'caseworker@openembassy.example';

/** A call to the API as the signed-in user (the token the app keeps). */
const api = (page, method, path, body) =>
  page.evaluate(
    async ([method, path, body]) => {
      const res = await fetch(`/api${path}`, {
        method,
        headers: {
          Authorization: `Bearer ${localStorage.getItem('doorbraak.token')}`,
          'Content-Type': 'application/json',
        },
        body: body ? JSON.stringify(body) : undefined,
      });
      if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
      return res.json();
    },
    [method, path, body],
  );

test('search, the bell and saved views', async (t) => {
  const { page } = app;
  const step = (name, fn) => app.step(t, name, fn);
  await login(page, app.baseUrl, CASEWORKER);
  let personId;

  await step('finds a person from the top bar by part of the name, without its accent', async () => {
    const [household] = await api(page, 'GET', '/households?range=[0,0]');
    personId = (await api(page, 'POST', '/persons', { householdId: household.id, firstName: 'Zoë Hénault' })).id;
    await page.keyboard.press('Control+k');
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Zoeken' }).fill('henau');
    await dialog.getByRole('link', { name: /Zoë Hénault/ }).click();
    await page.waitForURL(new RegExp(`#/persons/${personId}/show`));
  });

  await step('sees a task due today in the bell', async () => {
    const me = await page.evaluate(() => JSON.parse(localStorage.getItem('doorbraak.user')).id);
    const today = new Date().toISOString().slice(0, 10);
    await api(page, 'POST', '/tasks', { title: 'Zoë terugbellen', dueDate: today, assigneeId: me });
    await page.reload();
    await page.getByRole('button', { name: /^Meldingen/ }).click();
    const item = page.getByRole('list', { name: 'Meldingen' }).getByRole('button', { name: /Zoë terugbellen/ });
    await item.getByText(/Taak voor vandaag/).waitFor();
    await item.click();
    await page.waitForURL(/#\/tasks\//);
  });

  await step('saves a filtered household list as a view', async () => {
    await page.goto(
      `${app.baseUrl}/#/households?filter=${encodeURIComponent(JSON.stringify({ municipality: 'Zaanstad' }))}`,
    );
    await page.getByRole('button', { name: 'Voeg filter toe' }).click();
    await page.getByRole('menuitem', { name: /Huidige zoekopdracht opslaan/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Naam zoekopdracht').fill('Alleen Zaanstad');
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await dialog.waitFor({ state: 'detached' });
    // Kept on the server, not in this browser.
    await page.waitForFunction(async () => {
      const res = await fetch('/api/saved-views', {
        headers: { Authorization: `Bearer ${localStorage.getItem('doorbraak.token')}` },
      });
      return (await res.json()).some((v) => v.name === 'Alleen Zaanstad');
    });
  });

  await step('picks the view again after signing in anew', async () => {
    // Nothing of this browser's session is left: its storage is cleared and the app loaded afresh.
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await login(page, app.baseUrl, CASEWORKER);
    await page.goto(`${app.baseUrl}/#/households`);
    await page.getByRole('button', { name: 'Voeg filter toe' }).click();
    await page.getByRole('menuitem', { name: 'Alleen Zaanstad' }).click();
    await page.waitForURL((url) => decodeURIComponent(url.hash).includes('"municipality":"Zaanstad"'));
    // The list shows Zaanstad's households only.
    await page.getByRole('cell', { name: 'Zaanstad' }).first().waitFor();
    assert.equal(await page.getByRole('cell', { name: 'Amsterdam' }).count(), 0);
  });
});
