// "Make it stay true" (issue 15) in Chromium: the narration, the readout of the next point, the
// acquisition plot and the trials table describe one point with one set of numbers, and a
// minimized f's UCB is shown as its lower confidence bound, in f's units, lowest chosen.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { useBrowser } from './harness.mjs';
import { trialRows, waitForRows } from './helpers.mjs';

const browser = useBrowser();
const KAPPA = 2.576;
const SUPER = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** A number as the app prints it ("−1.5", "2.5×10⁻⁴") and half a unit of its last digit. */
function read(text) {
  const s = String(text)
    .trim()
    .replace(/\u2212/g, '-');
  const m = /^(-?\d+(?:\.(\d+))?)(?:×10([⁻]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+))?$/.exec(s);
  assert.ok(m, `not a printed number: "${text}"`);
  const exp = m[3]
    ? Number(Array.from(m[3], (c) => (c === '⁻' ? '-' : String(SUPER.indexOf(c)))).join(''))
    : 0;
  return { v: Number(m[1]) * 10 ** exp, h: 0.5 * 10 ** (exp - (m[2]?.length ?? 0)) };
}

/** Two printed numbers can be the same value. */
function agree(a, b, what) {
  const tol = a.h + b.h + 1e-9 * Math.abs(a.v);
  assert.ok(Math.abs(a.v - b.v) <= tol, `${what}: ${a.v} vs ${b.v} (±${tol})`);
}

/** mean − κσ over the rounding box of the printed mean and σ holds the printed LCB. */
function assertLcb(acq, mean, std, what) {
  const lo = mean.v - mean.h - KAPPA * (std.v + std.h) - acq.h;
  const hi = mean.v + mean.h - KAPPA * (std.v - std.h) + acq.h;
  assert.ok(
    acq.v >= lo - 1e-9 && acq.v <= hi + 1e-9,
    `${what}: LCB ${acq.v} not in [${lo}, ${hi}]`,
  );
}

const SENTENCE =
  /^Next \(iteration (\d+)\): (.+?) (peaks|is lowest) at (.+?), where the mean \(([^)]+)\) (already beats|trails) the best so far \(([^)]+)\) by ([^,\s]+)(?:, (small|large) against σ \(([^)]+)\))?/;

/** The narration's parts, read back. */
async function narration(page) {
  const text = await page.locator('.narration').innerText();
  const m = SENTENCE.exec(text);
  assert.ok(m, `narration not of a BO step: "${text}"`);
  const [, k, lead, verb, at, mean, standing, best, gap, size, std] = m;
  const n = { text, k: Number(k), lead, verb, at, standing, size };
  return { ...n, mean: read(mean), best: read(best), gap: read(gap), std: std ? read(std) : null };
}

/** The gap and the words agree with the printed numbers (minimized f: lower is better). */
function assertWords(n) {
  assert.equal(n.mean.v < n.best.v, n.standing === 'already beats', n.text);
  agree(n.gap, { v: Math.abs(n.best.v - n.mean.v), h: n.best.h + n.mean.h }, `gap in ${n.text}`);
  if (n.std) assert.equal(n.size === 'small', n.gap.v / n.std.v < 0.5, n.text);
}

/** The coordinates of "x = 1.2, y = −3" as printed numbers. */
function coordinates(at) {
  return at.split(', ').map((p) => read(p.split(' = ')[1]));
}

/** After Step, the newest trial is the narrated point. */
async function assertNewRowAt(page, rows, at) {
  await waitForRows(page, rows);
  const cells = await trialRows(page)
    .nth(rows - 1)
    .locator('td')
    .allInnerTexts();
  coordinates(at).forEach((c, i) => agree(read(cells[i]), c, `table coordinate ${i}: ${cells}`));
}

