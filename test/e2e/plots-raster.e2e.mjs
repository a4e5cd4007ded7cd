// The one raster component (plots/RasterCanvas.tsx) in each place it is used: the network's
// decision boundary (a painted raster under SVG points, named for screen readers) and the lab's
// objective maps, which figure export now finds like the 2D screen's heatmaps.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { RESULTS, useBrowser } from './harness.mjs';

const browser = useBrowser();
mkdirSync(RESULTS, { recursive: true });

/** How many pixels of the raster's canvas are painted (alpha > 0). */
const paintedPixels = (canvas) =>
  canvas.evaluate((c) => {
    const data = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let o = 3; o < data.length; o += 4) if (data[o] > 0) n++;
    return n;
  });

test('the decision boundary is a painted raster with the training points over it', async () => {
  const { page, errors, close } = await browser.open();
  try {
    await page.goto(`${page.url().split('#')[0]}#/network`);
    await page.getByRole('heading', { name: 'Tune a small neural network' }).waitFor();
    // A 2D dataset: the boundary is drawn for two features only.
    await page.getByRole('combobox', { name: 'Dataset' }).selectOption('spirals');
    await page.getByText(/Generated in the page from the seed/).waitFor();
    await page.getByLabel('Further trials').fill('1');
    await page.getByLabel('Epochs (fixed)').fill('20');
    await page.getByRole('button', { name: 'Start study' }).click();
    const thumb = page.getByRole('img', { name: 'Decision boundary' });
    await thumb.waitFor({ timeout: 30_000 });
    // The points: one SVG mark per training row, shaped by class.
    await thumb.locator('circle').first().waitFor();
    assert.ok((await thumb.locator('circle, rect, path').count()) >= 100);
    // The boundary: after the first epoch the raster is painted edge to edge.
    const canvas = page.locator('.boundary-thumb .heatmap-raster canvas');
    await canvas.waitFor({ timeout: 30_000 });
    const side = await canvas.evaluate((c) => c.width);
    const deadline = Date.now() + 30_000;
    while ((await paintedPixels(canvas)) === 0) {
      assert.ok(Date.now() < deadline, 'the boundary was never painted');
      await page.waitForTimeout(200);
    }
    assert.equal(await paintedPixels(canvas), side * side);
    await page.locator('.net-boundary').screenshot({ path: join(RESULTS, 'boundary-thumb.png') });
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('the lab maps are rasters figure export can find', async () => {
  const { page, errors, close } = await browser.open();
  try {
    await page.goto(`${page.url().split('#')[0]}#/lab/coarse-to-fine`);
    const map = page.getByRole('img', { name: 'Coarse-to-fine samples and the fine box' });
    await map.waitFor();
    const canvases = page.locator('.box-map .heatmap-raster canvas');
    await canvases.first().waitFor();
    assert.equal(await canvases.count(), 2);
    const first = canvases.first();
    const side = await first.evaluate((c) => c.width);
    assert.equal(await paintedPixels(first), side * side);
    // The raster lies exactly under the map's frame.
    const frame = await map.locator('.map-frame').boundingBox();
    const raster = await page.locator('.box-map .heatmap-raster').first().boundingBox();
    assert.ok(frame && raster);
    for (const k of ['x', 'y', 'width', 'height'])
      assert.ok(Math.abs(frame[k] - raster[k]) < 1.5, `${k}: ${frame[k]} vs ${raster[k]}`);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});
