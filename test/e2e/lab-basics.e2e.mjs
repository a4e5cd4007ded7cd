// The search-strategies lab, figures 1-3: reachable from the navigation, and each figure's numbers
// follow its controls (grid vs random coverage, how many random trials, log-scale sampling).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { useBrowser } from './harness.mjs';

const browser = useBrowser();

/** A number read off the page: "95.4%" -> 95.4, "−0.5" -> -0.5, "×1.005" -> 1.005. */
async function numberAt(page, testId) {
  const text = await page.getByTestId(testId).innerText();
  const m = /-?\d+(?:\.\d+)?/.exec(text.replace('\u2212', '-').replaceAll(',', ''));
  if (!m) throw new Error(`no number in ${testId}: "${text}"`);
  return Number(m[0]);
}

/** Waits until a figure's chunked computation has finished. */
async function settled(page, testId) {
  await page.locator(`[data-testid="${testId}"][data-running="false"]`).waitFor();
}

async function openLab(figure, options) {
  const session = await browser.open(options);
  await session.page.goto(`${new URL(session.page.url()).origin}/#/lab/${figure}`);
  return session;
}

test('the lab lists its figures and each opens from the navigation', async () => {
  const { page, errors, close } = await browser.open();
  try {
    await page.getByRole('link', { name: 'Search strategies' }).click();
    const figures = page.getByRole('navigation', { name: 'Figures' });
    for (const [name, hash] of [
      ['How many random trials?', '#/lab/trials'],
      ['Log-scale sampling', '#/lab/log-scale'],
      ['Grid vs random', '#/lab/coverage'],
    ]) {
      await figures.getByRole('link', { name }).click();
      await page.getByRole('heading', { level: 2, name }).waitFor();
      assert.equal(new URL(page.url()).hash, hash);
      // The figure's section is named by its title, and its link is marked current.
      await page.getByRole('region', { name }).waitFor();
      assert.equal(await figures.getByRole('link', { name }).getAttribute('aria-current'), 'page');
    }
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('grid vs random: distinct values per axis, best values, and the repeat over seeds', async () => {
  const { page, errors, close } = await openLab('coverage');
  try {
    await page.getByRole('img', { name: /^Grid trials on the objective/ }).waitFor();
    await page.getByRole('img', { name: /^Random trials on the objective/ }).waitFor();
    assert.equal(await numberAt(page, 'cov-grid-distinct-x'), 5);
    assert.equal(await numberAt(page, 'cov-grid-distinct-y'), 5);
    assert.equal(await numberAt(page, 'cov-random-distinct-x'), 25);
    assert.equal(await numberAt(page, 'cov-random-distinct-y'), 25);

    // A 7 x 7 grid tries 7 values per axis; 49 random trials try 49.
    await page.getByRole('slider', { name: 'Grid side k (k² trials)' }).fill('7');
    await page.getByText('Grid, 7 × 7', { exact: true }).waitFor();
    assert.equal(await numberAt(page, 'cov-grid-distinct-x'), 7);
    assert.equal(await numberAt(page, 'cov-random-distinct-x'), 49);

    // Another seed moves the random trials, not the grid.
    const gridBest = await numberAt(page, 'cov-grid-best');
    const randomBest = await page.getByTestId('cov-random-best').innerText();
    await page.getByRole('button', { name: 'Next seed' }).click();
    await page.getByLabel('Seed', { exact: true }).and(page.locator('[value="2"]')).waitFor();
    assert.equal(await numberAt(page, 'cov-grid-best'), gridBest);
    assert.notEqual(await page.getByTestId('cov-random-best').innerText(), randomBest);

    // With x switched off only y counts: the grid's best is the best of wy sin(pi y) on its rows.
    await page.getByRole('slider', { name: 'Importance of x' }).fill('0');
    await page.getByRole('slider', { name: 'Importance of y' }).fill('1');
    const rows = Array.from({ length: 7 }, (_, i) => Math.sin((Math.PI * (i + 0.5)) / 7));
    assert.ok(Math.abs((await numberAt(page, 'cov-grid-best')) - Math.max(...rows)) < 1e-3);

    // Back to the lesson's weights: over many seeds random search beats the grid most of the time.
    await page.getByRole('slider', { name: 'Importance of x' }).fill('1');
    await page.getByRole('slider', { name: 'Importance of y' }).fill('0.05');
    // A bad count says what to enter and keeps the last good one in use.
    await page.getByLabel('Seeds to repeat').fill('0');
    await page
      .getByText('Enter a whole number from 1 to 20000; 1000 is used until then.')
      .waitFor();
    await page.getByRole('heading', { name: 'Best value found over 1000 seeds' }).waitFor();
    await page.getByLabel('Seeds to repeat').fill('3000');
    await page.getByRole('heading', { name: 'Best value found over 3000 seeds' }).waitFor();
    await settled(page, 'cov-progress');
    await page.getByRole('img', { name: /over 3000 seeds$/ }).waitFor();
    assert.equal(await numberAt(page, 'cov-median-grid'), await numberAt(page, 'cov-grid-best'));
    for (const kind of ['random', 'lhs', 'sobol']) {
      assert.ok((await numberAt(page, `cov-beats-${kind}`)) > 50, `${kind} should beat the grid`);
    }
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('how many random trials: the formula, the trials needed and the simulation agree', async () => {
  const { page, errors, close } = await openLab('trials');
  try {
    await settled(page, 'trials-progress');
    assert.equal(await numberAt(page, 'trials-needed'), 59);
    const n0 = Number(await page.getByRole('slider', { name: 'Trials n' }).inputValue());
    assert.ok(Math.abs((await numberAt(page, 'trials-prob')) - 100 * (1 - 0.95 ** n0)) < 0.06);

    // The top 1% needs about 300 trials; the chance at the same n drops.
    await page.getByRole('slider', { name: 'Top fraction p' }).fill('-2');
    await page.getByTestId('trials-needed').filter({ hasText: '299' }).waitFor();
    assert.ok(Math.abs((await numberAt(page, 'trials-prob')) - 100 * (1 - 0.99 ** n0)) < 0.06);

    // Dragging across the plot moves n to the right and the chance up.
    const before = await numberAt(page, 'trials-prob');
    const plot = page.getByRole('img', { name: /^Chance that n random trials/ });
    const box = await plot.boundingBox();
    assert.ok(box);
    await page.mouse.move(box.x + box.width * 0.3, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.8, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    const n1 = Number(await page.getByRole('slider', { name: 'Trials n' }).inputValue());
    assert.ok(n1 > n0, `n should grow when dragged right: ${n0} -> ${n1}`);
    const after = await numberAt(page, 'trials-prob');
    assert.ok(after > before);
    assert.ok(Math.abs(after - 100 * (1 - 0.99 ** n1)) < 0.06);

    // The simulation beside it lands within binomial error of the formula.
    await settled(page, 'trials-progress');
    const sim = (await page.getByTestId('trials-sim').innerText()).replace('\u2212', '-');
    const [share, se] = (sim.match(/\d+(?:\.\d+)?/g) ?? []).map(Number);
    assert.ok(share !== undefined && se !== undefined && se > 0, sim);
    assert.ok(Math.abs(share - after) <= 4 * se, `simulated ${share} vs formula ${after}`);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('log-scale sampling: shares per decade and the momentum window', async () => {
  const { page, errors, close } = await openLab('log-scale');
  try {
    await page
      .getByRole('img', { name: /learning rates drawn uniformly, on a log axis$/ })
      .waitFor();
    const n = await numberAt(page, 'log-share-uniform-0').then(() =>
      page.getByRole('slider', { name: 'Samples' }).getAttribute('aria-valuetext'),
    );
    const samples = Number(n);
    const within = (observed, p) =>
      Math.abs(observed / 100 - p) <= 4 * Math.sqrt((p * (1 - p)) / samples) + 5e-4;
    // About 90% of uniform samples land in [0.1, 1]; a quarter per decade when log-uniform.
    assert.ok(within(await numberAt(page, 'log-share-uniform-3'), 0.9 / 0.9999));
    assert.ok(within(await numberAt(page, 'log-share-log-3'), 0.25));
    assert.ok(within(await numberAt(page, 'log-share-log-0'), 0.25));

    // Another seed draws other samples.
    const shares = await page.getByTestId('log-share-log-0').innerText();
    await page.getByRole('button', { name: 'Next seed' }).click();
    await page.getByTestId('log-share-log-0').filter({ hasNotText: shares }).waitFor();

    // 0.9 -> 0.9005 barely moves the window; 0.999 -> 0.9995 doubles it.
    assert.ok(Math.abs((await numberAt(page, 'beta-change-low')) - 0.1 / 0.0995) < 1e-3);
    assert.equal(await numberAt(page, 'beta-change-high'), 2);
    await page.getByRole('slider', { name: 'Your β' }).fill('3');
    await page.getByTestId('beta-change-user').filter({ hasText: '×2' }).waitFor();
    await page.getByRole('slider', { name: 'Your β' }).fill('1');
    await page.getByTestId('beta-change-user').filter({ hasText: '×1.005' }).waitFor();
    // Reverse-log sampling gives windows under 100 half the time, uniform beta nine times in ten.
    assert.ok(within(await numberAt(page, 'beta-short-reverse'), 0.5));
    assert.ok(within(await numberAt(page, 'beta-short-uniform'), 0.09 / 0.099));
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});
