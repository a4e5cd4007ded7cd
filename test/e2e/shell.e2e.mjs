// The app shell (src/app): autosave, Play and keys run in every view by one written policy, and a
// section whose code fails to load says so with Retry instead of blanking the page.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { useBrowser } from './harness.mjs';
import { waitForRows } from './helpers.mjs';

const browser = useBrowser();
const KEY = 'bo-playground.session';

const at = (page, query) => new URL(query, page.url()).toString();

/** Waits until the stored session holds n observations. */
const savedRows = (page, n) =>
  page.waitForFunction(
    ([key, count]) => {
      const text = localStorage.getItem(key);
      return text !== null && JSON.parse(text).study.observations.length === count;
    },
    [KEY, n],
  );

test('steps taken in presentation mode are autosaved and offered back after a reload', async () => {
  const { page, errors, close } = await browser.open();
  try {
    await page.goto(at(page, '?present=1'), { waitUntil: 'load' });
    await page.getByRole('main', { name: 'Presentation' }).waitFor();
    await page.getByRole('button', { name: 'Step', exact: true }).click();
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Space');
    await page.keyboard.press('Space');
    await savedRows(page, 5);

    await page.reload({ waitUntil: 'load' });
    // Still presenting: the offer shows here, not only on the normal screen.
    await page.getByRole('main', { name: 'Presentation' }).waitFor();
    await page.getByRole('button', { name: 'Restore last session' }).click();
    await page.keyboard.press('Escape');
    await waitForRows(page, 5);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('an embed steps on Space but never writes the session', async () => {
  const { page, errors, close } = await browser.open();
  try {
    await page.evaluate((k) => localStorage.setItem(k, 'the viewer’s own session'), KEY);
    await page.goto(at(page, '?embed=1&figure=convergence'), { waitUntil: 'load' });
    const figure = page.locator('main.embed-screen');
    await figure.waitFor();
    const before = await figure.innerHTML();
    await figure.click();
    await page.keyboard.press('Space');
    await page.waitForFunction(
      (b) => globalThis.document.querySelector('main')?.innerHTML !== b,
      before,
    );
    // Past autosave's longest wait (2 s), and a pagehide (which flushes a pending save).
    await page.waitForTimeout(2500);
    await page.goto(at(page, '?'), { waitUntil: 'load' });
    assert.equal(
      await page.evaluate((k) => localStorage.getItem(k), KEY),
      'the viewer’s own session',
    );
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('a section whose code fails to load shows Retry; the header and the study keep working', async () => {
  const { page, errors, close } = await browser.open();
  try {
    await waitForRows(page, 2);
    await page.getByRole('button', { name: 'Step', exact: true }).click();
    await waitForRows(page, 3);
    const blocked = '**/assets/NetworkScreen-*.js';
    await page.route(blocked, (route) => route.abort());
    await page.getByRole('link', { name: 'Tune a network' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'This section could not be loaded.' });
    await alert.waitFor();
    assert.match(await alert.innerText(), /offline, or the app was updated/);
    await page.screenshot({ path: 'test-results/shell-section-failed.png' });

    // The header still navigates, and the study is as it was.
    await page.getByRole('link', { name: 'Bayesian optimization' }).click();
    await waitForRows(page, 3);
    await page.getByRole('link', { name: 'Tune a network' }).click();
    await alert.waitFor();

    await page.unroute(blocked);
    await alert.getByRole('button', { name: 'Retry' }).click();
    await page.getByRole('heading', { name: 'Tune a small neural network' }).waitFor();
    assert.equal(
      await page.getByRole('alert').filter({ hasText: 'could not be loaded' }).count(),
      0,
    );

    // Exactly the failures the blocked chunk causes, and nothing else.
    const unexpected = errors.filter(
      (e) =>
        !/NetworkScreen-[\w-]+\.js/.test(e) && !/Failed to load resource: net::ERR_FAILED/.test(e),
    );
    assert.deepEqual(unexpected, []);
    assert.ok(
      errors.some((e) => /request failed: .*NetworkScreen-[\w-]+\.js net::ERR_FAILED/.test(e)),
    );
  } finally {
    await close();
  }
});
