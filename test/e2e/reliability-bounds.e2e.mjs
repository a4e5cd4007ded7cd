// Boxes, dimensions and budgets the app cannot use (issue 12): refused with a message where they
// are typed, replaced with a notice where a link brings them, and never drawn as garbage.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { useBrowser } from './harness.mjs';
import { objectiveHeading, waitForRows } from './helpers.mjs';

const browser = useBrowser();

const b64url = (buf) => Buffer.from(buf).toString('base64url');

/** A link as the app writes it: `?s=1.<settings JSON>.<float64 rows>` (src/share/linkCodec.ts). */
function link(base, settings, observations = []) {
  const head = {
    settings,
    phases: observations.map((o) => (o.phase === 'init' ? 'i' : 'b')).join(''),
    shown: observations.length,
  };
  const floats = new Float64Array(observations.flatMap((o) => [...o.x, o.y]));
  const url = new URL(base);
  url.searchParams.set('s', `1.${b64url(JSON.stringify(head))}.${b64url(floats.buffer)}`);
  return url.toString();
}

const formula = (dims) => ({
  objective: {
    kind: 'formula',
    source: dims.map((d) => d.name).join(' + '),
    dims,
    goal: 'maximize',
  },
});
const dim = (name, min, max) => ({ name, min, max, scale: 'linear' });

test('the formula form refuses ±1.7e308 and [1, 1.0000000000000002] with a message', async () => {
  const { page, errors, close } = await browser.open();
  try {
    await waitForRows(page, 2);
    const title = await objectiveHeading(page).innerText();
    await page.getByLabel('Function', { exact: true }).selectOption({ label: 'Custom formula…' });
    for (const [min, max, message] of [
      ['-1.7e308', '1.7e308', /The min of x, -1\.7e308, is too far from 0.*±1e\+100/],
      ['1', '1.0000000000000002', /The range of x is too narrow to plot.*at least 0\.000001/],
    ]) {
      await page.getByLabel('Min', { exact: true }).fill(min);
      await page.getByLabel('Max', { exact: true }).fill(max);
      await page.getByRole('button', { name: 'Apply', exact: true }).click();
      const alert = page.getByRole('alert');
      await alert.waitFor();
      assert.match(await alert.innerText(), message);
      // The study on screen is untouched, and what was typed is kept for correcting.
      assert.equal(await objectiveHeading(page).innerText(), title);
      assert.equal(await page.getByLabel('Max', { exact: true }).inputValue(), max);
    }
    // Step still answers its clicks: nothing drawn spills over it.
    await page.getByRole('button', { name: 'Step', exact: true }).click();
    await waitForRows(page, 3);
    await page.screenshot({ path: 'test-results/reliability-bounds-form.png' });
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('links with unusable boxes or 11 dimensions fall back to the seed example with a notice', async () => {
  const cases = [
    [formula([dim('x', -1.7e308, 1.7e308)]), /The min of x, -1\.7e\+308, is too far from 0/],
    [
      formula([dim('x', 1, 1.0000000000000002)]),
      /The range of x, \[1, 1\.0000000000000002\], is too narrow/,
    ],
    [formula([dim('x', 0, 1e-300)]), /at least 1e-100 wide/],
    [
      // The BO screen shows up to 10 (maps over a pair, a slice per dim); the CLI runs 20.
      formula(Array.from({ length: 11 }, (_, k) => dim(`p${k}`, 0, 1))),
      /has 11 dimensions.*shows studies of 1 to 10.*npm run cli -- run, runs up to 20/,
    ],
  ];
  for (const [settings, message] of cases) {
    const { page, errors, close } = await browser.open();
    try {
      await waitForRows(page, 2);
      const title = await objectiveHeading(page).innerText();
      await page.goto(link(page.url(), settings), { waitUntil: 'load' });
      const notice = page.getByRole('alert');
      await notice.waitFor();
      assert.match(await notice.innerText(), message);
      assert.match(await notice.innerText(), /the seed example is shown/);
      await waitForRows(page, 2);
      assert.equal(await objectiveHeading(page).innerText(), title);
      await page.getByRole('button', { name: 'Step', exact: true }).click();
      await waitForRows(page, 3);
      assert.deepEqual(errors, []);
    } finally {
      await close();
    }
  }
});

test('a link with more observations than its budget reads sensibly', async () => {
  const { page, errors, close } = await browser.open();
  try {
    await waitForRows(page, 2);
    const observations = Array.from({ length: 40 }, (_, k) => ({
      x: [-2 + (8 * k) / 40],
      y: Math.sin(k),
      phase: k < 2 ? 'init' : 'bo',
    }));
    const settings = { objective: { kind: 'registry', id: 'bayes-opt-1d' }, iterations: 14 };
    await page.goto(link(page.url(), settings, observations), { waitUntil: 'load' });
    const notice = page.getByRole('alert');
    await notice.waitFor();
    assert.match(
      await notice.innerText(),
      /38 BO iterations, more than its budget of 14; the budget is now 38/,
    );
    await waitForRows(page, 40);
    await page.getByText('Iteration 38 of 38').waitFor();
    assert.equal(await page.getByLabel('Iterations', { exact: true }).inputValue(), '38');
    await page.screenshot({ path: 'test-results/reliability-bounds-budget.png' });
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('iterations typed above the maximum stay visible with a message', async () => {
  const { page, errors, close } = await browser.open();
  try {
    await waitForRows(page, 2);
    const field = page.getByLabel('Iterations', { exact: true });
    await field.fill('300');
    await field.blur();
    assert.equal(await field.inputValue(), '300');
    const alert = page.getByRole('alert');
    assert.equal(
      await alert.innerText(),
      'At most 200: type 200 or less. Until then the study keeps 14.',
    );
    await page.getByText('Iteration 0 of 14').waitFor();
    await page.screenshot({ path: 'test-results/reliability-bounds-iterations.png' });
    await field.fill('20');
    await page.getByText('Iteration 0 of 20').waitFor();
    assert.equal(await alert.count(), 0);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});
