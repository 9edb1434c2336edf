// Browser test of the work-permit check (issue 14, letter 000 §3.4): a
// proposed job under temporary protection cannot start before the employer
// notified UWV; the matcher sees why, records the notification and starts it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from './support/app.mjs';
import { login } from './support/browser.mjs';

const app = useApp();

const yesterday = () => new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);

test('matcher: a job waiting for the UWV notification cannot start; once notified it starts', async (t) => {
  const { page } = app;
  const step = (name, fn) => app.step(t, name, fn);
  await login(page, app.baseUrl, 'matcher@newbees.example');
  const proposed = page.getByTestId('column-proposed');
  const started = page.getByTestId('column-started');
  const waiting = () => proposed.getByTestId('placement-card').filter({ has: page.getByTestId('start-blocker') });
  let startedBefore;

  await step('the board marks the proposal that may not start', async () => {
    await page.goto(`${app.baseUrl}/#/pipeline`);
    await waiting().first().waitFor();
    assert.equal(await waiting().count(), 1);
    assert.equal(await waiting().getByTestId('start-blocker').textContent(), 'Wacht op de melding bij UWV');
    startedBefore = await started.getByTestId('placement-card').count();
  });

  await step('moving it to started is refused, saying why', async () => {
    await waiting()
      .first()
      .dragTo(started, { targetPosition: { x: 40, y: 20 } });
    await page.getByTestId('confirm-move').click();
    await page.getByText('Kan nog niet starten: de werkgever moet het werk eerst bij UWV melden').first().waitFor();
    assert.equal(await waiting().count(), 1);
    assert.equal(await started.getByTestId('placement-card').count(), startedBefore);
    await page.getByTestId('move-dialog').getByRole('button', { name: 'Annuleren' }).click();
    await page.getByTestId('move-dialog').waitFor({ state: 'detached' });
  });

  await step('records the UWV notification on the placement', async () => {
    await waiting().first().getByRole('link').click();
    await page.getByTestId('work-permit').getByText('Wacht op de melding bij UWV').waitFor();
    await page.getByLabel('Gemeld bij UWV op').fill(yesterday());
    await page.getByRole('button', { name: 'Opslaan' }).click();
    // The saved placement's page: nothing stands in the way any more.
    await page.waitForURL(/\/placements\/[^/]+\/show$/);
    await page
      .getByTestId('work-permit')
      .getByText(/meldt het werk vóór de start bij UWV/)
      .waitFor();
    await page.getByTestId('work-permit').getByText('Kan nog niet starten').waitFor({ state: 'detached' });
    assert.equal(await page.getByTestId('work-permit').getByText('Kan nog niet starten').count(), 0);
  });

  await step('and starts it from the board', async () => {
    await page.goto(`${app.baseUrl}/#/pipeline`);
    await started.getByTestId('placement-card').first().waitFor();
    assert.equal(await waiting().count(), 0);
    const before = await proposed.getByTestId('placement-card').count();
    await proposed
      .getByTestId('placement-card')
      .first()
      .dragTo(started, { targetPosition: { x: 40, y: 20 } });
    await page.getByTestId('confirm-move').click();
    await page.waitForFunction(
      ([n]) => document.querySelectorAll('[data-testid="column-proposed"] [data-testid="placement-card"]').length === n,
      [before - 1],
    );
    assert.equal(await started.getByTestId('placement-card').count(), startedBefore + 1);
  });
});
