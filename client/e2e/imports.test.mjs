// Browser test of a spreadsheet import: a file with a bad row, the dry run naming it, the rest imported,
// and the same file again changing nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from './support/app.mjs';
import { login } from './support/browser.mjs';

const app = useApp();

const reference = `E2E-IMP-${Date.now()}`;
const csv = [
  'reference;municipality;shelterType;protectionBasis;track;firstName;birthYear',
  `${reference}-A;Zaanstad;host_family;temporary_protection;individual_support;Olena;1984`,
  `${reference}-A;Zaanstad;host_family;temporary_protection;individual_support;Dmytro;2012`,
  `${reference}-B;Haarlem;tent;temporary_protection;individual_support;Iryna;1990`,
].join('\n');

/** From the list: a new import of households with the file, through the check, to the import's end. */
async function importFile(page, baseUrl) {
  await page.goto(`${baseUrl}/#/imports/create`);
  await page.locator('input[type="file"]').setInputFiles({
    name: 'huishoudens.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv),
  });
  await page.getByRole('button', { name: 'Uploaden' }).click();
  await page.getByText('Welke kolom bevat wat?').waitFor();
  await page.getByRole('button', { name: 'Opslaan en controleren' }).click();
  await page.getByText('2 rijen kunnen worden geïmporteerd; 1 zouden worden geweigerd.').waitFor();
}

test('coordinator: imports households from a CSV, sees the bad row, and a second import changes nothing', async (t) => {
  const { page } = app;
  const step = (name, fn) => app.step(t, name, fn);
  await login(page, app.baseUrl, 'coordinator@openembassy.example');

  await step('the dry run names the bad row and why', async () => {
    await importFile(page, app.baseUrl);
    const refused = page.getByRole('table', { name: 'Geweigerde rijen' });
    const cells = await refused.locator('tbody tr').first().locator('td').allTextContents();
    assert.equal(cells[0], '4');
    assert.equal(cells[1], 'shelterType');
  });

  await step('imports the valid rows after confirming', async () => {
    await page.getByRole('button', { name: 'Importeren' }).click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /Bevestigen|Confirm/ })
      .click();
    await page.getByText('2 nieuw, 0 gewijzigd, 0 ongewijzigd, 1 geweigerd.').waitFor({ timeout: 60_000 });
  });

  await step('the household is there with its two members', async () => {
    await page.goto(`${app.baseUrl}/#/households?filter=${encodeURIComponent(JSON.stringify({ q: reference }))}`);
    await page.getByText(`${reference}-A`).first().waitFor();
    assert.equal(await page.getByText(`${reference}-B`).count(), 0);
  });

  await step('the same file again changes nothing', async () => {
    await importFile(page, app.baseUrl);
    await page.getByRole('button', { name: 'Importeren' }).click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /Bevestigen|Confirm/ })
      .click();
    await page.getByText('0 nieuw, 0 gewijzigd, 2 ongewijzigd, 1 geweigerd.').waitFor({ timeout: 60_000 });
  });

  await step('the list shows both imports', async () => {
    await page.goto(`${app.baseUrl}/#/imports`);
    await page.getByText('huishoudens.csv').nth(1).waitFor();
  });
});
