// Browser test of the researcher's labelling screen: three logs from the
// unlabelled queue labelled with the keyboard only, and the theme report
// changing with them.
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

test('researcher: label three logs with the keyboard, and the report follows', async (t) => {
  const { page } = browser;
  const step = (name, fn) => t.test(name, () => withScreenshot(page, name, fn));
  let unlabelledBefore;
  await login(page, server.baseUrl, 'researcher@openembassy.example');

  await step('reads how many logs are unlabelled in the theme report', async () => {
    await page.goto(`${server.baseUrl}/#/reports/themes`);
    unlabelledBefore = await unlabelledLogs(page);
    assert.ok(unlabelledBefore >= 3, `expected unlabelled logs in the demo data, found ${unlabelledBefore}`);
  });

  await step('labels three logs without the mouse', async () => {
    await page.goto(`${server.baseUrl}/#/labelling`);
    const input = page.getByTestId('labelling-input');
    await input.waitFor();
    for (let i = 1; i <= 3; i++) {
      await page.getByTestId('labelling-position').getByText(new RegExp(`^${i} van `)).waitFor();
      await page.keyboard.type('huisvest');
      await page.keyboard.press('Enter');
      await page.getByTestId('labelling-applied').getByText('Huisvesting', { exact: false }).first().waitFor();
      await page.keyboard.press('Enter');
    }
    await page.getByTestId('labelling-position').getByText(/^4 van /).waitFor();
  });

  await step('the theme report counts three fewer unlabelled logs', async () => {
    await page.goto(`${server.baseUrl}/#/reports/themes`);
    await page.waitForFunction(
      (expected) => {
        const rows = [...document.querySelectorAll('[data-testid="themes-logs"] [data-testid="theme-row"]')];
        const row = rows.find((r) => r.textContent.startsWith('Zonder label'));
        return row && Number(row.lastElementChild.textContent) === expected;
      },
      unlabelledBefore - 3,
    );
  });
});

async function unlabelledLogs(page) {
  const row = page.getByTestId('themes-logs').getByTestId('theme-row').filter({ hasText: 'Zonder label' });
  await row.waitFor();
  return Number(await row.locator('td').last().textContent());
}

async function withScreenshot(page, name, fn) {
  try {
    await fn();
  } catch (error) {
    const file = await screenshotOnFailure(page, name.replace(/\W+/g, '-'));
    throw new Error(`${error.message}\n(screenshot: ${file})`, { cause: error });
  }
}
