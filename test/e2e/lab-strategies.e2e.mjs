// The search-strategies lab, figures 4-7: coarse to fine with domain reduction, the race (in
// workers, cancellable), Hyperband's schedule, and parallel batches. Each test changes a control
// and checks that the figure's computed numbers move the way they must.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { useBrowser } from './harness.mjs';

const browser = useBrowser();
/** Simulations run in workers on a shared machine: generous waits, never timed assertions. */
const RUN_TIMEOUT = 120_000;

async function numberAt(page, testId) {
  const text = await page.getByTestId(testId).innerText();
  const m = /-?\d+(?:\.\d+)?(?:×10([⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+))?/.exec(text.replace('\u2212', '-'));
  if (!m) throw new Error(`no number in ${testId}: "${text}"`);
  const sup = '⁰¹²³⁴⁵⁶⁷⁸⁹';
  const exp = m[1]
    ? Number(Array.from(m[1], (c) => (c === '⁻' ? '-' : String(sup.indexOf(c)))).join(''))
    : 0;
  return Number(m[0].split('×')[0]) * 10 ** exp;
}

async function openLab(figure) {
  const session = await browser.open();
  await session.page.goto(`${new URL(session.page.url()).origin}/#/lab/${figure}`);
  return session;
}

async function waitStatus(page, testId, status) {
  await page
    .locator(`[data-testid="${testId}"][data-status="${status}"]`)
    .waitFor({ timeout: RUN_TIMEOUT });
}

/** Moves a slider with the keyboard, as a person would: Home/End, then arrow presses. */
async function setSlider(page, name, key, presses = 1) {
  const slider = page.getByRole('slider', { name, exact: true });
  await slider.focus();
  for (let i = 0; i < presses; i++) await slider.press(key);
}

/** Keyboard Hyperband's bracket count: how often max_epochs divides by factor while >= 1. */
function bracketsFor(maxEpochs, factor) {
  let e = maxEpochs;
  let n = 0;
  while (e >= 1) {
    e /= factor;
    n += 1;
  }
  return n;
}

test('the race can be cancelled, and a bigger budget lowers the median regret', async () => {
  const { page, errors, close } = await openLab('race');
  try {
    await page.getByRole('heading', { level: 2, name: 'The race' }).waitFor();
    // It runs once on arrival. Then a long race (60 evaluations x 40 seeds), cancelled at once:
    // the workers stop.
    await waitStatus(page, 'race-status', 'done');
    await setSlider(page, 'Evaluations per study', 'End');
    await setSlider(page, 'Seeds', 'End');
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await page.getByRole('button', { name: 'Cancel' }).click();
    await waitStatus(page, 'race-status', 'cancelled');
    const cancelled = await page.getByTestId('race-status').innerText();
    const m = /Cancelled after (\d+) of (\d+) studies/.exec(cancelled);
    assert.ok(m, `status after cancel: "${cancelled}"`);
    assert.ok(Number(m[1]) < Number(m[2]), cancelled);
    // What finished before the cancel is kept and summarized; the rest never ran.
    const runs = Number(await page.getByTestId('race-runs-bo').innerText());
    assert.ok(runs < 40, `BO studies after cancel: ${runs}`);
    assert.ok(await page.getByRole('button', { name: 'Run', exact: true }).isEnabled());

    await setSlider(page, 'Evaluations per study', 'Home');
    await setSlider(page, 'Seeds', 'Home');
    await setSlider(page, 'Seeds', 'ArrowRight');
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await waitStatus(page, 'race-status', 'done');
    assert.equal(await page.getByTestId('race-runs-bo').innerText(), '3');
    const small = {
      bo: await numberAt(page, 'race-regret-bo'),
      random: await numberAt(page, 'race-regret-random'),
    };

    await setSlider(page, 'Evaluations per study', 'ArrowRight', 7); // 6 -> 20
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await waitStatus(page, 'race-status', 'done');
    const large = {
      bo: await numberAt(page, 'race-regret-bo'),
      random: await numberAt(page, 'race-regret-random'),
    };
    // The same seeds see a superset of random points: never worse. BO's model pays off: lower.
    assert.ok(large.random <= small.random, `random: ${small.random} -> ${large.random}`);
    assert.ok(large.bo < small.bo, `BO: ${small.bo} -> ${large.bo}`);
    await page.getByRole('img', { name: 'Median regret on a log axis' }).waitFor();
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('coarse to fine: more fine samples never lose, the box follows its control', async () => {
  const { page, errors, close } = await openLab('coarse-to-fine');
  try {
    await page.getByRole('heading', { level: 2, name: 'Coarse to fine' }).waitFor();
    await waitStatus(page, 'ctf-sdr-status', 'done');
    assert.ok((await numberAt(page, 'ctf-sdr-regret')) >= 0);
    const regret = await numberAt(page, 'ctf-manual-regret');
    const box = await page.getByTestId('ctf-box').innerText();

    await setSlider(page, 'Fine samples', 'End');
    assert.ok((await numberAt(page, 'ctf-manual-regret')) <= regret);
    assert.equal(await page.getByTestId('ctf-box').innerText(), box);

    await setSlider(page, 'Box size', 'ArrowRight', 2);
    assert.notEqual(await page.getByTestId('ctf-box').innerText(), box);

    // Drawing a box with the mouse replaces the proposal.
    const map = page.getByRole('img', { name: 'Coarse-to-fine samples and the fine box' });
    const frame = await map.locator('.map-frame').boundingBox();
    assert.ok(frame);
    await page.mouse.move(frame.x + frame.width * 0.1, frame.y + frame.height * 0.1);
    await page.mouse.down();
    await page.mouse.move(frame.x + frame.width * 0.4, frame.y + frame.height * 0.5, { steps: 5 });
    await page.mouse.up();
    await page.getByText('Fine box (drawn by you)').waitFor();
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('hyperband: max epochs and factor set the number of brackets', async () => {
  const { page, errors, close } = await openLab('hyperband');
  try {
    await page.getByRole('heading', { level: 2, name: 'Hyperband' }).waitFor();
    assert.equal(await numberAt(page, 'hb-brackets'), bracketsFor(27, 3));
    const models27 = await numberAt(page, 'hb-models');
    await page.getByLabel('Max epochs').selectOption('81');
    assert.equal(await numberAt(page, 'hb-brackets'), bracketsFor(81, 3));
    assert.ok((await numberAt(page, 'hb-models')) > models27);
    await page.getByLabel('Factor').selectOption('2');
    assert.equal(await numberAt(page, 'hb-brackets'), bracketsFor(81, 2));
    await page.getByRole('img', { name: 'Learning curves cut off at each rung' }).waitFor();
    await page.getByRole('img', { name: 'Hyperband brackets: models × epochs per rung' }).waitFor();
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('panda vs caviar: a batch spends size x rounds evaluations, one at a time spends rounds', async () => {
  const { page, errors, close } = await openLab('parallel');
  try {
    await page.getByRole('heading', { level: 2, name: 'Panda vs caviar' }).waitFor();
    // Stop the run it starts on arrival (if it is still going) before choosing a small one.
    const cancel = page.getByRole('button', { name: 'Cancel' });
    if (await cancel.isEnabled()) await cancel.click();
    await page
      .locator('[data-testid="par-status"]:not([data-status="running"])')
      .waitFor({ timeout: RUN_TIMEOUT });
    await setSlider(page, 'Batch size', 'Home');
    await setSlider(page, 'Wall-clock rounds', 'Home');
    await setSlider(page, 'Wall-clock rounds', 'ArrowRight');
    await setSlider(page, 'Seeds', 'Home');
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await waitStatus(page, 'par-status', 'done');
    assert.equal(await numberAt(page, 'par-evals-sequential'), 3);
    assert.equal(await numberAt(page, 'par-evals-thompson'), 6);
    assert.equal(await numberAt(page, 'par-evals-liar'), 6);
    // The second round's batch (the first one after the initial design) holds two distinct points.
    for (const mode of ['Batch: Thompson sampling', 'Batch: constant liar']) {
      await page.getByLabel('Batch shown').selectOption({ label: mode });
      assert.equal(
        await page.getByTestId('par-distinct').innerText(),
        'Distinct points in this round: 2 of 2',
      );
    }
    for (const mode of ['sequential', 'thompson', 'liar']) {
      assert.ok((await numberAt(page, `par-regret-${mode}`)) >= 0);
    }
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});
