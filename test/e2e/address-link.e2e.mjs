// The address bar is the link (issue 16 item 2), and every section presents and embeds (item 1):
// whatever is on screen, copying location.href and opening it in a fresh browser shows the same.
/* global document, history, location, window, HTMLInputElement -- page.evaluate callbacks run in the page */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { useBrowser } from './harness.mjs';
import { settledPlotMarkup, trialRows, waitForRows } from './helpers.mjs';

const browser = useBrowser();
const LAB_FIGURES = [
  'coverage',
  'trials',
  'log-scale',
  'coarse-to-fine',
  'race',
  'hyperband',
  'parallel',
];

/** A plot's markup without React's per-render ids (clip paths), which differ between pages. */
function gridMarkup(page, selector) {
  return page.locator(selector).evaluate((el) => el.outerHTML.replace(/_r_[0-9a-z]+_/g, '_r_'));
}

/** The page's address once the debounced write has caught up with the Share panel's link. */
async function settledAddress(page) {
  const link = page.getByLabel('Link to this state', { exact: true });
  await page.waitForFunction(
    (el) => el instanceof HTMLInputElement && location.href === el.value,
    await link.elementHandle(),
  );
  return page.evaluate(() => location.href);
}

/** The aria-labels of the observations in the objective plot (coordinates and values). */
function observationLabels(page) {
  return page
    .locator('svg.bo-plot[aria-label="Objective plot"] g.observations [aria-label]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
}

async function fiveSteps(page, from) {
  const step = page.getByRole('button', { name: 'Step', exact: true });
  for (let i = 1; i <= 5; i++) {
    await step.click();
    await waitForRows(page, from + i);
  }
}

test('the address after 5 steps reopens step 5 in a fresh browser; Back leaves the section', async () => {
  const first = await browser.open();
  let href, table, plot;
  try {
    const { page, errors } = first;
    await waitForRows(page, 2);
    const entries = await page.evaluate(() => history.length);
    await fiveSteps(page, 2);
    href = await settledAddress(page);
    assert.match(href, /[?&#]s=1\./);
    // Steps replace the entry: none was added, so Back is left for sections.
    assert.equal(await page.evaluate(() => history.length), entries);
    table = await trialRows(page).allInnerTexts();
    plot = await settledPlotMarkup(page);
    // Section navigation adds an entry; Back comes back to the study at step 5, no reload.
    await page.evaluate(() => (window.__sameDocument = true));
    await page.getByRole('link', { name: 'Search strategies' }).click();
    await page.locator('.lab-nav').waitFor();
    await page.goBack();
    await waitForRows(page, 7);
    assert.equal(await page.evaluate(() => window.__sameDocument), true);
    assert.equal(await page.evaluate(() => location.href), href);
    assert.deepEqual(errors, []);
  } finally {
    await first.close();
  }

  const second = await browser.open();
  try {
    const { page, errors } = second;
    await page.goto(href, { waitUntil: 'load' });
    await waitForRows(page, 7);
    await page.getByText('Iteration 5 of 14').waitFor();
    assert.deepEqual(await trialRows(page).allInnerTexts(), table);
    assert.equal(await settledPlotMarkup(page), plot);
    assert.deepEqual(errors, []);
  } finally {
    await second.close();
  }
});

test('the embed code taken after 5 steps on Forrester embeds Forrester at step 5', async () => {
  const first = await browser.open();
  let src, labels;
  try {
    const { page, errors } = first;
    await page.getByLabel('Function', { exact: true }).selectOption('forrester');
    await page
      .getByRole('heading', { name: /Forrester/ })
      .first()
      .waitFor();
    await waitForRows(page, 2);
    const rows = await trialRows(page).count();
    await fiveSteps(page, rows);
    await settledAddress(page);
    labels = await observationLabels(page);
    assert.equal(labels.length, rows + 5);
    const code = await page.getByLabel('Embed code (iframe)').inputValue();
    src = /src="([^"]+)"/.exec(code)?.[1]?.replaceAll('&#38;', '&');
    assert.ok(src && /embed=1/.test(src) && /[?&#]s=1\./.test(src), code);
    assert.deepEqual(errors, []);
  } finally {
    await first.close();
  }

  const second = await browser.open();
  try {
    const { page, errors } = second;
    await page.goto(src, { waitUntil: 'load' });
    await page.locator('main.embed-screen').waitFor();
    await page.locator('svg.bo-plot[aria-label="Objective plot"]').waitFor();
    await page.waitForFunction(
      (n) =>
        document.querySelectorAll(
          'svg.bo-plot[aria-label="Objective plot"] g.observations [aria-label]',
        ).length === n,
      labels.length,
    );
    assert.deepEqual(await observationLabels(page), labels);
    assert.deepEqual(errors, []);
  } finally {
    await second.close();
  }
});

test("a lab figure's slider change is in the address and reopens the same picture", async () => {
  const first = await browser.open();
  let href, grid;
  const gridPlot = 'svg.bo-plot[aria-label^="Grid trials on the objective"]';
  try {
    const { page, errors } = first;
    await page.goto(`${page.url().split('#')[0]}#/lab/coverage`);
    const k = page.locator('input[type="range"]').first();
    await k.waitFor();
    await k.fill('8');
    await page.waitForFunction(() => /[?&]l=coverage_k\.8_/.test(location.search));
    href = await page.evaluate(() => location.href);
    grid = await gridMarkup(page, gridPlot);
    // The figure's share box shows the same address, and its embed code embeds it.
    await page.getByText('Export figures').click();
    assert.equal(await page.getByLabel('Link to this state', { exact: true }).inputValue(), href);
    assert.match(
      await page.getByLabel('Embed code (iframe)').inputValue(),
      /embed=1&#38;figure=coverage/,
    );
    assert.deepEqual(errors, []);
  } finally {
    await first.close();
  }

  const second = await browser.open();
  try {
    const { page, errors } = second;
    await page.goto(href, { waitUntil: 'load' });
    await page.locator(gridPlot).waitFor();
    assert.equal(await page.locator('input[type="range"]').first().inputValue(), '8');
    assert.ok((await gridMarkup(page, gridPlot)) === grid, 'the grid plot differs');
    // The embed of the same state draws the same figure alone.
    await page.goto(href.replace('?', '?embed=1&figure=coverage&'), { waitUntil: 'load' });
    await page.locator(`main.embed-screen ${gridPlot}`).waitFor();
    assert.equal(await page.locator('.lab-nav').count(), 0);
    assert.equal(await page.locator('input[type="range"]').first().inputValue(), '8');
    // A damaged value falls back to its default, says so, and nothing breaks.
    await page.goto(href.replace(/k\.8/, 'k.99'), { waitUntil: 'load' });
    await page.getByText(/The link set values this figure cannot use \(k\)/).waitFor();
    assert.equal(await page.locator('input[type="range"]').first().inputValue(), '5');
    assert.deepEqual(errors, []);
  } finally {
    await second.close();
  }
});

test('?present=1 shows the presentation layout on every lab figure and on the network', async () => {
  const { page, errors, close } = await browser.open();
  try {
    const base = page.url().split('#')[0].split('?')[0];
    for (const route of [...LAB_FIGURES.map((f) => `#/lab/${f}`), '#/network']) {
      await page.goto(`${base}?present=1${route}`, { waitUntil: 'load' });
      await page.locator('.section-present-bar').waitFor();
      assert.equal(
        await page.evaluate(() => document.documentElement.classList.contains('is-presenting')),
        true,
        route,
      );
      assert.equal(await page.locator('header.app-header, .app-header').count(), 0, route);
      assert.equal(
        await page
          .locator('.lab-nav')
          .isVisible()
          .catch(() => false),
        false,
        route,
      );
      await page.getByRole('button', { name: 'Exit presentation mode' }).waitFor();
    }
    // Exit brings the section back with its header; L goes back in.
    await page.getByRole('button', { name: 'Exit presentation mode' }).click();
    await page.locator('.section-present-bar').waitFor({ state: 'detached' });
    await page.keyboard.press('l');
    await page.locator('.section-present-bar').waitFor();
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('the Hyperband bracket shown is in the address and reopens', async () => {
  const first = await browser.open();
  let href;
  try {
    const { page, errors } = first;
    await page.goto(`${page.url().split('#')[0]}#/lab/hyperband`);
    const bracket = page.getByRole('combobox', { name: 'Bracket shown' });
    await bracket.selectOption('1');
    await page.waitForFunction(() => /[?&#]l=hyperband_[^&#]*_picked\.1\b/.test(location.href));
    href = await page.evaluate(() => location.href);
    assert.deepEqual(errors, []);
  } finally {
    await first.close();
  }
  const second = await browser.open();
  try {
    const { page, errors } = second;
    await page.goto(href, { waitUntil: 'load' });
    const bracket = page.getByRole('combobox', { name: 'Bracket shown' });
    await bracket.waitFor();
    assert.equal(await bracket.inputValue(), '1');
    assert.deepEqual(errors, []);
  } finally {
    await second.close();
  }
});

test('every section embed fills an 800x450 frame with its plots, its controls hidden', async () => {
  const { page, errors, close } = await browser.open({ viewport: { width: 800, height: 450 } });
  try {
    const base = page.url().split('#')[0].split('?')[0];
    for (const figure of [...LAB_FIGURES, 'network']) {
      await page.goto(`${base}?embed=1&figure=${figure}#/`, { waitUntil: 'load' });
      const plots = page.locator('.embed-screen .sized, .net-workspace .sized');
      await plots.first().locator('svg, div').first().waitFor();
      const fit = await page.evaluate(() => {
        const frame = window.innerHeight;
        const boxes = [...document.querySelectorAll('.sized')]
          .map((el) => el.getBoundingClientRect())
          .filter((r) => r.width > 0 && r.height > 0);
        const controls = [...document.querySelectorAll('.lab-controls, .net-settings, .net-run')];
        return {
          frame,
          scroll: document.documentElement.scrollHeight,
          plots: boxes.length,
          // Each plot whole inside the frame, and tall enough to read.
          clipped: boxes.filter((r) => r.bottom > frame + 1 || r.top < 0).length,
          tallest: Math.max(0, ...boxes.map((r) => r.height)),
          controlsShown: controls.filter((el) => el.getClientRects().length > 0).length,
        };
      });
      assert.ok(fit.scroll <= fit.frame + 1, `${figure}: scrolls (${fit.scroll}px)`);
      assert.ok(fit.plots > 0, `${figure}: no plot`);
      assert.equal(fit.clipped, 0, `${figure}: a plot is cut off`);
      assert.ok(fit.tallest >= 150, `${figure}: plots only ${fit.tallest}px tall`);
      assert.equal(fit.controlsShown, 0, `${figure}: controls shown`);
    }
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('the address of a finished network study reopens its trials, training nothing', async () => {
  const first = await browser.open();
  let href, rows;
  try {
    const { page, errors } = first;
    await page.goto(`${page.url().split('#')[0]}#/network`);
    await page.getByRole('heading', { name: 'Tune a small neural network' }).waitFor();
    await page.getByRole('combobox', { name: 'Dataset' }).selectOption('moons');
    await page.getByLabel('Random initial trials').fill('2');
    await page.getByLabel('Further trials').fill('1');
    await page.getByLabel('Epochs (fixed)').fill('5');
    await page.getByRole('button', { name: 'Start study' }).click();
    await page
      .locator('[data-testid="net-status"][data-status="finished"]')
      .waitFor({ timeout: 150_000 });
    rows = await trialRows(page).allInnerTexts();
    assert.equal(rows.length, 3);
    // The address catches up with the study's link (replaceState, debounced).
    const link = page.getByLabel('Link to this study', { exact: true });
    await page.waitForFunction(
      (el) => el instanceof HTMLInputElement && location.href === el.value,
      await link.elementHandle(),
    );
    href = await page.evaluate(() => location.href);
    assert.match(href, /[?&#]net=1\./);
    assert.deepEqual(errors, []);
  } finally {
    await first.close();
  }

  const second = await browser.open();
  try {
    const { page, errors } = second;
    await page.goto(href, { waitUntil: 'load' });
    await page.getByRole('heading', { name: 'Tune a small neural network' }).waitFor();
    await page.locator('tbody tr:nth-child(3)').waitFor();
    assert.deepEqual(await trialRows(page).allInnerTexts(), rows);
    const status = await page.getByTestId('net-status').getAttribute('data-status');
    assert.ok(!['running', 'loading'].includes(status ?? ''), `status ${status}`);
    assert.deepEqual(errors, []);
  } finally {
    await second.close();
  }
});
