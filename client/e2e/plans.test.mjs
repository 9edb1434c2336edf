// Browser test of the method on the person page: an obstacle in Housing that
// blocks one in Work, a breakthrough that resolves the housing one, the wheel
// changing colour, and a review with what changed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from './support/app.mjs';
import { chooseOption, login } from './support/browser.mjs';

const app = useApp();

test('researcher: obstacles, a breakthrough, the wheel and a review', async (t) => {
  const { page } = app;
  const step = (name, fn) => app.step(t, name, fn);
  await login(page, app.baseUrl, 'researcher@openembassy.example');

  await step('opens a person and starts a plan', async () => {
    // A fresh household and member, so the wheel starts empty.
    await page.goto(`${app.baseUrl}/#/households/create`);
    await page.getByLabel('Referentie').fill(`PL-${Date.now().toString(36)}`);
    await page.getByLabel('Gemeente').fill('Nijmegen');
    await chooseOption(page, 'Traject', 'Individuele ondersteuning');
    await chooseOption(page, 'Opvang', 'Gastgezin');
    await chooseOption(page, 'Verblijfsgrond', 'Tijdelijke bescherming (EU)');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByRole('button', { name: 'Lid toevoegen' }).click();
    await page.getByRole('dialog').getByLabel('Voornaam of pseudoniem').fill('Tina');
    await page.getByRole('dialog').getByRole('button', { name: 'Opslaan' }).click();
    await page.getByRole('cell', { name: 'Tina' }).click();
    await page.waitForURL(/#\/persons\/[0-9a-f-]{36}\/show/);
    await page.getByText('Nog geen actief plan').waitFor();
    await page.getByRole('link', { name: 'Plan starten' }).click();
    await page.getByLabel('Perspectief (in eigen woorden)').fill('Een stabiel huis en werk als verpleegkundige');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByTestId('plan-perspective').getByText('Een stabiel huis en werk als verpleegkundige').waitFor();
    assert.equal(await page.getByTestId('domain-housing').getAttribute('data-state'), 'none');
  });

  await step('adds an obstacle in Work, then one in Housing that blocks it', async () => {
    await addObstacle(page, 'Werk', 'Geen tijd om te solliciteren');
    await addObstacle(page, 'Huisvesting', 'Gastgezin stopt over twee dagen', 'Geen tijd om te solliciteren');
    await page.getByTestId('obstacles-housing').getByText('Blokkeert: Geen tijd om te solliciteren').waitFor();
    await page.getByTestId('obstacles-work').getByText('Geblokkeerd door: Gastgezin stopt over twee dagen').waitFor();
    await waitForState(page, 'housing', 'open');
    await waitForState(page, 'work', 'open');
    // The plan lists what blocks the most first, and the wheel says what its colours mean.
    await page.getByTestId('obstacles-blocking-most').getByText('Blokkeert 1 ander').waitFor();
    await page
      .getByTestId('obstacles-blocking-most')
      .getByRole('link', { name: 'Gastgezin stopt over twee dagen' })
      .waitFor();
    await page.getByTestId('wheel-legend').getByText('Opgelost').waitFor();
  });

  await step('takes a first review', async () => {
    await page.getByLabel('Wat kwam er in deze evaluatie naar voren?').fill('Eerste evaluatie');
    await page.getByRole('button', { name: 'Nu evalueren' }).click();
    await page.getByTestId('plan-reviews').getByText('Eerste evaluatie').waitFor();
    await page.getByTestId('plan-diff').getByText('Niets veranderd').waitFor();
  });

  await step('records a breakthrough that resolves the housing obstacle, and the wheel turns green', async () => {
    await page.getByRole('button', { name: 'Doorbraak vastleggen' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Wat is er gedaan').fill('Kamer in gemeentelijke opvang geregeld');
    await dialog.getByLabel('Met wie').fill('Gemeente Nijmegen');
    await dialog.getByLabel('Partnerorganisatie (uit de lijst)').fill('Taalmaatjes');
    await page.getByRole('option', { name: 'Taalmaatjes (demo)' }).click();
    await dialog.getByLabel('Weggenomen obstakels').click();
    await page.getByRole('option', { name: 'Gastgezin stopt over twee dagen' }).click();
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByTestId('breakthrough-timeline').getByText('Kamer in gemeentelijke opvang geregeld').waitFor();
    await page
      .getByTestId('breakthrough-timeline')
      .getByText('Taalmaatjes (demo) · Gemeente Nijmegen', { exact: false })
      .waitFor();
    await waitForState(page, 'housing', 'resolved');
    await waitForState(page, 'work', 'open');
  });

  await step('the review shows what changed since', async () => {
    await page.getByTestId('plan-diff').getByText('Gastgezin stopt over twee dagen: Open → Opgelost').waitFor();
    await page.getByLabel('Wat kwam er in deze evaluatie naar voren?').fill('Tweede evaluatie');
    await page.getByRole('button', { name: 'Nu evalueren' }).click();
    await page.getByTestId('plan-reviews').getByText('Tweede evaluatie').waitFor();
    // The newest review against now: nothing since.
    await page.getByTestId('plan-diff').getByText('Niets veranderd').waitFor();
  });

  await step('compares two reviews with each other', async () => {
    await chooseOption(page, 'Vanaf de evaluatie van', /Eerste evaluatie/);
    await chooseOption(page, 'Tot', /Tweede evaluatie/);
    await page
      .getByTestId('plan-diff')
      .getByText(/tussen de evaluaties van/)
      .waitFor();
    await page.getByTestId('plan-diff').getByText('Gastgezin stopt over twee dagen: Open → Opgelost').waitFor();
  });

  await step('the household page rolls up the open obstacles by domain', async () => {
    await page.getByRole('link', { name: /^PL-/ }).first().click();
    await page.waitForURL(/#\/households\/[0-9a-f-]{36}\/show/);
    const work = page.getByTestId('household-obstacles-work');
    await work.getByText('Werk').waitFor();
    assert.deepEqual(await work.locator('td').allInnerTexts(), ['Werk', '1', '0']);
    assert.equal(await page.getByTestId('household-obstacles-housing').count(), 0);
  });
});

async function addObstacle(page, domain, title, blocks) {
  await page.getByRole('button', { name: 'Obstakel toevoegen' }).click();
  const dialog = page.getByRole('dialog');
  await chooseOption(page, 'Domein', domain);
  await dialog.getByLabel('Titel').fill(title);
  if (blocks) {
    await dialog.getByLabel('Blokkeert').click();
    await page.getByRole('option', { name: blocks }).click();
  }
  await dialog.getByRole('button', { name: 'Opslaan' }).click();
  await dialog.waitFor({ state: 'detached' });
}

async function waitForState(page, domainKey, state) {
  await page.locator(`[data-testid="domain-${domainKey}"][data-state="${state}"]`).waitFor();
}
