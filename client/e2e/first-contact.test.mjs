// First contact with the app as a new person has it: opening it signed out (one navigation to the
// login page, the form within a second, back to the page asked for after signing in), the sign-in
// page's language switch, and lists on a 390 px phone (cards, nothing scrolls sideways).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from './support/app.mjs';
import { DEMO_PASSWORD, login } from './support/browser.mjs';

const app = useApp();

/**
 * Runs in every page before the app: counts navigations (history.pushState/replaceState calls that
 * change the address, hashchange and popstate events) and notes when the sign-in form first shows.
 */
function watchFirstContact() {
  const seen = { navigations: [], formVisibleAt: undefined };
  window.__firstContact = seen;
  const note = (kind, url) =>
    seen.navigations.push({ kind, hash: new URL(url, location.href).hash, at: performance.now() });
  for (const method of ['pushState', 'replaceState']) {
    const original = history[method].bind(history);
    history[method] = (state, title, url) => {
      if (url !== undefined && url !== null) note(method, String(url));
      return original(state, title, url);
    };
  }
  addEventListener('hashchange', (event) => note('hashchange', event.newURL));
  addEventListener('popstate', () => note('popstate', location.href));
  const formVisible = () => {
    const password = document.querySelector('input[name="password"]');
    return (
      password &&
      password.getClientRects().length > 0 &&
      document.querySelector('input[name="email"], input[name="username"]')
    );
  };
  const observer = new MutationObserver(() => {
    if (seen.formVisibleAt === undefined && formVisible()) {
      seen.formVisibleAt = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true });
}

const isLoginHash = (hash) => /^#\/login(\?|$)/.test(hash);

/** A browser that never signed in (`everything`), or one whose session ended (the language choice stays). */
async function signOut(page, baseUrl, { everything = true } = {}) {
  await page.goto(`${baseUrl}/api/health`);
  await page.evaluate((all) => {
    if (all) localStorage.clear();
    else for (const key of ['doorbraak.token', 'doorbraak.user']) localStorage.removeItem(key);
  }, everything);
}

/** Opens `path` in a fresh document (navigation timing starts at zero) and waits for the sign-in form. */
async function openSignedOut(page, baseUrl, path) {
  await page.goto('about:blank');
  await page.goto(`${baseUrl}${path}`);
  await page.locator('input[name="password"]').waitFor({ timeout: 30_000 });
  // Let anything that would navigate again (a redirect loop) show itself.
  await page.waitForTimeout(500);
  return page.evaluate(() => window.__firstContact);
}

test('signed out, the app opens on the sign-in form at once and comes back to the page asked for', async (t) => {
  const { page } = app;
  const step = (name, fn) => app.step(t, name, fn);
  await page.context().addInitScript(watchFirstContact);
  await signOut(page, app.baseUrl);

  for (const path of ['/', '/#/households']) {
    await step(`opening ${path} navigates once to the login page and shows the form within 1 s`, async () => {
      // Timing on a shared two-core machine is noisy: every open must navigate once, the fastest must be in time.
      const shownAt = [];
      for (let attempt = 0; attempt < 3; attempt++) {
        const seen = await openSignedOut(page, app.baseUrl, path);
        const toLogin = seen.navigations.filter((n) => isLoginHash(n.hash));
        assert.equal(
          toLogin.length,
          1,
          `navigations to the login page: ${toLogin.length} (${JSON.stringify(seen.navigations.slice(0, 5))})`,
        );
        assert.equal(seen.navigations.length, 1, `all navigations: ${JSON.stringify(seen.navigations.slice(0, 5))}`);
        assert.ok(seen.formVisibleAt !== undefined, 'the form never showed');
        assert.match(new URL(page.url()).hash, /^#\/login/);
        shownAt.push(Math.round(seen.formVisibleAt));
      }
      assert.ok(Math.min(...shownAt) < 1000, `form visible ${shownAt.join(', ')} ms after the page started loading`);
    });
  }

  await step('the field asks for an e-mail address', async () => {
    await page.getByLabel('E-mail', { exact: true }).waitFor();
    assert.equal(await page.locator('input[name="email"]').getAttribute('type'), 'email');
  });

  await step('after signing in the person lands on the deep link', async () => {
    await page.locator('input[name="email"]').fill('caseworker@openembassy.example');
    await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
    await page.locator('button[type="submit"]').click();
    await page.waitForURL((url) => url.hash === '#/households');
    await page.getByText('AM-001').first().waitFor();
  });

  await step('signing out navigates once to the login page', async () => {
    const before = await page.evaluate(() => window.__firstContact.navigations.length);
    await page.getByRole('button', { name: 'Profiel' }).click();
    await page.getByRole('menuitem', { name: 'Uitloggen' }).click();
    await page.locator('input[name="password"]').waitFor();
    await page.waitForTimeout(500);
    const after = await page.evaluate(() => window.__firstContact.navigations);
    const toLogin = after.slice(before).filter((n) => isLoginHash(n.hash));
    assert.equal(toLogin.length, 1, `navigations to the login page after signing out: ${toLogin.length}`);
  });
});

test('the sign-in page speaks Dutch, English and Ukrainian, and keeps the choice', async (t) => {
  const { page } = app;
  const step = (name, fn) => app.step(t, name, fn);
  await signOut(page, app.baseUrl);

  await step('the browser language (Dutch) is the default', async () => {
    await openSignedOut(page, app.baseUrl, '/');
    await page.getByLabel('E-mail', { exact: true }).waitFor();
    await page.getByLabel('Wachtwoord').waitFor();
    await page.getByRole('button', { name: 'Inloggen' }).waitFor();
  });

  await step('choosing Ukrainian changes the labels', async () => {
    await page.getByLabel('Taal').selectOption('uk');
    await page.getByLabel('Електронна пошта').waitFor();
    await page.getByLabel('Пароль').waitFor();
    await page.getByRole('button', { name: 'Увійти' }).waitFor();
  });

  await step('the choice survives a reload', async () => {
    await page.reload();
    await page.getByLabel('Електронна пошта').waitFor();
    assert.equal(await page.getByLabel('Мова').inputValue(), 'uk');
  });

  await step('a wrong password is refused in the chosen language', async () => {
    await page.getByLabel('Електронна пошта').fill('caseworker@openembassy.example');
    await page.getByLabel('Пароль').fill('not-the-password-1');
    await page.getByRole('button', { name: 'Увійти' }).click();
    await page.getByRole('alert').getByText('Неправильна електронна пошта або пароль').waitFor();
  });

  await step('the app opens in the language chosen at sign-in', async () => {
    await page.getByLabel('Пароль').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Увійти' }).click();
    await page.waitForURL((url) => !url.hash.startsWith('#/login'));
    await page.getByRole('menuitem', { name: 'Домогосподарства' }).waitFor();
  });

  await step('English', async () => {
    await signOut(page, app.baseUrl, { everything: false });
    await openSignedOut(page, app.baseUrl, '/');
    await page.getByLabel('Мова').selectOption('en');
    await page.getByLabel('Password').waitFor();
    await page.getByLabel('E-mail', { exact: true }).waitFor();
    await page.getByLabel('Language').selectOption('nl');
  });
});

test('on a 390 px phone lists are cards and no page scrolls sideways', async (t) => {
  const { page } = app;
  const step = (name, fn) => app.step(t, name, fn);
  await signOut(page, app.baseUrl);
  await page.setViewportSize({ width: 390, height: 844 });
  try {
    await login(page, app.baseUrl, 'coordinator@openembassy.example');
    for (const [resource, text] of [
      ['households', 'AM-001'],
      ['persons', null],
      ['helpdesk-questions', null],
      ['contact-logs', null],
      ['obstacles', null],
    ]) {
      await step(`${resource}: cards, no sideways scroll`, async () => {
        await page.goto(`${app.baseUrl}/#/${resource}`);
        const cards = page.locator('#main-content .Doorbraak-cards li');
        await cards.first().waitFor();
        if (text) await page.locator('#main-content .Doorbraak-cards').getByText(text).first().waitFor();
        assert.equal(await page.locator('#main-content table').count(), 0, 'a table is still shown');
        const widths = await page.evaluate(() => {
          const main = document.getElementById('main-content');
          return {
            page: document.documentElement.scrollWidth,
            viewport: window.innerWidth,
            main: main.scrollWidth,
            mainBox: main.clientWidth,
          };
        });
        assert.ok(widths.page <= widths.viewport, `the page scrolls sideways: ${JSON.stringify(widths)}`);
        assert.ok(widths.main <= widths.mainBox, `the content scrolls sideways: ${JSON.stringify(widths)}`);
        // The list's own actions stay on screen.
        for (const button of await page
          .locator('#main-content .RaTopToolbar-root button, #main-content .RaTopToolbar-root a')
          .all()) {
          const box = await button.boundingBox();
          if (box)
            assert.ok(
              box.x >= 0 && box.x + box.width <= widths.viewport,
              `an action button is off screen: ${JSON.stringify(box)}`,
            );
        }
      });
    }
  } finally {
    await page.setViewportSize({ width: 1366, height: 900 });
  }
});
