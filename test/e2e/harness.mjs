// Test-side helpers: one browser per test file, one fresh context per test, and a record of
// every console error and uncaught page error so each test can assert there were none.
import { after, before } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { assertChromium, CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';
import { startStaticServer } from './server.mjs';

export const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
export const RESULTS = fileURLToPath(new URL('../../test-results/', import.meta.url));

/**
 * Registers before/after hooks; returns a getter-backed object with the browser and base URL.
 * Uses the runner's server (E2E_BASE_URL) or, when a file is run alone, starts its own.
 */
export function useBrowser() {
  const state = { browser: undefined, baseUrl: process.env.E2E_BASE_URL, server: undefined };
  before(async () => {
    assertChromium();
    if (!state.baseUrl) {
      state.server = await startStaticServer(DIST);
      state.baseUrl = state.server.url;
    }
    state.browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
      timeout: 30_000,
    });
  });
  after(async () => {
    await state.browser?.close();
    await state.server?.close();
  });
  return {
    /**
     * A page in a fresh context (empty storage). `errors` collects console errors and page errors.
     * @param {import('playwright-core').BrowserContextOptions} [options]
     * @param {string} [initScript] runs in the page before the app's own scripts
     */
    async open(options = {}, initScript) {
      if (!state.browser || !state.baseUrl) throw new Error('browser not started');
      const context = await state.browser.newContext({
        viewport: { width: 1280, height: 800 },
        locale: 'en-US',
        ...options,
      });
      context.setDefaultTimeout(10_000);
      if (initScript) await context.addInitScript(initScript);
      const page = await context.newPage();
      /** @type {string[]} */
      const errors = [];
      page.on('console', (msg) => {
        if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
      });
      page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
      page.on('requestfailed', (req) => {
        const why = req.failure()?.errorText ?? '';
        // A request cut off because the test navigated on (the favicon of the page it left) is
        // not a broken resource; anything else (404s come as console errors) is.
        if (why === 'net::ERR_ABORTED') return;
        errors.push(`request failed: ${req.url()} ${why}`.trim());
      });
      await page.goto(state.baseUrl, { waitUntil: 'load' });
      return { page, errors, close: () => context.close() };
    },
  };
}
