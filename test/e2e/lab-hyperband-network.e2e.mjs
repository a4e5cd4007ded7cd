// Figure 6 in network mode: Hyperband whose learning curves are a real network's validation loss,
// trained in the page's worker. Runs on a synthetic 2D set with small max epochs (seconds here):
// progress shows, Cancel and a changed control drop the run, a full run matches Keras Tuner's
// schedule rung by rung.
/* global document -- page.waitForFunction callbacks run in the page */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { useBrowser } from './harness.mjs';

const browser = useBrowser();
/** Training shares a small machine with other tests: generous waits, never timed assertions. */
const RUN_TIMEOUT = 90_000;

/** Keras Tuner's Hyperband schedule (as src/lab/hyperband/schedule.ts), most aggressive first. */
function kerasSchedule(maxEpochs, factor) {
  let e = maxEpochs;
  let count = 0;
  while (e >= 1) {
    e /= factor;
    count += 1;
  }
  const ratio = Math.log(maxEpochs) / Math.log(factor);
  const log = Math.abs(ratio - Math.round(ratio)) < 1e-9 ? Math.round(ratio) : ratio;
  const endSize = Math.ceil(1 + log);
  const brackets = [];
  for (let b = count - 1; b >= 0; b--) {
    const rungs = [];
    for (let r = 0; r <= b; r++) {
      rungs.push({
        trials: Math.ceil((endSize / (b + 1)) * factor ** (b - r)),
        epochs: Math.ceil(maxEpochs / factor ** (b - r)),
      });
    }
    brackets.push({ index: b, rungs });
  }
  return brackets;
}

async function waitStatus(page, value) {
  await page
    .locator(`[data-testid="hb-net-status"][data-status="${value}"]`)
    .waitFor({ timeout: RUN_TIMEOUT });
}

/** Waits until the status line says the n-th training (or a later one) is under way. */
async function waitTraining(page, n) {
  await page.waitForFunction(
    (min) => {
      const el = document.querySelector('[data-testid="hb-net-status"]');
      const m = /Training (\d+) of (\d+)/.exec(el?.textContent ?? '');
      return m !== null && Number(m[1]) >= min;
    },
    n,
    { timeout: RUN_TIMEOUT },
  );
}

