// Browser test of the guards on what people type: typed work is not lost
// without asking (a form, a dialog), the pipeline refuses a move that skips
// a step and asks for the date of one that needs it (then undoes it), and a
// resolved obstacle shows as history, not as blocking.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from './support/app.mjs';
import { chooseOption, DEMO_PASSWORD, login } from './support/browser.mjs';

const app = useApp();

/** The API as a signed-in user, for setting up and checking what the page did. */
async function apiAs(baseUrl, email) {
  const res = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  const { accessToken } = await res.json();
  return async (method, path, body) => {
    const answer = await fetch(`${baseUrl}/api${path}`, {
      method,
      headers: { Authorization: `Bearer ${accessToken}`, ...(body && { 'Content-Type': 'application/json' }) },
      body: body && JSON.stringify(body),
    });
    const json = await answer.json();
    if (!answer.ok) throw new Error(`${method} ${path}: ${answer.status} ${JSON.stringify(json)}`);
    return json;
  };
}

const householdBody = () => ({
  reference: `GD-${Date.now().toString(36)}`,
  municipality: 'Nijmegen',
  shelterType: 'host_family',
  protectionBasis: 'temporary_protection',
  track: 'individual_support',
});

test('caseworker: unsaved work is guarded, resolved obstacles are history', async (t) => {
  const { page } = app;
  const step = (name, fn) => app.step(t, name, fn);
  const api = await apiAs(app.baseUrl, 'researcher@openembassy.example');
  await login(page, app.baseUrl, 'researcher@openembassy.example');
  const household = await api('POST', '/households', householdBody());
  const person = await api('POST', '/persons', { householdId: household.id, firstName: 'Halyna' });

  await step('an edited form asks before navigating away, and keeps the work when told to stay', async () => {
    await page.goto(`${app.baseUrl}/#/households/create`);
    await page.getByLabel('Gemeente').fill('Arnhem');
    const asked = [];
    page.once('dialog', (dialog) => {
      asked.push(dialog.message());
      void dialog.dismiss();
    });
    await page.getByRole('menuitem', { name: 'Personen' }).first().click();
    await page.waitForTimeout(300);
    assert.equal(asked.length, 1, 'the form asked before leaving');
    assert.match(asked[0], /niet opgeslagen/);
    assert.match(page.url(), /#\/households\/create/);
    assert.equal(await page.getByLabel('Gemeente').inputValue(), 'Arnhem');

    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('menuitem', { name: 'Personen' }).first().click();
    await page.waitForURL(/#\/persons/);
  });

  await step('a filled dialog asks before Escape throws its content away; an empty one just closes', async () => {
    await page.goto(`${app.baseUrl}/#/households/${household.id}/show`);
    await page.getByRole('button', { name: 'Lid toevoegen' }).click();
    const dialog = page.getByRole('dialog');
    const firstName = dialog.getByLabel('Voornaam of pseudoniem');
    await firstName.fill('Bohdan');
    await page.keyboard.press('Escape');
    await page.getByText('Wijzigingen weggooien?').waitFor();
    await page.getByRole('button', { name: 'Verder bewerken' }).click();
    await page.getByText('Wijzigingen weggooien?').waitFor({ state: 'detached' });
    assert.equal(await dialog.getByLabel('Voornaam of pseudoniem').inputValue(), 'Bohdan');

    await dialog.getByRole('button', { name: 'Annuleren' }).click();
    await page.getByRole('button', { name: 'Weggooien' }).click();
    await firstName.waitFor({ state: 'detached' });

    await page.getByRole('button', { name: 'Lid toevoegen' }).click();
    await firstName.waitFor();
    await page.keyboard.press('Escape');
    await firstName.waitFor({ state: 'detached' });
    assert.equal(await page.getByText('Wijzigingen weggooien?').count(), 0);
  });

  await step('a resolved obstacle is shown as history: it was blocking, and blocks the most no more', async () => {
    const work = await api('POST', '/obstacles', {
      personId: person.id,
      domainKey: 'work',
      title: 'Geen werkvergunning',
      identifiedOn: '2026-01-05',
    });
    const housing = await api('POST', '/obstacles', {
      personId: person.id,
      domainKey: 'housing',
      title: 'Gastgezin stopt',
      identifiedOn: '2026-01-05',
      blocksIds: [work.id],
    });
    await page.goto(`${app.baseUrl}/#/persons/${person.id}/show`);
    await page.getByTestId('obstacles-housing').getByText('Blokkeert: Geen werkvergunning').waitFor();
    await page.getByTestId('obstacles-blocking-most').waitFor();

    await api('PUT', `/obstacles/${housing.id}`, { status: 'resolved', resolvedOn: '2026-02-01' });
    await page.reload();
    await page.getByTestId('obstacles-housing').getByText('Blokkeerde: Geen werkvergunning').waitFor();
    await page.getByTestId('obstacles-work').getByText('Werd geblokkeerd door: Gastgezin stopt').waitFor();
    assert.equal(
      await page.getByTestId('obstacles-work').getByText('Geblokkeerd door: Gastgezin stopt', { exact: true }).count(),
      0,
    );
    assert.equal(
      await page.getByTestId('obstacles-housing').getByText('Blokkeert: Geen werkvergunning', { exact: true }).count(),
      0,
    );
    assert.equal(await page.getByTestId('obstacles-blocking-most').count(), 0);

    await page.goto(`${app.baseUrl}/#/obstacles/${work.id}/show`);
    await page.getByText('Werd geblokkeerd door').waitFor();
  });
});

test('matcher: the pipeline refuses a skipped step, asks for a start date, and undoes', async (t) => {
  const { page } = app;
  const step = (name, fn) => app.step(t, name, fn);
  const api = await apiAs(app.baseUrl, 'matcher@newbees.example');
  await page.context().clearCookies();
  await page.goto(`${app.baseUrl}/#/login`);
  await page.evaluate(() => localStorage.clear());
  await login(page, app.baseUrl, 'matcher@newbees.example');
  const proposed = page.getByTestId('column-proposed');
  const cards = proposed.getByTestId('placement-card');
  let before;

  await step('shows the Evenementen sector on the board', async () => {
    await page.goto(`${app.baseUrl}/#/pipeline`);
    await page.getByTestId('placement-card').first().waitFor();
    await chooseOption(page, 'Sector', 'Evenementen');
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid="column-proposed"] [data-testid="placement-card"]').length === 2,
    );
    before = await cards.count();
  });

  await step('a proposal dropped on "ended" is refused, visibly, and stays proposed', async () => {
    await cards.first().dragTo(page.getByTestId('column-ended'), { targetPosition: { x: 40, y: 20 } });
    await page.getByText('Een plaatsing kan niet van Voorgesteld naar Beëindigd').waitFor();
    assert.equal(await page.getByTestId('move-dialog').count(), 0);
    assert.equal(await cards.count(), before);
  });

  await step('a proposal dropped on "started" asks for the start date first', async () => {
    // Not the one waiting for its UWV notification (issue 14): that one may not start yet.
    await cards
      .filter({ hasNot: page.getByTestId('start-blocker') })
      .first()
      .dragTo(page.getByTestId('column-started'), { targetPosition: { x: 40, y: 20 } });
    const dialog = page.getByTestId('move-dialog');
    await dialog.getByText('Voorgesteld → Gestart').waitFor();
    const date = dialog.locator('input[name="startDate"]');
    assert.match(await date.inputValue(), /^\d{4}-\d{2}-\d{2}$/);
    await date.fill('2026-11-02');
    await dialog.getByTestId('confirm-move').click();
    await dialog.waitFor({ state: 'detached' });
    await page.waitForFunction(
      ([n]) => document.querySelectorAll('[data-testid="column-proposed"] [data-testid="placement-card"]').length === n,
      [before - 1],
    );
    const started = await api(
      'GET',
      `/placements?filter=${encodeURIComponent(JSON.stringify({ sector: 'Evenementen', status: 'started', startDate_gte: '2026-11-02', startDate_lte: '2026-11-02' }))}`,
    );
    assert.equal(started.length, 1);
    assert.deepEqual(
      started[0].statusHistory.map((h) => h.status),
      ['proposed', 'started'],
    );
    t.diagnostic(`moved ${started[0].id}`);
    page.movedId = started[0].id;
  });

  await step('"Undo" puts it back: proposed again, the start out of its history', async () => {
    await page.getByTestId('undo-move').click();
    await page.waitForFunction(
      ([n]) => document.querySelectorAll('[data-testid="column-proposed"] [data-testid="placement-card"]').length === n,
      [before],
    );
    await page.getByText('Verplaatsing ongedaan gemaakt: terug naar Voorgesteld').waitFor();
    const undone = await api('GET', `/placements/${page.movedId}`);
    assert.equal(undone.status, 'proposed');
    assert.deepEqual(
      undone.statusHistory.map((h) => h.status),
      ['proposed'],
    );
  });
});
