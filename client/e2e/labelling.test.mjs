// Browser test of the researcher's labelling screen: three logs from the
// unlabelled queue labelled with the keyboard only, and the theme report
// changing with them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from './support/app.mjs';
import { login } from './support/browser.mjs';

const app = useApp();

test('researcher: label three logs with the keyboard, and the report follows', async (t) => {
  const { page } = app;
  const step = (name, fn) => app.step(t, name, fn);
  let unlabelledBefore;
  await login(page, app.baseUrl, 'researcher@openembassy.example');

  await step('reads how many logs are unlabelled in the theme report', async () => {
    await page.goto(`${app.baseUrl}/#/reports/themes`);
    unlabelledBefore = await unlabelledLogs(page);
    assert.ok(unlabelledBefore >= 3, `expected unlabelled logs in the demo data, found ${unlabelledBefore}`);
  });

  await step('labels three logs without the mouse', async () => {
    await page.goto(`${app.baseUrl}/#/labelling`);
    const input = page.getByTestId('labelling-input');
    await input.waitFor();
    for (let i = 1; i <= 3; i++) {
      await page
        .getByTestId('labelling-position')
        .getByText(new RegExp(`^${i} van `))
        .waitFor();
      await page.keyboard.type('huisvest');
      await page.keyboard.press('Enter');
      await page.getByTestId('labelling-applied').getByText('Huisvesting', { exact: false }).first().waitFor();
      await page.keyboard.press('Enter');
    }
    await page
      .getByTestId('labelling-position')
      .getByText(/^4 van /)
      .waitFor();
  });

  await step('edits a labelled log in the standard form and saves it', async () => {
    await page.goto(`${app.baseUrl}/#/contact-logs`);
    await page.locator('tbody tr').first().waitFor();
    // A researcher edits the note only of a log they may read (the others show the note as withheld).
    await page
      .locator('tbody tr')
      .filter({ hasNot: page.getByTestId('note-withheld') })
      .first()
      .click();
    const note = page.locator('textarea[name="note"]');
    await note.waitFor();
    await note.fill('Bijgewerkt in het formulier');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.waitForURL(/#\/contact-logs$/);
    await page.getByText('Bijgewerkt in het formulier').first().waitFor();
  });

  await step('shows the labels of contacts on the household timeline', async () => {
    await page.locator('tbody tr').first().getByRole('link').first().click();
    await page.getByTestId('timeline-labels').first().waitFor();
  });

  await step('the theme report counts three fewer unlabelled logs', async () => {
    await page.goto(`${app.baseUrl}/#/reports/themes`);
    await page.waitForFunction((expected) => {
      const rows = [...document.querySelectorAll('[data-testid="themes-logs"] [data-testid="theme-row"]')];
      const row = rows.find((r) => r.textContent.startsWith('Zonder label'));
      return row && Number(row.lastElementChild.textContent) === expected;
    }, unlabelledBefore - 3);
  });
});

async function unlabelledLogs(page) {
  const row = page.getByTestId('themes-logs').getByTestId('theme-row').filter({ hasText: 'Zonder label' });
  await row.waitFor();
  return Number(await row.locator('td').last().textContent());
}
