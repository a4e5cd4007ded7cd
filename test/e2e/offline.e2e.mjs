// Offline after the first visit (issue 17): the service worker precaches the shell, every lazily
// loaded section, the tfjs wasm binaries and the datasets, so with the network cut a reload and
// every section still render, with no console error and no failed request.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';
import { DIST, useBrowser } from './harness.mjs';
import { startStaticServer } from './server.mjs';

const browser = useBrowser();

/** Every lab figure: its id in the address and its heading. */
const FIGURES = [
  ['coverage', 'Grid vs random'],
  ['trials', 'How many random trials?'],
  ['log-scale', 'Log-scale sampling'],
  ['coarse-to-fine', 'Coarse to fine'],
  ['race', 'The race'],
  ['hyperband', 'Hyperband'],
  ['parallel', 'Panda vs caviar'],
];

test('after one online visit, a reload and every section work with the network cut', async () => {
  const { page, errors, close } = await browser.open();
  try {
    const base = page.url().split('#')[0];
    await page.getByRole('button', { name: 'Step', exact: true }).waitFor();
    // The worker is active once its precache is complete (install waits for every file).
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    assert.equal(scope, base);

    await page.context().setOffline(true);
    await page.reload({ waitUntil: 'load' });
    assert.equal(await page.evaluate(() => navigator.serviceWorker.controller !== null), true);
    await page.getByRole('button', { name: 'Step', exact: true }).click();
    await page.getByRole('row').nth(3).waitFor();

    await page.goto(`${base}#/network`);
    await page.getByRole('heading', { name: 'Tune a small neural network' }).waitFor();
    // The datasets and the tfjs wasm binaries the trainer fetches come from the precache.
    const cached = await page.evaluate(async () => {
      const files = ['datasets/wine_data.csv', 'datasets/digits.csv.gz'];
      const wasm = performance
        .getEntriesByType('resource')
        .map((e) => e.name)
        .filter((n) => n.endsWith('.wasm'));
      const ok = await Promise.all(
        [...files, ...wasm].map((f) =>
          fetch(f).then(
            (r) => r.ok,
            () => false,
          ),
        ),
      );
      return ok.every(Boolean);
    });
    assert.equal(cached, true);

    await page.goto(`${base}#/lab`);
    await page.getByRole('navigation', { name: 'Figures' }).waitFor();
    for (const [id, heading] of FIGURES) {
      await page.goto(`${base}#/lab/${id}`);
      await page.getByRole('heading', { level: 2, name: heading }).waitFor();
      assert.equal(await page.getByText('This section could not be loaded.').count(), 0, id);
    }

    // A cold start offline straight into a lab figure: the fallback page is the cached shell.
    await page.goto(`${base}#/lab/hyperband`);
    await page.reload({ waitUntil: 'load' });
    await page.getByRole('heading', { level: 2, name: 'Hyperband' }).waitFor();
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('the page is installable: a manifest with a name, a start URL and 192/512 px icons', async () => {
  const { page, errors, close } = await browser.open();
  try {
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    assert.ok(href);
    const manifest = await page.evaluate(async (h) => (await fetch(h)).json(), href);
    assert.equal(manifest.name, 'BO Playground');
    assert.equal(manifest.display, 'standalone');
    assert.ok(manifest.start_url);
    const sizes = manifest.icons.map((i) => i.sizes);
    assert.ok(sizes.includes('192x192') && sizes.includes('512x512'));
    for (const icon of manifest.icons) {
      const ok = await page.evaluate(async (src) => (await fetch(src)).ok, icon.src);
      assert.equal(ok, true, icon.src);
    }
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('a new version waits behind a notice; Reload switches to it (light and dark, en and ko)', async () => {
  // A private copy of the build, so the test can publish a "new version" of its service worker.
  const root = mkdtempSync(join(tmpdir(), 'bo-offline-'));
  cpSync(process.env.E2E_DIST ?? DIST, root, { recursive: true });
  const server = await startStaticServer(root);
  const chrome = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    for (const [locale, scheme, ready, reload] of [
      ['en-US', 'light', 'A new version is ready.', 'Reload'],
      ['ko-KR', 'dark', '새 버전이 준비되었습니다.', '새로고침'],
    ]) {
      writeFileSync(
        join(root, 'sw.js'),
        readFileSync(join(root, 'sw.js'), 'utf8').replace(/\n\/\/ v\d+$/, ''),
      );
      const context = await chrome.newContext({
        viewport: { width: 1280, height: 800 },
        locale,
        colorScheme: scheme,
      });
      const page = await context.newPage();
      const errors = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(server.url);
      await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
      await page.reload({ waitUntil: 'load' });
      // A deploy: the worker's script changes (a byte is enough for the browser to install it).
      writeFileSync(join(root, 'sw.js'), `${readFileSync(join(root, 'sw.js'), 'utf8')}\n// v2`);
      const notice = page.getByRole('status').filter({ hasText: ready });
      // The browser checks for an update when asked; the page's own registration may still be
      // starting (workbox-window loads after the first screen), so ask until the notice shows.
      for (let i = 0; i < 40 && (await notice.count()) === 0; i++) {
        await page.evaluate(async () =>
          (await navigator.serviceWorker.getRegistration())?.update(),
        );
        await page.waitForTimeout(500);
      }
      await notice.waitFor();
      await page.screenshot({
        path: `test-results/offline-update-${scheme}-${locale.slice(0, 2)}.png`,
      });
      const reloaded = page.waitForEvent('load');
      await notice.getByRole('button', { name: reload }).click();
      await reloaded;
      await page
        .getByRole('button', { name: locale === 'en-US' ? 'Step' : '한 단계', exact: true })
        .first()
        .waitFor();
      assert.equal(await page.getByText(ready).count(), 0);
      assert.deepEqual(errors, []);
      await context.close();
    }
  } finally {
    await chrome.close();
    await server.close();
    rmSync(root, { recursive: true, force: true });
  }
});
