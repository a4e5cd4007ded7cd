// Figures leave the app as files: PNG and SVG of each plot (1D and the 2D heatmaps), and the run
// as a WebM video. Each download is opened and checked: the SVG parses, carries the plot's marks
// with their colours resolved, and the PNG is a PNG at twice the figure's size.
/* global DOMParser -- page.evaluate callbacks run in the page */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { useBrowser } from './harness.mjs';
import { waitForRows } from './helpers.mjs';

const browser = useBrowser();

/** Clicks a button and returns the download it starts: its suggested name and its bytes. */
async function download(page, buttonName) {
  const [dl] = await Promise.all([
    page.waitForEvent('download', { timeout: 30_000 }),
    page.getByRole('button', { name: buttonName }).click(),
  ]);
  const path = await dl.path();
  return { name: dl.suggestedFilename(), bytes: await readFile(path) };
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes) {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  assert.ok(bytes.subarray(0, 8).equals(signature), 'not a PNG signature');
  assert.equal(bytes.subarray(12, 16).toString('ascii'), 'IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Parses SVG text in the page (a real XML parser) and reports what the test checks. */
function inspectSvg(page, text) {
  return page.evaluate((svg) => {
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    const root = doc.documentElement;
    const mean = doc.querySelector('path.mean');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      tag: root.tagName,
      viewBox: root.getAttribute('viewBox'),
      meanStyle: mean?.getAttribute('style') ?? null,
      ticks: [...doc.querySelectorAll('.axis-x .tick text')].map((t) => t.textContent),
      images: [...doc.querySelectorAll('image')].map((i) =>
        (i.getAttribute('href') ?? '').slice(0, 22),
      ),
      usesVars: svg.includes('var(--'),
    };
  }, text);
}

test('exports the objective plot as SVG and PNG, and the acquisition too', async () => {
  const { page, errors, close } = await browser.open();
  try {
    await page.getByRole('group', { name: 'Objective plot' }).waitFor();
    await page.getByRole('button', { name: 'Step', exact: true }).click();
    await waitForRows(page, 3);
    const panel = page.getByRole('region', { name: 'Export figures', exact: true });
    await panel.scrollIntoViewIfNeeded();
    assert.equal(await panel.getByLabel('Figure', { exact: true }).inputValue(), 'objective');

    const svg = await download(page, 'Download the figure as SVG');
    assert.equal(svg.name, 'bo-playground_bayes-opt-1d_objective_n03.svg');
    const info = await inspectSvg(page, svg.bytes.toString('utf8'));
    assert.equal(info.error, null);
    assert.equal(info.tag, 'svg');
    assert.match(info.meanStyle ?? '', /stroke: rgb\(0, 114, 178\)/); // Okabe-Ito blue, resolved
    assert.deepEqual(info.ticks, ['−2', '−1', '0', '1', '2', '3', '4', '5', '6']);
    assert.equal(info.usesVars, false);

    const box = await page.getByRole('group', { name: 'Objective plot' }).boundingBox();
    const png = await download(page, 'Download the figure as PNG');
    assert.equal(png.name, 'bo-playground_bayes-opt-1d_objective_n03.png');
    const size = pngSize(png.bytes);
    assert.equal(size.width, 2 * Math.round(box.width));
    assert.equal(size.height, 2 * Math.round(box.height));

    await panel.getByLabel('Figure', { exact: true }).selectOption('acquisition');
    const acq = await download(page, 'Download the figure as PNG');
    assert.equal(acq.name, 'bo-playground_bayes-opt-1d_acquisition_n03.png');
    pngSize(acq.bytes);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('exports a 2D heatmap with its raster, and tells when a figure is not on screen', async () => {
  const { page, errors, close } = await browser.open();
  try {
    await page.getByLabel('Function', { exact: true }).selectOption({ label: 'Branin function' });
    await page.getByRole('img', { name: 'Mean', exact: true }).waitFor();
    const panel = page.getByRole('region', { name: 'Export figures', exact: true });
    assert.deepEqual(
      await panel
        .getByLabel('Figure', { exact: true })
        .locator('option')
        .evaluateAll((o) => o.map((x) => x.value)),
      ['mean', 'std', 'acq', 'convergence'],
    );
    await panel.getByLabel('Figure', { exact: true }).selectOption('acq');
    const svg = await download(page, 'Download the figure as SVG');
    assert.equal(svg.name, 'bo-playground_branin_acq_n03.svg');
    const info = await inspectSvg(page, svg.bytes.toString('utf8'));
    assert.equal(info.error, null);
    assert.deepEqual(info.images, ['data:image/png;base64,']);

    const box = await page.getByRole('img', { name: 'Acquisition', exact: true }).boundingBox();
    const png = await download(page, 'Download the figure as PNG');
    const size = pngSize(png.bytes);
    assert.equal(size.width, 2 * Math.round(box.width));
    // The raster made it into the PNG: the inferno map's dark purple fills much of the middle.
    assert.ok(png.bytes.length > 20_000, `PNG of ${png.bytes.length} bytes looks empty`);

    // Compare-all replaces the 1D acquisition plot: asking for it says so instead of failing.
    await page.getByLabel('Function', { exact: true }).selectOption({ label: 'bayes_opt example' });
    await page.getByRole('checkbox', { name: 'Compare all acquisitions' }).check();
    await panel.getByLabel('Figure', { exact: true }).selectOption('acquisition');
    await page.getByRole('button', { name: 'Download the figure as PNG' }).click();
    await panel.getByRole('alert').getByText('is not on the screen now').waitFor();
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('records the run as a WebM video and puts the history back where it was', async () => {
  const { page, errors, close } = await browser.open();
  try {
    await page.getByRole('group', { name: 'Objective plot' }).waitFor();
    const panel = page.getByRole('region', { name: 'Export figures', exact: true });
    // One snapshot: nothing to animate yet, and the panel says what to do.
    await panel.getByRole('button', { name: 'Record the run (WebM)' }).click();
    await panel.getByRole('alert').getByText('Step a few times').waitFor();

    for (let i = 0; i < 3; i++)
      await page.getByRole('button', { name: 'Step', exact: true }).click();
    await waitForRows(page, 5);
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await page.getByText('Iteration 2 of 14').waitFor();
    const video = await download(page, 'Record the run (WebM)');
    assert.equal(video.name, 'bo-playground_bayes-opt-1d_objective_run.webm');
    // EBML magic number: the file is a Matroska/WebM container.
    assert.equal(video.bytes.subarray(0, 4).toString('hex'), '1a45dfa3');
    assert.ok(video.bytes.includes(Buffer.from('webm')), 'no webm doctype');
    await panel.getByText(/Saved .*\(4 frames\)/).waitFor();
    // The cursor is back on the snapshot the user was looking at.
    await page.getByText('Iteration 2 of 14').waitFor();
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});
