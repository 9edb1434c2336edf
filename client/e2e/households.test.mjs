// Browser test of the walking skeleton: a caseworker signs in, creates a
// household, adds a member from the household page, finds the household by
// search and switches the UI to Ukrainian.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from './support/app.mjs';
import { chooseOption, login } from './support/browser.mjs';

const app = useApp();

test('caseworker: create a household, add a member, search, switch to Ukrainian', async (t) => {
  const { page } = app;
  const reference = `E2E-${Date.now().toString(36).toUpperCase()}`;
  const step = (name, fn) => app.step(t, name, fn);
  await login(page, app.baseUrl, 'caseworker@openembassy.example');

  await step('creates a household', async () => {
    await page.goto(`${app.baseUrl}/#/households/create`);
    await page.getByLabel('Referentie').fill(reference);
    await page.getByLabel('Gemeente').fill('Zaanstad');
    await chooseOption(page, 'Traject', 'Individuele ondersteuning');
    await chooseOption(page, 'Opvang', 'Gastgezin');
    await chooseOption(page, 'Verblijfsgrond', 'Tijdelijke bescherming (EU)');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.waitForURL(/#\/households\/[0-9a-f-]{36}\/show/);
    await page.getByText(`Huishouden ${reference}`).waitFor();
  });

  await step('adds a member without leaving the household page', async () => {
    const showUrl = page.url();
    await page.getByRole('button', { name: 'Lid toevoegen' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Voornaam of pseudoniem').fill('Оксана');
    await dialog.getByLabel('Geboortejaar').fill('1990');
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('cell', { name: 'Оксана' }).waitFor();
    assert.equal(page.url(), showUrl);
  });

  await step('a bad birth year is refused with a message next to the field', async () => {
    await page.getByRole('button', { name: 'Lid toevoegen' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Voornaam of pseudoniem').fill('Taras');
    await dialog.getByLabel('Geboortejaar').fill(String(new Date().getFullYear() + 1));
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await dialog.getByText('Mag niet in de toekomst liggen').waitFor();
    await dialog.getByRole('button', { name: 'Annuleren' }).click();
  });

  await step('a reference already in use is refused with the server message in Dutch', async () => {
    await page.goto(`${app.baseUrl}/#/households/create`);
    await page.getByLabel('Referentie').fill(reference.toLowerCase());
    await page.getByLabel('Gemeente').fill('Zaanstad');
    await chooseOption(page, 'Traject', 'Individuele ondersteuning');
    await chooseOption(page, 'Opvang', 'Gastgezin');
    await chooseOption(page, 'Verblijfsgrond', 'Tijdelijke bescherming (EU)');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    // The field says it, and the notification names the field too: either will do.
    await page.getByText('Wordt al gebruikt door een ander huishouden').first().waitFor();
  });

  await step('filters on a municipality picked from the list', async () => {
    // The refused form still holds what was typed: leaving it asks first, and we mean to leave.
    const leave = (dialog) => dialog.accept();
    page.on('dialog', leave);
    await page.goto(`${app.baseUrl}/#/households`);
    await page.getByRole('button', { name: 'Voeg filter toe' }).waitFor();
    page.off('dialog', leave);
    await page.getByRole('button', { name: 'Voeg filter toe' }).click();
    await page.getByRole('menuitemcheckbox', { name: 'Gemeente' }).click();
    // Typing opens the list even when the municipalities arrive after the click.
    await page.getByRole('combobox', { name: 'Gemeente' }).fill('Zaan');
    await page.getByRole('option', { name: 'Zaanstad' }).click();
    await page.waitForURL(/municipality/);
    // The table refreshes after the URL: wait for its first row to be a Zaanstad one.
    await page.locator('tbody td.column-municipality').first().filter({ hasText: 'Zaanstad' }).waitFor();
    const municipalities = await page.locator('tbody td.column-municipality').allTextContents();
    assert.ok(municipalities.length > 0);
    assert.ok(
      municipalities.every((m) => m === 'Zaanstad'),
      municipalities.join(', '),
    );
  });

  await step('finds the household by search', async () => {
    await page.goto(`${app.baseUrl}/#/households`);
    await page.getByPlaceholder('Zoeken').fill(reference.toLowerCase());
    await page.getByRole('cell', { name: reference }).waitFor();
    // The cell may already be on the page before the search applies: wait for the other rows to go.
    await page.locator('tbody tr').nth(1).waitFor({ state: 'detached' });
    const rows = await page.locator('tbody tr').count();
    assert.equal(rows, 1);
  });

  await step('switches the UI to Ukrainian and remembers it', async () => {
    await page.getByRole('button', { name: /Nederlands/i }).click();
    await page.getByRole('menuitem', { name: 'Українська' }).click();
    await page.getByText('Домогосподарства').first().waitFor();
    await page.reload();
    await page.getByText('Домогосподарства').first().waitFor();
  });
});
