// The lecture outside the desk: a projector at the back of a room, a printed handout, a row of
// browser tabs and a phone. Screenshots land in test-results/ (projector-*.png, print-*.png).
/* global document, dispatchEvent, getComputedStyle -- page.evaluate callbacks run in the page */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { RESULTS, useBrowser } from './harness.mjs';
import { waitForRows } from './helpers.mjs';
import { choose2D } from './screens2d.mjs';

/** The printable width of an A4 page, in CSS px (210 mm less 2 x 12 mm margins). */
const PAGE_WIDTH_PX = 700;

const browser = useBrowser();

/** The page's address with this query and route. */
function at(page, query, hash = '#/') {
  const url = new URL(page.url());
  url.search = query;
  url.hash = hash;
  return url.toString();
}

/** Computed stroke width, in px, of the first element the selector finds. */
async function strokeWidth(page, selector) {
  const px = await page
    .locator(selector)
    .first()
    .evaluate((e) => getComputedStyle(e).strokeWidth);
  return Number.parseFloat(px);
}

for (const scheme of /** @type {const} */ (['dark', 'light'])) {
  test(`presentation mode at 1920x1080 (${scheme}): curves and markers thick enough for a room`, async () => {
    const { page, errors, close } = await browser.open({
      viewport: { width: 1920, height: 1080 },
      colorScheme: scheme,
    });
    try {
      await waitForRows(page, 2);
      const deskMean = await strokeWidth(page, '.bo-plot path.mean');
      await page.goto(at(page, '?present=1'), { waitUntil: 'load' });
      await page.getByRole('main', { name: 'Presentation' }).waitFor();
      await page.locator('.bo-plot path.mean').first().waitFor();
      const mean = await strokeWidth(page, '.bo-plot path.mean');
      assert.ok(mean >= 4, `GP mean is ${mean} px on the projector`);
      assert.ok(mean > deskMean, `projector ${mean} px vs desk ${deskMean} px`);
      assert.ok((await strokeWidth(page, '.bo-plot path.truth')) >= 3);
      assert.ok((await strokeWidth(page, '.bo-plot path.acq')) >= 4);
      const marker = await page.locator('.bo-plot .observation').first().boundingBox();
      assert.ok(marker && marker.width >= 16, `a marker is ${marker?.width} px wide`);
      await page.screenshot({ path: join(RESULTS, `projector-1920x1080-${scheme}.png`) });
      assert.deepEqual(errors, []);
    } finally {
      await close();
    }
  });
}

