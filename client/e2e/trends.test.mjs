// Browser test of the trends page: the demo's theme minutes (contact logs and
// helpdesk) as stacked shares and its obstacles per domain as lines, per month
// and per quarter, with the cells of fewer than 5 persons or households named
// as not shown; at desktop width and at a phone's 390 px, without page errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import os from 'node:os';
import path from 'node:path';
import { useApp } from './support/app.mjs';
import { login } from './support/browser.mjs';

const app = useApp();

/** Screenshots to look at after a run (not only on failure). */
const shot = (page, name) =>
  page.screenshot({ path: path.join(os.tmpdir(), `doorbraak-e2e-trends-${name}.png`), fullPage: true });

test('coordinator: the trends page draws themes and obstacles over time, small groups not shown', async (t) => {
  const { page } = app;
  const step = (name, fn) => app.step(t, name, fn);
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await login(page, app.baseUrl, 'coordinator@openembassy.example');

  /** The series a chart draws: stacked areas or lines. */
  const series = (testId, kind) =>
    page.locator(`[data-testid="${testId}"] .recharts-${kind}-${kind === 'area' ? 'area' : 'curve'}`).count();

  await step('the page opens from the menu with the theme shares and the obstacle lines per month', async () => {
    await page.getByRole('menuitem', { name: 'Trends' }).click();
    await page.waitForURL(/#\/reports\/trends/);
    await page.locator('[data-testid="trend-logs"] .recharts-area-area').first().waitFor();
    await page.locator('[data-testid="trend-obstacles"] .recharts-line-curve').first().waitFor();
    assert.ok((await series('trend-logs', 'area')) >= 2, 'two or more themes in the contact logs');
    assert.ok((await series('trend-helpdesk', 'area')) >= 2, 'two or more themes in the helpdesk');
    assert.ok((await series('trend-obstacles', 'line')) >= 2, 'two or more domains of obstacles');
    await page.waitForFunction(() =>
      [...document.querySelectorAll('[data-testid="trend-logs"] .recharts-cartesian-axis-tick-value')].some((e) =>
        /^\d{4}-\d{2}$/.test(e.textContent ?? ''),
      ),
    );
    // The demo's contact logs have theme cells of fewer than 5 households in some months.
    assert.match(await page.getByTestId('trend-logs-fewer').textContent(), /^Niet getoond \(minder dan 5\): [1-9]\d*$/);
  });

  await step(
    'per quarter, new obstacles: the periods are quarters and small cells are named as not shown',
    async () => {
      await page.getByTestId('trend-interval').click();
      await page.getByRole('option', { name: 'Per kwartaal' }).click();
      await page.waitForURL(/interval=quarter/);
      await page.getByRole('button', { name: 'Nieuw' }).click();
      await page.waitForURL(/measure=new/);
      await page.waitForFunction(() =>
        [...document.querySelectorAll('[data-testid="trend-logs"] .recharts-cartesian-axis-tick-value')].some((e) =>
          /^\d{4}-Q[1-4]$/.test(e.textContent ?? ''),
        ),
      );
      assert.ok((await series('trend-logs', 'area')) >= 2);
      assert.ok((await series('trend-obstacles', 'line')) >= 2);
      // The demo has domains with obstacles of fewer than 5 persons in a quarter: gaps, and said so in Dutch.
      const fewer = page.getByTestId('trend-obstacles-fewer');
      await fewer.waitFor();
      assert.match(await fewer.textContent(), /^Niet getoond \(minder dan 5\): [1-9]\d*$/);
      assert.match(
        await page.getByText('Groepen van minder dan 5 personen worden niet getoond.').first().textContent(),
        /minder dan 5/,
      );
      await shot(page, 'desktop');
    },
  );

  await step('at 390 px the charts stack and the page does not scroll sideways', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    await page.locator('[data-testid="trend-logs"] .recharts-area-area').first().waitFor();
    await page.locator('[data-testid="trend-obstacles"] .recharts-line-curve').first().waitFor();
    assert.ok((await series('trend-helpdesk', 'area')) >= 2);
    await page.getByTestId('trend-obstacles-fewer').waitFor();
    // The measures keep their names on a phone.
    await page.getByRole('button', { name: 'Opgelost' }).click();
    await page.waitForURL(/measure=resolved/);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 1, `${overflow}px of sideways scroll`);
    const box = await page.getByTestId('trend-obstacles').boundingBox();
    assert.ok(box && box.width <= 390, `obstacle chart ${box?.width}px wide`);
    await shot(page, 'phone');
    await page.setViewportSize({ width: 1366, height: 900 });
  });

  await step('no page errors on the way', async () => {
    assert.deepEqual(pageErrors, []);
  });
});
