// Debian's Chromium driven by playwright-core; nothing is downloaded.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

export async function openBrowser() {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'doorbraak-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1366, height: 900 },
    locale: 'nl-NL',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(20_000);
  return {
    context,
    page,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export const DEMO_PASSWORD = 'Doorbraak-demo-2026';

export async function login(page, baseUrl, email, password = DEMO_PASSWORD) {
  await page.goto(`${baseUrl}/#/login`);
  await page.locator('input[name="username"], input[name="email"]').first().fill(email);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('button[type="submit"]').click();
  await page.waitForURL((url) => !url.hash.startsWith('#/login'));
}

/** Saves a screenshot next to the test's temp files when something fails. */
export async function screenshotOnFailure(page, name) {
  const file = path.join(os.tmpdir(), `doorbraak-e2e-${name}-${Date.now()}.png`);
  await page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
  return file;
}

/** Runs a step and, when it fails, saves a screenshot and names it in the error. */
export async function withScreenshot(page, name, fn) {
  try {
    await fn();
  } catch (error) {
    const file = await screenshotOnFailure(page, name.replace(/\W+/g, '-'));
    throw new Error(`${error.message}\n(screenshot: ${file})`, { cause: error });
  }
}

/** Opens a react-admin SelectInput by its label and picks an option. */
export async function chooseOption(page, label, option) {
  await page.getByRole('combobox', { name: new RegExp(`^${label}`) }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}
