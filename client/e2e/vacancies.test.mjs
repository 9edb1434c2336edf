// Browser test of issue 16: a matcher adds a vacancy, opens its suggestions,
// proposes the top person in one click and sees the placement on the board.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from './support/app.mjs';
import { login } from './support/browser.mjs';

const app = useApp();
const TITLE = 'Helpende zorg (browsertest)';

test('matcher: add a vacancy, open its suggestions, propose the top person, see the placement on the board', async (t) => {
  const { page } = app;
  const step = (name, fn) => app.step(t, name, fn);
  await login(page, app.baseUrl, 'matcher@newbees.example');
  let topPerson;

  await step('adds a vacancy for care work in Zaanstad', async () => {
    await page.goto(`${app.baseUrl}/#/vacancies/create`);
    const employer = page.getByRole('combobox', { name: 'Werkgever' });
    await employer.click();
    await employer.fill('Werkgever 01');
    await page.getByRole('option', { name: 'Werkgever 01', exact: true }).click();
    await page.locator('input[name="title"]').fill(TITLE);
    await page.locator('input[name="sector"]').fill('care');
    await page.locator('input[name="municipality"]').fill('Zaanstad');
    await page.locator('input[name="hoursPerWeek"]').fill('24');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.waitForURL((url) => /#\/vacancies\/[0-9a-f-]+\/show/.test(url.hash));
  });

  await step('opens its suggestions: persons in matching, best first, each with its reasons', async () => {
    const rows = page.getByTestId('vacancy-suggestions').getByTestId('suggestion');
    await rows.first().waitFor();
    assert.ok((await rows.count()) > 1);
    // Every score comes with its six reasons, in words.
    assert.equal(await rows.first().locator('[data-testid^="reason-"]').count(), 6);
    await rows.first().getByTestId('reason-municipality').waitFor();
    topPerson = (await rows.first().locator('a').first().textContent()).trim();
    assert.ok(topPerson && topPerson !== '…');
  });

  await step('proposes the top person in one click', async () => {
    await page.getByTestId('vacancy-suggestions').getByTestId('propose').first().click();
    await page.getByText('Voorgestelde plaatsing aangemaakt').waitFor();
  });

  await step('sees the proposed placement on the board', async () => {
    await page.goto(`${app.baseUrl}/#/pipeline`);
    const card = page.getByTestId('column-proposed').getByTestId('placement-card').filter({ hasText: TITLE });
    await card.first().waitFor();
    assert.equal(await card.count(), 1);
    assert.match(await card.first().textContent(), new RegExp(topPerson));
  });
});
