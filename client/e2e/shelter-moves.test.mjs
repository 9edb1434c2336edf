// Browser test of issue 14: a caseworker records a forced move on the
// household page (the household's shelter follows it), a status holder's page
// warns where lessons and work pass the weekly limit, and a coordinator reads
// the shelter-moves report with the new move counted.
import { test } from 'node:test';
import { useApp } from './support/app.mjs';
import { chooseOption, login } from './support/browser.mjs';

const app = useApp();

test('caseworker records a forced move; the report counts it', async (t) => {
  const { page } = app;
  const step = (name, fn) => app.step(t, name, fn);
  await login(page, app.baseUrl, 'caseworker@openembassy.example');

  await step('records a forced move with three days of notice on the household page', async () => {
    await page.getByTestId('caseload').getByRole('link', { name: 'NM-019' }).click();
    await page.waitForURL(/#\/households\/.*\/show/);
    const panel = page.getByTestId('shelter-moves-panel');
    await panel.getByTestId('shelter-move').nth(1).waitFor();
    await panel.getByRole('button', { name: 'Verhuizing vastleggen' }).click();
    const dialog = page.getByRole('dialog');
    await chooseOption(page, 'Naar \\(soort opvang\\)', 'Flexwoning');
    await dialog.getByLabel('Naar (plaats)').fill('Flexwoningen Lent');
    await dialog.getByLabel('Dagen vooraf gemeld').fill('3');
    await dialog.getByLabel('Gedwongen').check();
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await dialog.waitFor({ state: 'detached' });
    const newest = panel.getByTestId('shelter-move').first();
    await newest.getByText('Hotel → Flexwoning (Flexwoningen Lent)').waitFor();
    await newest.getByText('3 dagen vooraf gemeld').waitFor();
    // The household's shelter follows its latest move.
    await page.reload();
    await page.getByText('Flexwoning', { exact: true }).first().waitFor();
  });

  await step("a status holder's page warns that lessons and work pass 40 hours a week", async () => {
    await page.goto(`${app.baseUrl}/#/caseload`);
    await page.getByTestId('caseload').getByRole('link', { name: 'ZS-029' }).click();
    await page.waitForURL(/#\/households\/.*\/show/);
    await page.getByRole('row').filter({ hasText: 'Shakib' }).first().click();
    await page.waitForURL(/#\/persons\/.*\/show/);
    const warning = page.getByTestId('weekly-hours-warning');
    await warning.getByText('Lessen en werk samen meer dan 40 uur per week').waitFor();
    await warning.getByText(/16 uur les plus 40 uur werk is 56 uur per week/).waitFor();
  });

  await step('the report counts the move for Nijmegen', async () => {
    await page.goto(`${app.baseUrl}/#/reports/shelter-moves?municipality=Nijmegen`);
    const report = page.getByTestId('shelter-move-report');
    await report.getByTestId('moves-Nijmegen').getByText('3', { exact: true }).waitFor();
    await report.getByTestId('forcedMoves-Nijmegen').getByText('2', { exact: true }).waitFor();
    // The job that ended twelve days after the forced move with two days' notice.
    await report.getByTestId('placementsEndedAfterForcedMove-Nijmegen').getByText('1', { exact: true }).waitFor();
  });
});
