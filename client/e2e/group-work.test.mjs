// Browser test of group work and policy work (issue 17): a workshop recorded
// with a known attendee shows on that person's household timeline; two rows
// of the systemic-obstacles report become a policy signal, which is then
// marked as raised with a municipality.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from './support/app.mjs';
import { chooseOption, login } from './support/browser.mjs';

const app = useApp();

test('coordinator: a workshop with attendees shows on the timeline; systemic obstacles become a raised signal', async (t) => {
  const { page } = app;
  const step = (name, fn) => app.step(t, name, fn);
  await login(page, app.baseUrl, 'coordinator@openembassy.example');
  const title = 'Workshop solliciteren (browsertest)';
  let personId;

  await step('records a workshop with a known attendee and others counted', async () => {
    await page.goto(`${app.baseUrl}/#/activities/create`);
    await page.getByLabel('Titel').fill(title);
    await page.getByLabel('Datum').fill('2026-11-02');
    await page.getByLabel('Gemeente').fill('Zaanstad');
    await page.getByRole('combobox', { name: 'Bekende deelnemers' }).fill('Olena');
    await page.getByRole('option', { name: 'Olena' }).first().click();
    await page.getByLabel('Overige deelnemers (aantal)').fill('5');
    const created = page.waitForRequest((r) => r.method() === 'POST' && /\/api\/activities$/.test(r.url()));
    await page.getByRole('button', { name: 'Opslaan' }).click();
    const body = JSON.parse((await created).postData());
    assert.equal(body.personIds.length, 1);
    assert.equal(body.anonymousCount, 5);
    personId = body.personIds[0];
    await page.waitForURL(/#\/activities$/);
    await page.getByText(title).waitFor();
  });

  await step("the attendance shows on the person's household timeline", async () => {
    await page.goto(`${app.baseUrl}/#/persons/${personId}/show`);
    await page.locator('a[href*="#/households/"]').first().click();
    await page.waitForURL(/#\/households\/.*\/show/);
    const entry = page.getByTestId('timeline').locator('li').filter({ hasText: title });
    await entry.getByText('Activiteit').waitFor();
  });

  await step('turns two systemic obstacles from the report into one policy signal', async () => {
    await page.goto(`${app.baseUrl}/#/reports/obstacles`);
    await page.getByTestId('systemic-row').first().waitFor();
    await page.getByRole('checkbox', { name: 'Kiezen: Childcare place missing' }).check();
    await page.getByRole('checkbox', { name: 'Kiezen: No BSN yet, so no bank account' }).check();
    await page.getByTestId('make-signal').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('2 rijen gekozen').waitFor();
    await dialog.getByTestId('signal-title').fill('Registratie en kinderopvang lopen vast');
    await dialog.getByTestId('save-signal').click();
    await page.waitForURL(/#\/policy-signals\/[0-9a-f-]+$/);
    const evidence = await page.getByTestId('evidence-line').textContent();
    assert.match(evidence, /^\d+ systemische obstakels · \d+ huishoudens · \d+ gemeenten · sinds /);
  });

  await step('marks the signal as raised with a municipality', async () => {
    await chooseOption(page, 'Status', 'Aangekaart');
    await chooseOption(page, 'Aangekaart bij', 'Gemeente');
    await page.getByLabel('Naam (welke gemeente, welk ministerie…)').fill('Gemeente Zaanstad');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.waitForURL(/#\/policy-signals$/);
    const row = page.locator('tr').filter({ hasText: 'Registratie en kinderopvang lopen vast' });
    await row.getByText('Aangekaart').waitFor();
  });
});
