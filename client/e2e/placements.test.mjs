// Browser test of the matcher's board: move a placement across the pipeline
// and see the funnel in the report change.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './support/server.mjs';
import { login, openBrowser, screenshotOnFailure } from './support/browser.mjs';

let server;
let browser;

before(async () => {
  server = await startServer();
  browser = await openBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

test('matcher: drag a proposed placement to started and the funnel counts it', async (t) => {
  const { page } = browser;
  const step = (name, fn) => t.test(name, () => withScreenshot(page, name, fn));
  let matchedBefore;
  await login(page, server.baseUrl, 'matcher@newbees.example');

  await step('reads the funnel', async () => {
    await page.goto(`${server.baseUrl}/#/reports/placements`);
    matchedBefore = Number(await page.getByTestId('figure-matched').textContent());
    assert.equal(Number(await page.getByTestId('figure-supported').textContent()), 81);
    assert.equal(matchedBefore, 78);
  });

  await step('drags a proposed placement to started', async () => {
    await page.goto(`${server.baseUrl}/#/pipeline`);
    const proposed = page.getByTestId('column-proposed');
    const started = page.getByTestId('column-started');
    await proposed.getByTestId('placement-card').first().waitFor();
    const before = await proposed.getByTestId('placement-card').count();
    const startedBefore = await started.getByTestId('placement-card').count();
    await proposed.getByTestId('placement-card').first().dragTo(started, { targetPosition: { x: 40, y: 20 } });
    await page.waitForFunction(
      ([n]) => document.querySelectorAll('[data-testid="column-proposed"] [data-testid="placement-card"]').length === n,
      [before - 1],
    );
    assert.equal(await started.getByTestId('placement-card').count(), startedBefore + 1);
  });

  await step('the report counts one more match', async () => {
    await page.goto(`${server.baseUrl}/#/reports/placements`);
    await page.getByTestId('figure-matched').getByText(String(matchedBefore + 1), { exact: true }).waitFor();
  });
});

async function withScreenshot(page, name, fn) {
  try {
    await fn();
  } catch (error) {
    const file = await screenshotOnFailure(page, name.replace(/\W+/g, '-'));
    throw new Error(`${error.message}\n(screenshot: ${file})`, { cause: error });
  }
}
