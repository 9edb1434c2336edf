// Browser test of a person's data: the access export downloads from the
// person's page and reads as a printable page, and a research export runs to
// its download.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { useApp } from './support/app.mjs';
import { login } from './support/browser.mjs';

const app = useApp();

test("coordinator: exports a person's data and runs a research export to the download", async (t) => {
  const { page } = app;
  const step = (name, fn) => app.step(t, name, fn);
  await login(page, app.baseUrl, 'coordinator@openembassy.example');

  await step("the person's page downloads everything held about them as JSON", async () => {
    await page.goto(`${app.baseUrl}/#/persons`);
    await page.locator('tbody tr').first().click();
    await page.waitForURL(/#\/persons\/[0-9a-f-]+\/show$/);
    const personId = /persons\/([0-9a-f-]+)\/show/.exec(page.url())[1];
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Gegevens exporteren' }).click(),
    ]);
    assert.equal(download.suggestedFilename(), `person-${personId}.json`);
    const document = JSON.parse(readFileSync(await download.path(), 'utf8'));
    assert.equal(document.person.id, personId);
    for (const key of ['household', 'perspectivePlans', 'contactLogs', 'consents', 'auditEvents'])
      assert.ok(key in document, key);
    assert.ok(document.auditEvents.length > 0);
  });

  await step('the printable view shows the same content in the reader’s language', async () => {
    await page.getByRole('button', { name: 'Afdrukweergave' }).click();
    const view = page.getByTestId('printable-export');
    await view.getByText('Perspectiefplannen en evaluaties').waitFor();
    await view.getByText('Wie de gegevens bekeek of wijzigde').waitFor();
    await page.getByRole('button', { name: 'Sluiten' }).click();
  });

  await step('the erase dialog asks for the name before it lets anyone erase', async () => {
    await page.getByRole('button', { name: 'Wissen' }).click();
    const erase = page.getByRole('dialog').getByRole('button', { name: 'Wissen' });
    assert.equal(await erase.isDisabled(), true);
    await page.getByTestId('erasure-confirmation').fill('iemand anders');
    assert.equal(await erase.isDisabled(), true);
    await page.getByRole('button', { name: 'Annuleren' }).click();
  });

  await step('a research export runs with progress and downloads as one ZIP', async () => {
    await page.goto(`${app.baseUrl}/#/research-exports`);
    await page.getByRole('button', { name: 'Export starten' }).click();
    const done = page.locator('[data-testid="research-exports"] tr[data-status="done"]').first();
    await done.waitFor({ timeout: 60_000 });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      done.getByRole('button', { name: 'Downloaden' }).click(),
    ]);
    assert.match(download.suggestedFilename(), /^research-export-\d{4}-\d{2}-\d{2}\.zip$/);
    const zip = readFileSync(await download.path());
    assert.equal(zip.subarray(0, 2).toString('latin1'), 'PK');
    for (const name of ['persons.csv', 'contact_logs.csv', 'data_dictionary.csv', 'manifest.json'])
      assert.ok(zip.includes(Buffer.from(name)), name);
  });
});
