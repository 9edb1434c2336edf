// Browser test of the cohort page: grouped by protection basis, the demo's
// displaced people from Ukraine and Utrecht's status holders are two step
// curves with their bands, and the shares table names both groups.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from './support/app.mjs';
import { login } from './support/browser.mjs';

const app = useApp();

test('coordinator: the cohort page draws one curve per protection basis', async (t) => {
  const { page } = app;
  const step = (name, fn) => app.step(t, name, fn);
  await login(page, app.baseUrl, 'coordinator@openembassy.example');

  await step('the page opens from the menu with one curve for everyone', async () => {
    await page.getByRole('menuitem', { name: 'Tijd tot werk' }).click();
    await page.waitForURL(/#\/reports\/cohorts/);
    await page.getByTestId('cohort-table').waitFor();
    await page.locator('[data-testid="cohort-chart"] .cohort-curve path').first().waitFor();
    assert.equal(await page.getByTestId('cohort-chart').getAttribute('data-curves'), '1');
  });

  await step('grouped by protection basis it shows two curves, with bands, and their shares', async () => {
    await page.getByTestId('cohort-groupBy').click();
    await page.getByRole('option', { name: 'Verblijfsgrond' }).click();
    await page.waitForURL(/groupBy=protectionBasis/);
    await page.getByTestId('cohort-row-status_holder').waitFor();
    const chart = page.getByTestId('cohort-chart');
    // The demo's third-country nationals are a third, flat curve: at least the two the report compares.
    await page.waitForFunction(
      () => Number(document.querySelector('[data-testid="cohort-chart"]')?.dataset.curves) >= 2,
    );
    const curves = Number(await chart.getAttribute('data-curves'));
    assert.equal(await chart.locator('.cohort-curve path.recharts-line-curve').count(), curves);
    assert.ok(
      (await page.getByTestId('cohort-chart').locator('.recharts-legend-item-text').allTextContents()).includes(
        'Statushouder',
      ),
    );
    assert.ok((await chart.locator('.recharts-area-area').count()) >= 2, 'a confidence band per curve');
    const ukraine = await page.getByTestId('cohort-row-temporary_protection').textContent();
    const status = await page.getByTestId('cohort-row-status_holder').textContent();
    assert.match(ukraine, /Tijdelijke bescherming/);
    assert.match(status, /Statushouder/);
    // The demo's contrast: about half in work a year after arrival, far fewer of the status holders.
    const shareAt12 = async (key) =>
      Number(
        (await page.getByTestId(`cohort-row-${key}`).locator('td').nth(8).textContent())
          .replace(/[^\d,]/g, '')
          .replace(',', '.'),
      );
    assert.ok((await shareAt12('temporary_protection')) > 35, ukraine);
    assert.ok((await shareAt12('status_holder')) < 10, status);
  });
});
