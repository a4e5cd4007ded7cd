// Thompson's sample on the model, point labels that never collide, and heatmaps that use the
// room they have (issue 15, items 6 and 8).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { useBrowser } from './harness.mjs';
import { settledPlotMarkup, waitForRows } from './helpers.mjs';

const browser = useBrowser();

/** Screen boxes of the elements matching `selector` inside the named plot. */
async function boxes(page, plotName, selector) {
  return page.locator(`svg.bo-plot[aria-label="${plotName}"]`).evaluate((svg, sel) => {
    return Array.from(svg.querySelectorAll(sel), (el) => {
      const r = el.getBoundingClientRect();
      return { text: el.textContent, x0: r.left, x1: r.right, y0: r.top, y1: r.bottom };
    }).filter((b) => b.x1 > b.x0 && b.y1 > b.y0);
  }, selector);
}

/** Pairs of boxes that overlap by more than a pixel (glyphs are a little wider than estimated). */
function overlapping(list) {
  const out = [];
  for (let i = 0; i < list.length; i++)
    for (let j = i + 1; j < list.length; j++) {
      const a = list[i];
      const b = list[j];
      const dx = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
      const dy = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
      if (dx > 1 && dy > 1) out.push(`${a.text} / ${b.text}`);
    }
  return out;
}

test('Thompson sampling draws its sample path with the optimum marked at the next point', async () => {
  const { page, errors, close } = await browser.open();
  try {
    await waitForRows(page, 2);
    await page.getByLabel('Acquisition function').selectOption('thompson');
    const step = page.getByRole('button', { name: 'Step', exact: true });
    const plot = page.getByRole('group', { name: 'Objective plot', exact: true });
    let checked = 0;
    for (let i = 1; i <= 8; i++) {
      await step.click();
      await waitForRows(page, 2 + i);
      await settledPlotMarkup(page);
      assert.equal(await plot.locator('[data-testid="thompson-path"]').count(), 1);
      const legend = await plot.locator('.legend').evaluate((el) => el.textContent ?? '');
      assert.match(legend, /Thompson's sample \(its max is the next point\)/);
      assert.match(legend, /other samples/);
      // A step whose optimum was a point already taken falls back and marks none.
      if ((await plot.locator('[data-testid="thompson-optimum"]').count()) === 0) continue;
      const dot = await plot.locator('[data-testid="thompson-optimum"]').boundingBox();
      const guide = await plot.locator('.next-line').boundingBox();
      assert.ok(dot && guide);
      assert.ok(
        Math.abs(dot.x + dot.width / 2 - (guide.x + guide.width / 2)) < 1.5,
        'the marked optimum is not at the next point',
      );
      checked += 1;
    }
    assert.ok(checked >= 3, `only ${checked} steps marked an optimum`);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('16 steps on the seed example: no two point labels overlap, none leaves the plot', async () => {
  const { page, errors, close } = await browser.open();
  try {
    await waitForRows(page, 2);
    const step = page.getByRole('button', { name: 'Step', exact: true });
    for (let i = 1; i <= 16 && (await step.isEnabled()); i++) {
      await step.click();
      await waitForRows(page, 2 + i);
    }
    await settledPlotMarkup(page);
    const labels = await boxes(
      page,
      'Objective plot',
      '.observation-labels text, .observation:not(:hover):not(:focus) .dropped-label',
    );
    assert.ok(labels.length >= 10, `only ${labels.length} labels drawn`);
    assert.deepEqual(overlapping(labels), [], JSON.stringify(labels));
    const [area] = await boxes(page, 'Objective plot', '.plot-background');
    assert.ok(area);
    for (const b of labels) {
      assert.ok(b.y0 >= area.y0 - 1 && b.y1 <= area.y1 + 1, `label ${b.text} leaves the plot`);
      assert.ok(b.x0 >= area.x0 - 1 && b.x1 <= area.x1 + 1, `label ${b.text} leaves the plot`);
    }
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('the heatmaps at 1280x800 are larger than 235 px (221 before), the same size, and labels stay on them', async () => {
  const { page, errors, close } = await browser.open();
  try {
    await page.getByLabel('Function', { exact: true }).selectOption({ label: 'Branin function' });
    await waitForRows(page, 3);
    const step = page.getByRole('button', { name: 'Step', exact: true });
    for (let i = 1; i <= 10; i++) {
      await step.click();
      await waitForRows(page, 3 + i);
    }
    await page.locator('.heatmap[data-side="128"]').first().waitFor();
    const sides = [];
    for (const name of ['Mean', 'Standard deviation', 'Acquisition']) {
      const [map] = await boxes(page, name, '.heatmap-frame');
      assert.ok(map);
      sides.push(Math.round(map.x1 - map.x0));
      assert.ok(Math.abs(map.x1 - map.x0 - (map.y1 - map.y0)) < 1, `${name} is not square`);
      const labels = await boxes(page, name, '.heatmap-labels text');
      assert.deepEqual(overlapping(labels), [], `${name} labels overlap`);
      for (const b of labels) {
        // Below the map are its x ticks; above it the colour bar.
        assert.ok(b.y0 >= map.y0 - 1 && b.y1 <= map.y1 + 1, `${name}: label ${b.text} off the map`);
      }
    }
    assert.ok(
      sides.every((s) => s > 220),
      `maps ${sides.join(', ')} px`,
    );
    assert.ok(Math.max(...sides) - Math.min(...sides) <= 1, `maps ${sides.join(', ')} px`);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});
