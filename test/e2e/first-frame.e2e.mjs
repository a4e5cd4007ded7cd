// The default screen teaches from its first frame (issue 14): at iteration 0 of the seed example
// (seed 0), the GP mean passes through both observations, the band pinches at them and widens
// between, the acquisition has a real peak, and the narration does not call the step random. The
// numbers are read from the drawn SVG, so they are what the audience sees. The bayes_opt preset
// is one click away and its narration says why its first step is random.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { useBrowser } from './harness.mjs';
import { waitForRows } from './helpers.mjs';

const browser = useBrowser();

const NUM = String.raw`-?\d[\d.]*(?:e-?\d+)?`;

/** The vertices of an SVG path's d (M/L commands with absolute coordinates, as d3 writes them). */
function vertices(d) {
  return [...d.matchAll(new RegExp(`[ML]\\s*(${NUM})[ ,](${NUM})`, 'gi'))].map((m) => [
    +m[1],
    +m[2],
  ]);
}

/** y of the vertex nearest to x (the paths are sampled on the plot grid). */
function yAt(points, x) {
  let best = points[0];
  for (const p of points) if (Math.abs(p[0] - x) < Math.abs(best[0] - x)) best = p;
  return best[1];
}

/** The band's height at x: its upper and lower edges are the vertices nearest x. */
function bandAt(points, x) {
  const near = [...points].sort((a, b) => Math.abs(a[0] - x) - Math.abs(b[0] - x)).slice(0, 2);
  return Math.abs(near[0][1] - near[1][1]);
}

async function firstFrame(page, plotName, acqName) {
  const objective = page.getByRole('group', { name: plotName });
  const acquisition = page.getByRole('img', { name: acqName });
  await objective.locator('path.mean').waitFor({ state: 'attached' });
  await acquisition.locator('path.acq').waitFor({ state: 'attached' });
  const mean = vertices(await objective.locator('path.mean').getAttribute('d'));
  const band = vertices(await objective.locator('path.band').getAttribute('d'));
  const obs = await objective
    .locator('g.observation')
    .evaluateAll((gs) =>
      gs.map((g) =>
        (g.getAttribute('transform') ?? '').match(/-?\d[\d.]*(?:e-?\d+)?/g).map(Number),
      ),
    );
  const acq = vertices(await acquisition.locator('path.acq').getAttribute('d'));
  // EI is never negative: its axis starts at 0, at the bottom of the plot.
  const zero = Number(await acquisition.locator('line.next-line').first().getAttribute('y2'));
  return { mean, band, obs, acq, zero };
}

function checkFrame({ mean, band, obs, acq, zero }, plotHeight) {
  assert.equal(obs.length, 2);
  for (const [x, y] of obs) {
    assert.ok(Math.abs(yAt(mean, x) - y) <= 0.01 * plotHeight, `mean misses the point at ${x}`);
  }
  const [[x1], [x2]] = obs;
  const mid = (x1 + x2) / 2;
  const widthMid = bandAt(band, mid);
  for (const [x] of obs) {
    assert.ok(bandAt(band, x) < widthMid / 5, `band at ${x}: ${bandAt(band, x)} vs ${widthMid}`);
  }
  const values = acq.map((p) => zero - p[1]).sort((a, b) => a - b);
  const median = values[Math.floor(values.length / 2)];
  assert.ok(values.at(-1) >= 2 * median, `acquisition max ${values.at(-1)} vs median ${median}`);
}

async function plotHeight(page, name) {
  return page
    .getByRole('group', { name })
    .locator('line.next-line')
    .first()
    .evaluate((l) => Number(l.getAttribute('y2')));
}

test('the default first frame: the mean through both points, a pinched band, a real EI peak (en, ko)', async () => {
  const { page, errors, close } = await browser.open({ colorScheme: 'light' });
  try {
    await waitForRows(page, 2);
    const en = await firstFrame(page, 'Objective plot', 'Acquisition plot');
    checkFrame(en, await plotHeight(page, 'Objective plot'));
    const narration = await page.locator('.narration').innerText();
    assert.match(narration, /^Next \(iteration 1\):/);
    assert.doesNotMatch(narration, /random/i);

    await page.getByRole('button', { name: '한국어' }).click();
    await page.locator('html[lang="ko"]').waitFor({ state: 'attached' });
    const ko = await firstFrame(page, '목적 함수 그래프', '획득 함수 그래프');
    checkFrame(ko, await plotHeight(page, '목적 함수 그래프'));
    assert.doesNotMatch(await page.locator('.narration').innerText(), /무작위/);
    await page.screenshot({ path: 'test-results/first-frame-ko.png' });
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('the bayes_opt preset is one click away, and says why its first step is random', async () => {
  const { page, errors, close } = await browser.open();
  try {
    await waitForRows(page, 2);
    await page.getByLabel('Model preset').selectOption('bayes_opt');
    await page
      .getByTestId('model-preset-hint')
      .getByText(/bit for bit/)
      .waitFor();
    const narration = page.locator('.narration');
    await narration.getByText(/drawn at random/).waitFor();
    assert.match(await narration.innerText(), /lower bound.*The default model avoids this/);
    // Back to the default: the step is a search again.
    await page.getByLabel('Model preset').selectOption('default');
    await page.waitForFunction(
      () =>
        !/random/.test(globalThis.document.querySelector('.narration')?.textContent ?? 'random'),
    );
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});