test('hyperband on a network: progress, cancel drops the run, a full run follows the schedule', async () => {
  const { page, errors, close } = await browser.open();
  try {
    await page.goto(`${new URL(page.url()).origin}/#/lab/hyperband`);
    await page.getByRole('heading', { level: 2, name: 'Hyperband' }).waitFor();
    // Synthetic curves by default: instant numbers, no Run button.
    assert.equal(await page.getByRole('button', { name: 'Run', exact: true }).count(), 0);
    assert.notEqual(await page.getByTestId('hb-best').innerText(), '—');

    await page.getByLabel('Learning curves from').selectOption('network');
    await page.getByLabel('Dataset').selectOption('moons');
    await page.getByLabel('Max epochs').selectOption('27');
    // Nothing trains on its own; the numbers wait for Run.
    await waitStatus(page, 'idle');
    assert.match(
      await page.getByTestId('hb-net-status').innerText(),
      /Press Run to train 49 models/,
    );
    assert.equal(await page.getByTestId('hb-models').innerText(), '—');
    assert.equal(await page.getByTestId('hb-brackets').innerText(), '4');

    // A changed control stops a run and forgets it.
    const run = page.getByRole('button', { name: 'Run', exact: true });
    await run.click();
    await waitTraining(page, 2);
    await page.getByLabel('Factor').selectOption('2');
    await waitStatus(page, 'idle');
    assert.equal(await page.getByTestId('hb-models').innerText(), '—');
    await page.getByLabel('Factor').selectOption('3');

    // Cancel midway: progress was shown, nothing is recorded.
    await run.click();
    await waitTraining(page, 4);
    const during = await page.getByTestId('hb-net-status').innerText();
    assert.match(during, /Training \d+ of 70: bracket 3, rung 0, model \d+, epoch \d+ of 1/);
    assert.ok(Number(await page.getByRole('progressbar').getAttribute('value')) >= 3);
    await page.getByRole('button', { name: 'Cancel' }).click();
    await waitStatus(page, 'cancelled');
    const cancelled = await page.getByTestId('hb-net-status').innerText();
    const m = /Cancelled after (\d+) of 70 trainings; nothing was recorded\./.exec(cancelled);
    assert.ok(m && Number(m[1]) >= 3 && Number(m[1]) < 70, cancelled);
    for (const id of ['hb-models', 'hb-epochs', 'hb-best', 'hb-net-trained', 'hb-net-wall'])
      assert.equal(await page.getByTestId(id).innerText(), '—', id);
    await page.getByTestId('hb-empty-plot').waitFor();
    assert.equal(
      await page.getByRole('img', { name: 'Learning curves cut off at each rung' }).count(),
      0,
    );

    // A whole run at max epochs 9: 3 brackets, 23 trainings.
    await page.getByLabel('Max epochs').selectOption('9');
    await run.click();
    await waitStatus(page, 'done');
    const schedule = kerasSchedule(9, 3);
    const trainings = schedule.reduce((n, b) => n + b.rungs.reduce((k, r) => k + r.trials, 0), 0);
    assert.match(
      await page.getByTestId('hb-net-status').innerText(),
      new RegExp(`Done: ${trainings} trainings in [\\d.]+ m?s\\.`),
    );
    const diverged = Number(await page.getByTestId('hb-net-diverged').innerText());
    const started = schedule.reduce((n, b) => n + (b.rungs[0]?.trials ?? 0), 0);
    assert.equal(Number(await page.getByTestId('hb-models').innerText()), started);
    // Keras' count (survivors resume) against the epochs computed here (survivors retrained).
    let resumed = 0;
    let retrained = 0;
    for (const b of schedule) {
      let previous = 0;
      for (const r of b.rungs) {
        resumed += r.trials * (r.epochs - previous);
        retrained += r.trials * r.epochs;
        previous = r.epochs;
      }
    }
    const epochs = Number(await page.getByTestId('hb-epochs').innerText());
    const computed = Number(await page.getByTestId('hb-net-trained').innerText());
    if (diverged === 0) {
      assert.equal(epochs, resumed);
      assert.equal(computed, retrained);
    } else {
      assert.ok(epochs <= resumed && computed <= retrained, `${epochs} ${computed}`);
    }
    const best = Number(await page.getByTestId('hb-best').innerText());
    assert.ok(Number.isFinite(best) && best > 0 && best < 1, `best loss ${best}`);
    assert.match(await page.getByTestId('hb-net-wall').innerText(), /^[\d.]+ m?s$/);
    assert.match(
      await page.getByTestId('hb-net-replay').innerText(),
      /^All \d+ retrainings reproduced their earlier epochs exactly\.$/,
    );

    // Every bracket: as many models at each rung as the schedule says, curves drawn.
    const plot = page.getByRole('img', { name: 'Learning curves cut off at each rung' });
    for (const b of schedule) {
      await page.getByLabel('Bracket shown').selectOption(String(b.index));
      await page.getByText(`Learning curves of bracket ${b.index}`).waitFor();
      const rungs = await plot.evaluate((svg) =>
        Array.from(svg.querySelectorAll('g.hb-trial'), (g) => Number(g.getAttribute('data-rung'))),
      );
      b.rungs.forEach((r, k) => {
        const at = rungs.filter((v) => v >= k).length;
        if (diverged === 0) assert.equal(at, r.trials, `bracket ${b.index} rung ${k}`);
        else assert.ok(at <= r.trials, `bracket ${b.index} rung ${k}`);
      });
      assert.ok((await plot.locator('path.hb-curve, circle.hb-dot').count()) >= b.rungs[0].trials);
      assert.equal((await plot.locator('path.hb-curve.is-winner').count()) > 0, true);
    }
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});
