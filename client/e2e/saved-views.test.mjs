// Browser test of issue 18's saved views with their columns: a caseworker
// chooses the household list's columns, saves the filtered list as a view,
// signs in anew in an emptied browser and gets filters and columns back by
// picking the view; a report's filters are saved as a view and reopened.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import os from 'node:os';
import path from 'node:path';
import { useApp } from './support/app.mjs';
import { login } from './support/browser.mjs';

const app = useApp();
const CASEWORKER = 'caseworker@openembassy.example';

/** The saved views the signed-in user sees, from the server. */
const savedViews = (page) =>
  page.evaluate(async () => {
    const res = await fetch('/api/saved-views', {
      headers: { Authorization: `Bearer ${localStorage.getItem('doorbraak.token')}` },
    });
    return res.json();
  });

/** The household table's column titles, in order. */
const headers = async (page) => {
  await page.locator('table thead th').first().waitFor();
  return (await page.locator('table thead th').allInnerTexts()).map((text) => text.trim()).filter(Boolean);
};

/** When SCREENSHOT_DIR is set, keeps a picture of the page for a person to look at (nothing is asserted). */
const picture = async (page, name) => {
  if (!process.env.SCREENSHOT_DIR) return;
  await page.screenshot({ path: path.join(process.env.SCREENSHOT_DIR ?? os.tmpdir(), `${name}.png`) });
};

test('saved views keep the columns of a list and the filters of a report', async (t) => {
  const { page } = app;
  const step = (name, fn) => app.step(t, name, fn);
  await login(page, app.baseUrl, CASEWORKER);

  await step('chooses the columns of the household list', async () => {
    await page.goto(
      `${app.baseUrl}/#/households?filter=${encodeURIComponent(JSON.stringify({ municipality: 'Zaanstad' }))}`,
    );
    await page.getByRole('cell', { name: 'Zaanstad' }).first().waitFor();
    // The list's own columns: the protection basis is offered, not shown.
    assert.ok((await headers(page)).includes('Traject'));
    assert.ok(!(await headers(page)).includes('Verblijfsgrond'));
    await page.getByRole('button', { name: 'Kolommen' }).click();
    const chooser = page.locator('.MuiPopover-paper').filter({ has: page.getByLabel('Traject', { exact: true }) });
    await chooser.getByLabel('Traject', { exact: true }).uncheck();
    await chooser.getByLabel('Verblijfsgrond', { exact: true }).check();
    await picture(page, 'columns-chooser-desktop');
    await page.keyboard.press('Escape');
    await chooser.waitFor({ state: 'detached' });
    const shown = await headers(page);
    assert.ok(shown.includes('Verblijfsgrond'), shown.join(', '));
    assert.ok(!shown.includes('Traject'), shown.join(', '));
  });

  await step('saves the filtered list with its columns as a view', async () => {
    await page.getByRole('button', { name: 'Voeg filter toe' }).click();
    await page.getByRole('menuitem', { name: /Huidige zoekopdracht opslaan/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Naam zoekopdracht').fill('Zaanstad met verblijfsgrond');
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.waitForFunction(async () => {
      const res = await fetch('/api/saved-views', {
        headers: { Authorization: `Bearer ${localStorage.getItem('doorbraak.token')}` },
      });
      return (await res.json()).some((v) => v.name === 'Zaanstad met verblijfsgrond');
    });
    const view = (await savedViews(page)).find((v) => v.name === 'Zaanstad met verblijfsgrond');
    assert.equal(view.resource, 'households');
    assert.equal(view.filter.municipality, 'Zaanstad');
    assert.ok(view.columns.includes('protectionBasis'), view.columns.join(', '));
    assert.ok(!view.columns.includes('track'), view.columns.join(', '));
    assert.equal(view.columns[0], 'reference');
  });

  await step('signs in anew and gets the filters and the columns back by picking the view', async () => {
    // Nothing of this browser's session is left: its storage (the columns chosen too) is cleared.
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await login(page, app.baseUrl, CASEWORKER);
    await page.goto(`${app.baseUrl}/#/households`);
    await page.locator('table tbody tr').first().waitFor();
    assert.ok((await headers(page)).includes('Traject'), 'the list opens with its own columns');
    assert.ok(!(await headers(page)).includes('Verblijfsgrond'));
    await page.getByRole('button', { name: 'Voeg filter toe' }).click();
    await page.getByRole('menuitem', { name: 'Zaanstad met verblijfsgrond' }).click();
    await page.waitForURL((url) => decodeURIComponent(url.hash).includes('"municipality":"Zaanstad"'));
    await page.getByRole('cell', { name: 'Zaanstad' }).first().waitFor();
    assert.equal(await page.getByRole('cell', { name: 'Amsterdam' }).count(), 0);
    await page.locator('table thead th', { hasText: 'Verblijfsgrond' }).waitFor();
    const shown = await headers(page);
    assert.ok(!shown.includes('Traject'), shown.join(', '));
    await picture(page, 'households-view-desktop');
  });

  await step('on a phone the list is cards, without the column chooser', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    await page.locator('.Doorbraak-cards').waitFor();
    assert.equal(await page.getByRole('button', { name: 'Kolommen' }).count(), 0);
    await picture(page, 'households-view-390');
    await page.goto(`${app.baseUrl}/#/reports/themes?level=all&track=helpdesk`);
    await page.getByTestId('report-views').waitFor();
    await picture(page, 'themes-report-390');
    await page.setViewportSize({ width: 1366, height: 900 });
  });

  await step("saves a report's filters as a view and reopens them", async () => {
    await page.goto(`${app.baseUrl}/#/reports/themes?level=all&track=helpdesk`);
    await page.getByTestId('report-views').click();
    await page.getByRole('menuitem', { name: 'Weergave bewaren' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Naam').fill('Helpdesk, alle labels');
    await dialog.getByLabel('Delen met mijn organisatie').check();
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await dialog.waitFor({ state: 'detached' });
    const view = (await savedViews(page)).find((v) => v.name === 'Helpdesk, alle labels');
    assert.equal(view.resource, 'reports/themes');
    assert.deepEqual(view.filter, { level: 'all', track: 'helpdesk' });
    assert.equal(view.shared, true);

    await page.goto(`${app.baseUrl}/#/reports/themes`);
    await page.getByTestId('report-views').click();
    await page.getByRole('menuitem', { name: /Helpdesk, alle labels/ }).click();
    await page.waitForURL(/#\/reports\/themes\?level=all&track=helpdesk$/);
    await page.getByTestId('themes-track').getByText('Helpdesk').waitFor();
    await page.getByRole('menuitem', { name: /Helpdesk, alle labels/ }).waitFor({ state: 'hidden' });
    await picture(page, 'themes-report-view-desktop');
    // The view is the current one now: it can be removed, not saved again.
    await page.getByTestId('report-views').click();
    await page.getByRole('menuitem', { name: 'Weergave "Helpdesk, alle labels" verwijderen' }).waitFor();
    await picture(page, 'themes-report-views-menu-desktop');
    assert.equal(await page.getByRole('menuitem', { name: 'Weergave bewaren' }).count(), 0);
    await page.keyboard.press('Escape');
  });
});
