// Browser test of the contribution of displaced people (letter 003): the
// caseworker opens the demo's catering household, steps back to July 2025
// (a month across a change of the gas/water/electricity amount on 16 July)
// and reads amounts worked out by hand; then records an income on a person page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from './support/app.mjs';
import { login } from './support/browser.mjs';

const app = useApp();

test('caseworker: a household contribution month by month, and an income on the person page', async (t) => {
  const { page } = app;
  const step = (name, fn) => app.step(t, name, fn);
  await login(page, app.baseUrl, 'caseworker@openembassy.example');

  await step('opens the catering household: the current month, two adults, one earner', async () => {
    await page.goto(`${app.baseUrl}/#/households`);
    await page.getByPlaceholder('Zoeken').fill('ZS-BIJ-01');
    await page.getByRole('cell', { name: 'ZS-BIJ-01' }).click();
    await page.waitForURL(/#\/households\/[0-9a-f-]{36}\/show/);
    const panel = page.getByTestId('contribution-panel');
    // min(2 × €105,00, 2 × €105,00) + min(2 × €242,48, 2 × €242,48) = €210,00 + €484,96 = €694,96.
    await panel
      .getByTestId('contribution-amounts')
      .getByText(/694,96/)
      .waitFor();
    assert.match(await panel.getByTestId('living-allowance').textContent(), /Oksana: stopt/);
    assert.match(await panel.getByTestId('living-allowance').textContent(), /Taras: loopt door/);
  });

  await step('steps back to July 2025: two lines for gas, water and electricity, each naming its version', async () => {
    const panel = page.getByTestId('contribution-panel');
    for (let i = 0; i < 60 && (await panel.getByTestId('contribution-month').textContent()) !== 'juli 2025'; i++) {
      const before = await panel.getByTestId('contribution-month').textContent();
      await panel.getByRole('button', { name: 'Vorige maand' }).click();
      await page.waitForFunction(
        ([text]) => document.querySelector('[data-testid="contribution-month"]')?.textContent !== text,
        [before],
      );
    }
    // 1–15 July: €210,00 × 15/31 = €101,61; 16–31 July: 2 × €107,50 = €215,00 × 16/31 = €110,97;
    // with catering €484,96: €697,54.
    await panel
      .getByTestId('contribution-amounts')
      .getByText(/697,54/)
      .waitFor();
    const lines = panel.getByTestId('contribution-lines');
    await lines.getByText(/101,61/).waitFor();
    await lines.getByText(/110,97/).waitFor();
    assert.match(await lines.textContent(), /versie vanaf 16/);
  });

  await step('records an income on a person page', async () => {
    await page.getByRole('cell', { name: 'Taras' }).click();
    await page.waitForURL(/#\/persons\/[0-9a-f-]{36}\/show/);
    const panel = page.getByTestId('income-panel');
    await panel.getByRole('button', { name: 'Inkomen toevoegen' }).click();
    const dialog = page.getByRole('dialog');
    // The options open in a popover outside the dialog.
    await dialog.getByRole('combobox', { name: /^Bron/ }).click();
    await page.getByRole('option', { name: 'Toeslag', exact: true }).click();
    await dialog.getByLabel('Bruto per maand').fill('120');
    await dialog.getByLabel('Vanaf').fill('2025-01-01');
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await dialog.waitFor({ state: 'detached' });
    await panel.getByRole('cell', { name: 'Toeslag' }).waitFor();
  });
});