test('printing shows the plots and the narration, not the controls', async () => {
  const { page, errors, close } = await browser.open({ colorScheme: 'dark' });
  try {
    await waitForRows(page, 2);
    await page.getByRole('button', { name: 'Step', exact: true }).click();
    await waitForRows(page, 3);
    // What the browser does for Ctrl+P: beforeprint, then the print media.
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'light');
    await page.emulateMedia({ media: 'print' });
    for (const gone of ['.side-panel', '.transport', '.app-header nav', '.header-controls']) {
      assert.equal(await page.locator(gone).first().isVisible(), false, `${gone} prints`);
    }
    assert.equal(await page.getByRole('button', { name: 'Step', exact: true }).isVisible(), false);
    for (const kept of ['.narration', '.status-line', '.trials table']) {
      assert.ok(await page.locator(kept).first().isVisible(), `${kept} does not print`);
    }
    // The plots span the page, not the column the settings left them.
    const plot = await page.getByRole('group', { name: 'Objective plot' }).boundingBox();
    const stage = await page.locator('.stage').boundingBox();
    assert.ok(plot && plot.height > 100, 'the objective plot prints');
    assert.ok(stage && stage.width > 1280 * 0.9, `the stage is ${stage?.width} px of 1280`);
    await page.screenshot({ path: join(RESULTS, 'print-preview-1280.png'), fullPage: true });
    // On an A4 page (about 720 px wide) no script redraws the plots: they must scale to it. The
    // width is set and measured in one go, before the page's resize observers could redraw.
    const fit = await page.evaluate(() => {
      document.body.style.width = '720px';
      const svg = document.querySelector('svg.objective-plot');
      const frame = svg?.parentElement?.getBoundingClientRect();
      const drawn = svg?.getBoundingClientRect();
      document.body.style.width = '';
      return { frame: frame?.width, drawn: drawn?.width, attr: Number(svg?.getAttribute('width')) };
    });
    assert.ok(fit.attr > 720, `the plot was drawn ${fit.attr} px wide`);
    assert.ok(fit.drawn <= fit.frame + 0.5 && fit.drawn > 600, JSON.stringify(fit));
    await page.evaluate(() => dispatchEvent(new Event('afterprint')));
    await page.emulateMedia({ media: 'screen' });
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
    // Chromium's own print to PDF runs through the same rules and gives the page back as it was.
    const pdf = await page.pdf({ format: 'A4' });
    assert.ok(pdf.length > 10_000);
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
    assert.ok(await page.locator('.side-panel').isVisible());
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('the tab names the section, in English and in Korean', async () => {
  const { page, errors, close } = await browser.open();
  try {
    await waitForRows(page, 2);
    assert.equal(await page.title(), 'Bayesian optimization — BO Playground');
    await page.getByRole('link', { name: 'Tune a network' }).click();
    await page.waitForFunction(() => document.title === 'Tune a network — BO Playground');
    await page.getByRole('link', { name: 'Search strategies' }).click();
    await page.waitForFunction(() => document.title === 'Search strategies — BO Playground');
    await page.getByRole('button', { name: '한국어' }).click();
    await page.waitForFunction(() => document.title === '탐색 전략 — BO Playground');
    await page.getByRole('link', { name: '베이즈 최적화' }).click();
    await page.waitForFunction(() => document.title === '베이즈 최적화 — BO Playground');
    await page.getByRole('link', { name: '신경망 튜닝' }).click();
    await page.waitForFunction(() => document.title === '신경망 튜닝 — BO Playground');
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('on a 390x844 phone every point, delete button, checkbox and transport button is 24 px', async () => {
  const { page, errors, close } = await browser.open({
    viewport: { width: 390, height: 844 },
    hasTouch: true,
    isMobile: true,
  });
  try {
    await waitForRows(page, 2);
    await page.getByRole('button', { name: 'Step', exact: true }).click();
    await waitForRows(page, 3);
    /** @type {[string, import('playwright-core').Locator][]} */
    const groups = [
      ['point', page.locator('.bo-plot .observation .hit-target')],
      ['delete', page.locator('.trials .icon-button')],
      ['checkbox', page.locator('input[type="checkbox"]')],
      ['transport', page.locator('.transport button')],
    ];
    for (const [what, targets] of groups) {
      const boxes = await targets.evaluateAll((es) =>
        es
          .map((e) => e.getBoundingClientRect())
          .filter((r) => r.width > 0 && r.height > 0)
          .map((r) => ({ width: r.width, height: r.height })),
      );
      assert.ok(boxes.length > 0, `no ${what} on the phone`);
      for (const box of boxes) {
        assert.ok(box.width >= 24 && box.height >= 24, `a ${what} is ${box.width}x${box.height}`);
      }
    }
    // Within reach of a thumb: on the screen, not behind the trials table's sideways scroll.
    const width = await page.evaluate(() => document.documentElement.clientWidth);
    const rights = await page
      .locator('.trials .icon-button')
      .evaluateAll((es) => es.map((e) => e.getBoundingClientRect().right));
    for (const right of rights) assert.ok(right <= width, `a delete button ends at ${right} px`);
    await page.screenshot({ path: join(RESULTS, 'projector-phone-390x844.png'), fullPage: true });
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('a printed 2D study fits its three maps across the page', async () => {
  const { page, errors, close } = await browser.open({ colorScheme: 'dark' });
  try {
    await choose2D(page, 'Branin function', 2);
    await page.locator('.heatmap[data-side="128"]').first().waitFor();
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: PAGE_WIDTH_PX, height: 1000 });
    const row = await page.locator('.heatmap-row').boundingBox();
    const maps = await page
      .locator('.heatmap-row .heatmap-box')
      .evaluateAll((es) =>
        es.map((e) => e.getBoundingClientRect()).map((r) => ({ left: r.left, right: r.right })),
      );
    assert.ok(row && row.width <= PAGE_WIDTH_PX + 0.5, `the maps are ${row?.width} px wide`);
    assert.equal(maps.length, 3);
    for (const m of maps)
      assert.ok(m.left >= 0 && m.right <= PAGE_WIDTH_PX + 0.5, JSON.stringify(m));
    const pdf = await page.pdf({ format: 'A4' });
    assert.ok(pdf.length > 10_000);
    await page.evaluate(() => dispatchEvent(new Event('afterprint')));
    assert.equal(await page.locator('.heatmap-row[data-print-fit]').count(), 0);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});
