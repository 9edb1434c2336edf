// Browser test of the reports: a shared link with filters opens the same
// report, the pies name their slices with shares in the reader's locale,
// and a filter with no data says so.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from './support/app.mjs';
import { login } from './support/browser.mjs';

const app = useApp();

test('coordinator: reports open from a link with their filters, name their slices and say when they are empty', async (t) => {
  const { page } = app;
  const step = (name, fn) => app.step(t, name, fn);
  await login(page, app.baseUrl, 'coordinator@openembassy.example');

  await step('a theme report link restores its filters and shows them applied', async () => {
    const reports = [];
    page.on('request', (r) => r.url().includes('/api/reports/themes') && reports.push(decodeURIComponent(r.url())));
    await page.goto(`${app.baseUrl}/#/reports/themes?level=all&municipality=Zaanstad`);
    await page.getByTestId('themes-logs').getByTestId('legend-item').first().waitFor();
    assert.equal(await page.getByRole('combobox', { name: 'Gemeente' }).inputValue(), 'Zaanstad');
    assert.match(await page.getByTestId('themes-level').textContent(), /Alle niveaus/);
    assert.ok(
      reports.some((u) => u.includes('"level":"all"') && u.includes('"municipality":"Zaanstad"')),
      reports.join('\n'),
    );
  });

  await step(
    'the legend names each slice with its share, in Dutch numbers, and the table rows carry its colour',
    async () => {
      const legend = page.getByTestId('themes-logs').getByTestId('legend-item');
      const items = await legend.allTextContents();
      assert.ok(items.length >= 3, items.join(' | '));
      for (const item of items) assert.match(item, /^\D.*\d+,\d%$/);
      assert.ok(
        items.some((i) => i.startsWith('Werk')),
        items.join(' | '),
      );
      const rows = page.getByTestId('themes-logs').getByTestId('theme-row');
      const rowColours = await rows.getByTestId('swatch').evaluateAll((els) => els.map((e) => e.dataset.color));
      const legendColours = await legend.getByTestId('swatch').evaluateAll((els) => els.map((e) => e.dataset.color));
      assert.deepEqual(rowColours, legendColours);
    },
  );

  await step('picking a filter puts it in the URL', async () => {
    await page.goto(`${app.baseUrl}/#/reports/themes`);
    await page.getByTestId('themes-logs').getByTestId('legend-item').first().waitFor();
    await page.getByRole('combobox', { name: 'Gemeente' }).click();
    await page.getByRole('option', { name: 'Nijmegen', exact: true }).click();
    await page.waitForURL(/#\/reports\/themes\?municipality=Nijmegen$/);
  });

  await step('a period without contact says so instead of drawing empty pies', async () => {
    await page.goto(`${app.baseUrl}/#/reports/themes?occurredAt_gte=2001-01-01&occurredAt_lte=2001-12-31`);
    await page.getByTestId('report-empty').getByText('Niets te tonen met deze filters').waitFor();
    assert.equal(await page.getByTestId('themes-logs').count(), 0);
    await page.getByRole('button', { name: 'Filters wissen' }).click();
    await page.waitForURL(/#\/reports\/themes$/);
    await page.getByTestId('themes-logs').getByTestId('legend-item').first().waitFor();
  });

  await step('the obstacle report restores its filters and says when a period has none', async () => {
    await page.goto(`${app.baseUrl}/#/reports/obstacles?municipality=Amsterdam`);
    await page.getByTestId('report-table').waitFor();
    assert.equal(await page.getByRole('combobox', { name: 'Gemeente' }).inputValue(), 'Amsterdam');
    assert.match(await page.getByTestId('status-resolved').textContent(), /Opgelost/);
    await page.goto(`${app.baseUrl}/#/reports/obstacles?identifiedOn_gte=2001-01-01&identifiedOn_lte=2001-01-31`);
    await page.getByTestId('report-empty').waitFor();
    await page.getByTestId('systemic-empty').waitFor();
  });

  await step("a report downloads as CSV under the name the server gives, in the reader's language", async () => {
    await page.goto(`${app.baseUrl}/#/reports/obstacles?municipality=Amsterdam`);
    await page.getByTestId('report-table').waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'CSV downloaden' }).first().click(),
    ]);
    assert.equal(download.suggestedFilename(), 'obstacles-by-domain.csv');
    const chunks = [];
    for await (const chunk of await download.createReadStream()) chunks.push(chunk);
    const lines = Buffer.concat(chunks).toString('utf8').trim().split(/\r?\n/);
    assert.ok(lines.length >= 2, lines.join('\n'));
  });

  await step('a download with a session the server no longer accepts signs out, as any other call does', async () => {
    await page.evaluate(() => localStorage.setItem('doorbraak.token', 'not-a-session'));
    await page.getByRole('button', { name: 'CSV downloaden' }).first().click();
    await page.waitForURL((url) => url.hash.startsWith('#/login'));
    assert.equal(await page.evaluate(() => localStorage.getItem('doorbraak.token')), null);
  });
});

test('coordinator of placements: the funnel narrows step by step, the contract pie names its slices', async (t) => {
  const { page } = app;
  const step = (name, fn) => app.step(t, name, fn);
  await page.evaluate(() => localStorage.clear());
  await login(page, app.baseUrl, 'coordinator@newbees.example');

  await step('the funnel and the contract legend', async () => {
    await page.goto(`${app.baseUrl}/#/reports/placements`);
    const legend = page.getByTestId('contract-pie').getByTestId('legend-item');
    await legend.first().waitFor();
    const items = await legend.allTextContents();
    assert.ok(
      items.some((i) => /^Tijdelijk\d+,\d%$/.test(i)),
      items.join(' | '),
    );
    const [supported, matched, longTerm] = await Promise.all(
      ['supported', 'matched', 'longTerm'].map(async (k) =>
        Number(await page.getByTestId(`figure-${k}`).textContent()),
      ),
    );
    assert.ok(supported >= matched && matched >= longTerm && longTerm > 0, `${supported} ${matched} ${longTerm}`);
    // The steps are nested; a network conversation is a figure of its own, not a step.
    const ticks = page.getByTestId('funnel').locator('.recharts-cartesian-axis-tick-value');
    await ticks.first().waitFor();
    const steps = (await ticks.allTextContents()).filter((text) => !/^\d+$/.test(text));
    assert.deepEqual(steps, ['Ondersteund', 'Een match', 'Duurzame match']);
    await page.getByTestId('figure-withConversation').waitFor();
  });

  await step('a period before anybody was supported is empty', async () => {
    await page.goto(`${app.baseUrl}/#/reports/placements?startDate_lte=2001-01-01`);
    await page.getByTestId('report-empty').waitFor();
    assert.equal(await page.getByTestId('figure-supported').textContent(), '0');
  });
});
