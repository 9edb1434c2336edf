// One server (fresh data folder, demo data) and one browser per test file.
import { after, before } from 'node:test';
import { startServer } from './server.mjs';
import { openBrowser, withScreenshot } from './browser.mjs';

export function useApp() {
  const app = { server: undefined, browser: undefined };
  before(async () => {
    app.server = await startServer();
    app.browser = await openBrowser();
  });
  after(async () => {
    await app.browser?.close();
    await app.server?.stop();
  });
  return {
    get baseUrl() {
      return app.server.baseUrl;
    },
    get page() {
      return app.browser.page;
    },
    /** `t.test(name)` with a screenshot on failure. */
    step: (t, name, fn) => t.test(name, () => withScreenshot(app.browser.page, name, fn)),
  };
}
