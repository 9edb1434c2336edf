// Browser test of a caseworker's morning: the caseload, a shelter deadline
// three weeks ahead, a task for it, a referral refused for lack of consent,
// consent recorded, the referral sent; then its outcome and the withdrawal of
// consent, and a coordinator reading the audit trail.
import { test } from 'node:test';
import { useApp } from './support/app.mjs';
import { chooseOption, login } from './support/browser.mjs';

const app = useApp();

test("caseworker's morning", async (t) => {
  const { page } = app;
  const step = (name, fn) => app.step(t, name, fn);
  await login(page, app.baseUrl, 'caseworker@openembassy.example');

  await step('lands on the caseload and sees the shelter deadline in three weeks', async () => {
    await page.getByTestId('caseload').getByRole('link', { name: 'ZS-001' }).waitFor();
    const row = page.getByTestId('deadline-ZS-001-shelter_end');
    await row.getByText('over 21 dagen').waitFor();
  });

  await step('creates the task for it', async () => {
    const row = page.getByTestId('deadline-ZS-001-shelter_end');
    await row.getByRole('button', { name: 'Taak maken' }).click();
    await row.getByText('Taak gepland').waitFor();
  });

  await step('a referral is refused for lack of sharing consent', async () => {
    await page.getByTestId('caseload').getByRole('link', { name: 'ZS-001' }).click();
    await page.waitForURL(/#\/households\/.*\/show/);
    // The household page loads as its own chunk: until it shows, the caseload's table is still on screen.
    const members = page
      .locator('table')
      .filter({ has: page.getByRole('columnheader', { name: 'Voornaam of pseudoniem' }) });
    await members.locator('tbody tr').first().click();
    await page.waitForURL(/#\/persons\/.*\/show/);
    await page.getByRole('button', { name: 'Doorverwijzing toevoegen' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Partner').click();
    await page.getByRole('option', { name: 'Codeschool (demo)' }).click();
    await dialog.getByLabel('Reden').fill('Wil programmeur worden');
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await dialog.waitFor({ state: 'detached' });
    const referral = page.getByTestId('referral').filter({ hasText: 'Codeschool (demo)' });
    await referral.getByRole('button', { name: 'Markeer als verstuurd' }).click();
    // The server's refusal, said in the UI's language.
    await page.getByText(/heeft geen toestemming gegeven om gegevens met deze partnerorganisatie te delen/).waitFor();
    await referral.getByTestId('referral-status').getByText('Voorgesteld').waitFor();
  });

  await step('records sharing consent and sends the referral', async () => {
    await page.getByRole('button', { name: 'Toestemming vastleggen' }).click();
    const dialog = page.getByRole('dialog');
    await chooseOption(page, 'Doel', 'Delen met partner');
    await dialog.getByLabel('Partner (bij delen)').click();
    await page.getByRole('option', { name: 'Codeschool (demo)' }).click();
    await chooseOption(page, 'Hoe gegeven', 'Schriftelijk');
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page
      .getByTestId('consent-panel')
      .getByText(/Delen met partner: Codeschool \(demo\)/)
      .waitFor();
    const referral = page.getByTestId('referral').filter({ hasText: 'Codeschool (demo)' });
    await referral.getByRole('button', { name: 'Markeer als verstuurd' }).click();
    await referral.getByTestId('referral-status').getByText('Verstuurd').waitFor();
  });

  await step('records that the partner accepted, with the outcome', async () => {
    const referral = page.getByTestId('referral').filter({ hasText: 'Codeschool (demo)' });
    await referral.getByRole('button', { name: 'Doorverwijzing bewerken' }).click();
    const dialog = page.getByRole('dialog');
    await chooseOption(page, 'Status', 'Geaccepteerd');
    await dialog.getByLabel('Uitkomst').fill('Intake op maandag');
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await dialog.waitFor({ state: 'detached' });
    await referral.getByTestId('referral-status').getByText('Geaccepteerd').waitFor();
    await referral
      .getByTestId('referral-outcome')
      .getByText(/Intake op maandag/)
      .waitFor();
  });

  await step('withdraws the sharing consent after confirming the date', async () => {
    const chip = page
      .getByTestId('consent-panel')
      .locator('.MuiChip-root')
      .filter({ hasText: /Delen met partner: Codeschool \(demo\)/ });
    await chip.locator('.MuiChip-deleteIcon').click();
    const dialog = page.getByTestId('withdraw-consent');
    const today = new Date().toISOString().slice(0, 10);
    if ((await dialog.getByLabel('Ingetrokken op').inputValue()) !== today)
      throw new Error('the withdrawal date should default to today');
    await dialog.getByRole('button', { name: 'Intrekken' }).click();
    await page.getByText('Toestemming ingetrokken').waitFor();
    // The chip shows the day as the Dutch browser writes it (23-11-2026).
    const [y, m, d] = today.split('-').map(Number);
    await chip.getByText(`→ ${new Date(y, m - 1, d).toLocaleDateString('nl-NL')}`, { exact: false }).waitFor();
  });

  await step('a coordinator reads the audit trail, filtered by resource', async () => {
    await page.evaluate(() => localStorage.clear());
    await login(page, app.baseUrl, 'coordinator@openembassy.example');
    await page.getByRole('menuitem', { name: 'Audittrail' }).click();
    await page.waitForURL(/#\/audit-events/);
    await chooseOption(page, 'Soort', 'Toestemmingen');
    // Field names as the forms label them, not as the API spells them.
    await page.locator('tbody tr').filter({ hasText: 'Ingetrokken op' }).first().waitFor();
  });
});
