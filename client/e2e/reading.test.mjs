// Browser test of what a person reads: Ukrainian plurals on a real page, the audit trail naming
// records instead of showing UUIDs, Dutch decimals, and no UUID or ISO date on the main pages.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { useApp } from './support/app.mjs';
import { login } from './support/browser.mjs';

const app = useApp();

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const ISO_DATE = /\b\d{4}-\d{2}-\d{2}\b/;

/** A household whose shelter ends in `days` days, assigned to the signed-in user, made through the API. */
async function householdEndingIn(page, baseUrl, days) {
  return page.evaluate(
    async ({ baseUrl, days }) => {
      const token = localStorage.getItem('doorbraak.token');
      const user = JSON.parse(localStorage.getItem('doorbraak.user'));
      const end = new Date(Date.now() + days * 86400000);
      const shelterEndDate = `${end.getFullYear()}-${String(end.getMonth() + 1).padStart(2, '0')}-${String(end.getDate()).padStart(2, '0')}`;
      const reference = `UK-${days}-${Date.now() % 100000}`;
      const res = await fetch(`${baseUrl}/api/households`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify({
          reference,
          municipality: 'Zaanstad',
          shelterType: 'host_family',
          protectionBasis: 'temporary_protection',
          track: 'individual_support',
          shelterEndDate,
          assigneeIds: [user.id],
        }),
      });
      if (!res.ok) throw new Error(`${res.status} ${await res.text()}`);
      return reference;
    },
    { baseUrl, days },
  );
}

/** The visible text of the page's main area, once the list or page has loaded. */
async function mainText(page) {
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
  return page.locator('#main-content, main').first().innerText();
}

test('what a person reads', async (t) => {
  const { page } = app;
  const step = (name, fn) => app.step(t, name, fn);

  await step('Ukrainian counts days with Ukrainian plural forms on the caseload', async () => {
    await login(page, app.baseUrl, 'caseworker@openembassy.example');
    const ten = await householdEndingIn(page, app.baseUrl, 10);
    const three = await householdEndingIn(page, app.baseUrl, 3);
    await page.evaluate(() => localStorage.setItem('doorbraak.locale', 'uk'));
    await page.goto(`${app.baseUrl}/#/caseload`);
    await page.reload();
    await page.getByTestId(`deadline-${ten}-shelter_end`).getByText('через 10 днів').waitFor();
    await page.getByTestId(`deadline-${three}-shelter_end`).getByText('через 3 дні').waitFor();
    await page.getByTestId('deadline-ZS-001-shelter_end').getByText('через 21 день').waitFor();
    // One date format in Ukrainian, also in the caseload's next-deadline column.
    const caseload = await page.getByTestId('caseload').innerText();
    assert.doesNotMatch(caseload, ISO_DATE);
  });

  await step('the audit trail names records and links to them, without UUIDs', async () => {
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await login(page, app.baseUrl, 'coordinator@openembassy.example');
    await page.goto(`${app.baseUrl}/#/audit-events`);
    const rows = page.locator('tbody tr');
    await rows.first().waitFor();
    await page.waitForLoadState('networkidle');
    const text = await page.locator('table').first().innerText();
    assert.doesNotMatch(text, UUID);
    // A created household is named by its reference and links to its page.
    const link = page.locator('tbody tr a[href*="#/households/"]').first();
    await link.waitFor();
    assert.doesNotMatch(await link.innerText(), UUID);
  });

  await step('Dutch shows a comma decimal in a report', async () => {
    await page.goto(`${app.baseUrl}/#/reports/obstacles`);
    await page
      .getByText(/\d+,\d%/)
      .first()
      .waitFor();
    assert.doesNotMatch(await mainText(page), /\d+\.\d%/);
  });

  await step('no UUID or ISO date on the main pages, in Dutch, English and Ukrainian', async () => {
    const pages = [
      'caseload',
      'households',
      'persons',
      'tasks',
      'perspective-plans',
      'obstacles',
      'breakthroughs',
      'contact-logs',
      'helpdesk-questions',
      'labels',
      'audit-events',
      'integration-domains',
      'reports/themes',
    ];
    for (const locale of ['nl', 'en', 'uk']) {
      await page.evaluate((l) => localStorage.setItem('doorbraak.locale', l), locale);
      for (const path of pages) {
        await page.goto(`${app.baseUrl}/#/${path}`);
        await page.reload();
        const text = await mainText(page);
        assert.doesNotMatch(text, UUID, `${locale} /${path} shows a UUID`);
        assert.doesNotMatch(text, ISO_DATE, `${locale} /${path} shows an ISO date`);
      }
    }
    // A household's own page, with its timeline, plan and members.
    await page.evaluate(() => localStorage.setItem('doorbraak.locale', 'nl'));
    await page.goto(`${app.baseUrl}/#/households`);
    await page.reload();
    await page.locator('tbody tr').first().click();
    await page.waitForURL(/#\/households\/.*\/show/);
    const text = await mainText(page);
    assert.doesNotMatch(text, UUID);
    assert.doesNotMatch(text, ISO_DATE);
  });
});