test('Branin (minimized), UCB: narration, readout, legend and table agree on one point', async () => {
  const { page, errors, close } = await browser.open();
  try {
    await page.getByLabel('Function', { exact: true }).selectOption({ label: 'Branin function' });
    await page.getByRole('img', { name: 'Mean', exact: true }).waitFor();
    await waitForRows(page, 3);
    await page.getByLabel('Acquisition function').selectOption('ucb');
    const acq = page.getByRole('img', { name: 'Acquisition', exact: true });
    const step = page.getByRole('button', { name: 'Step', exact: true });
    let previous = null;
    for (let i = 1; i <= 4; i++) {
      await step.click();
      // The step just taken evaluated the point the narration had announced.
      if (previous) await assertNewRowAt(page, 3 + i, previous);
      await waitForRows(page, 3 + i);
      await page.locator('.heatmap[aria-label="Acquisition"][data-side="128"]').waitFor();
      const n = await narration(page);
      assert.equal(n.k, i + 1, n.text);
      assert.equal(n.lead, 'LCB = mean − 2.58σ', n.text);
      assert.equal(n.verb, 'is lowest', n.text);
      assertWords(n);

      const readout = page.getByTestId('heatmap-readout');
      assert.equal(await readout.getAttribute('data-kind'), 'next');
      const dt = await readout.locator('dt').allInnerTexts();
      const dd = await readout.locator('dd').allInnerTexts();
      assert.equal(dt[3], 'LCB (κ = 2.58)');
      assert.equal(dd[0], n.at, 'the readout shows the narrated point itself');
      const [mean, std, lcb] = [read(dd[1]), read(dd[2]), read(dd[3])];
      agree(mean, n.mean, 'readout mean vs narration');
      if (n.std) agree(std, n.std, 'readout σ vs narration');
      assertLcb(lcb, mean, std, 'readout');

      // The panel and its colour bar are in f's units: the chosen point is their minimum.
      assert.match(await acq.textContent(), /LCB \(κ = 2\.58\)/);
      const marks = await acq.evaluate((el) => ({
        next: Number(el.getAttribute('data-next-value')),
        best: Number(el.getAttribute('data-max')),
      }));
      agree(lcb, { v: marks.next, h: 0 }, 'readout LCB vs the panel next point');
      assert.ok(
        marks.next <= marks.best + 1e-6 * Math.abs(marks.best) + 1e-9,
        JSON.stringify(marks),
      );
      previous = n.at;
    }
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('1D: Forrester (minimized) UCB shows the LCB; the default EI study agrees with its plot', async () => {
  const { page, errors, close } = await browser.open();
  try {
    await waitForRows(page, 2);
    const acq = page.getByRole('img', { name: 'Acquisition plot', exact: true });
    const step = page.getByRole('button', { name: 'Step', exact: true });
    await step.click();
    await waitForRows(page, 3);
    let n = await narration(page);
    assert.equal(n.verb, 'peaks', n.text);
    assert.equal(await acq.getAttribute('data-best-end'), 'highest');
    await step.click();
    await assertNewRowAt(page, 4, n.at);

    await page
      .getByLabel('Function', { exact: true })
      .selectOption({ label: 'Forrester function' });
    await page.getByLabel('Acquisition function').selectOption('ucb');
    for (let i = 0; i < 3; i++) await step.click();
    await page.getByText(/^Next \(iteration \d+\): LCB/).waitFor();
    n = await narration(page);
    assert.equal(n.lead, 'LCB = mean − 2.58σ', n.text);
    assertWords(n);
    assert.match(await acq.textContent(), /LCB \(κ = 2\.58\)/);
    assert.equal(await acq.getAttribute('data-best-end'), 'lowest');
    const next = Number(await acq.getAttribute('data-next-value'));
    if (n.std) assertLcb({ v: next, h: 1e-9 * Math.abs(next) }, n.mean, n.std, 'plot star');
    assert.equal(coordinates(n.at).length, 1);
    agree(coordinates(n.at)[0], { v: Number(await acq.getAttribute('data-next-x')), h: 0 }, 'x');
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});
