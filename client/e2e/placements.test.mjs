// Browser test of the matcher's board: move a placement across the pipeline
// and see the funnel in the report change.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from './support/app.mjs';
import { chooseOption, login } from './support/browser.mjs';

const app = useApp();

test('matcher: drag a proposed placement to started (confirming its start date) and the funnel counts it', async (t) => {
  const { page } = app;
  const step = (name, fn) => app.step(t, name, fn);
  let matchedBefore;
  await login(page, app.baseUrl, 'matcher@newbees.example');

  await step('reads the funnel', async () => {
    await page.goto(`${app.baseUrl}/#/reports/placements`);
    matchedBefore = Number(await page.getByTestId('figure-matched').textContent());
    assert.equal(Number(await page.getByTestId('figure-supported').textContent()), 81);
    assert.equal(matchedBefore, 78);
  });

  await step('filters the board by a sector picked from those in use', async () => {
    await page.goto(`${app.baseUrl}/#/pipeline`);
    await page.getByTestId('placement-card').first().waitFor();
    // The demo's 86 placements fit on the board: no notice that some are left out.
    assert.equal(await page.getByTestId('board-truncated').count(), 0);
    await chooseOption(page, 'Sector', 'Evenementen');
    // 21 one-off gigs and the 2 proposals are in "Evenementen".
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="placement-card"]').length === 23);
    assert.equal(await page.getByTestId('column-proposed').getByTestId('placement-card').count(), 2);
  });

  await step('drags a proposed placement to started', async () => {
    const proposed = page.getByTestId('column-proposed');
    const started = page.getByTestId('column-started');
    await proposed.getByTestId('placement-card').first().waitFor();
    const before = await proposed.getByTestId('placement-card').count();
    const startedBefore = await started.getByTestId('placement-card').count();
    // The demo's other proposal waits for the UWV notification (placement-permits.test.mjs): not that one.
    await proposed
      .getByTestId('placement-card')
      .filter({ hasNot: page.getByTestId('start-blocker') })
      .first()
      .dragTo(started, { targetPosition: { x: 40, y: 20 } });
    // Starting asks for the start date (today unless the planned one has come).
    await page.getByTestId('confirm-move').click();
    await page.waitForFunction(
      ([n]) => document.querySelectorAll('[data-testid="column-proposed"] [data-testid="placement-card"]').length === n,
      [before - 1],
    );
    assert.equal(await started.getByTestId('placement-card').count(), startedBefore + 1);
  });

  await step('the report counts one more match', async () => {
    await page.goto(`${app.baseUrl}/#/reports/placements`);
    await page
      .getByTestId('figure-matched')
      .getByText(String(matchedBefore + 1), { exact: true })
      .waitFor();
  });

  await step('the report filters by matcher: the coordinator follows nobody', async () => {
    await chooseOption(page, 'Matcher', 'Demo Coördinator NB');
    await page.getByTestId('figure-supported').getByText('0', { exact: true }).waitFor();
    await chooseOption(page, 'Matcher', 'Demo Matcher');
    await page
      .getByTestId('figure-matched')
      .getByText(String(matchedBefore + 1), { exact: true })
      .waitFor();
  });
});
