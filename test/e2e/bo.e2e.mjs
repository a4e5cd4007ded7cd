// Driving the BO loop as a student would: stepping, history, formulas, the keyboard, probes.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { useBrowser } from './harness.mjs';
import {
  bestShown,
  objectiveHeading,
  settledPlotMarkup,
  trialRows,
  waitForRows,
} from './helpers.mjs';

const browser = useBrowser();

test('14 steps of EI find the seed example maximum (1.7075) from seed 0', async () => {
  const { page, errors, close } = await browser.open();
  try {
    const step = page.getByRole('button', { name: 'Step', exact: true });
    await waitForRows(page, 2);
    for (let i = 1; i <= 14; i++) {
      await step.click();
      await waitForRows(page, 2 + i);
    }
    await page.getByText('Iteration 14 of 14').waitFor();
    const best = await bestShown(page);
    assert.ok(best > 1.7 && best <= 1.7075, `best so far ${best}`);
    // The budget is spent: Step is disabled and the narration says so.
    assert.equal(await step.isDisabled(), true);
    assert.match(await page.locator('.narration').innerText(), /^Done: all 16 evaluations/);
    // The best row is highlighted and holds the value the status line shows.
    const bestRow = page.getByRole('table', { name: 'Trials' }).locator('tbody tr.best');
    assert.match(await bestRow.innerText(), new RegExp(String(best).replace('.', '\\.')));
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('Back and Forward restore the earlier plot and table', async () => {
  const { page, errors, close } = await browser.open();
  try {
    const step = page.getByRole('button', { name: 'Step', exact: true });
    await step.click();
    await step.click();
    await waitForRows(page, 4);
    const before = await settledPlotMarkup(page);
    await step.click();
    await waitForRows(page, 5);
    const after = await settledPlotMarkup(page);
    assert.notEqual(after, before);

    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await waitForRows(page, 4);
    assert.equal(await settledPlotMarkup(page), before);

    await page.getByRole('button', { name: 'Forward', exact: true }).click();
    await waitForRows(page, 5);
    assert.equal(await settledPlotMarkup(page), after);

    // The scrubber reaches any snapshot: the first one has the initial design only.
    await page.getByRole('slider', { name: 'History' }).fill('0');
    await waitForRows(page, 2);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('a bad formula shows where it fails and keeps the old objective; a good one runs', async () => {
  const { page, errors, close } = await browser.open();
  try {
    await waitForRows(page, 2);
    await page.getByRole('button', { name: 'Step', exact: true }).click();
    await waitForRows(page, 3);
    const seedTitle = await objectiveHeading(page).innerText();

    await page.getByLabel('Function', { exact: true }).selectOption({ label: 'Custom formula…' });
    const field = page.getByLabel('Formula', { exact: true });
    await field.fill('exp(-(x-3)^2');
    await page.getByRole('button', { name: 'Apply', exact: true }).click();
    const alert = page.getByRole('alert');
    assert.match(await alert.innerText(), /column 13/);
    // Nothing else changed: same objective, same study, and the text is still there to fix.
    assert.equal(await objectiveHeading(page).innerText(), seedTitle);
    await waitForRows(page, 3);
    assert.equal(await field.inputValue(), 'exp(-(x-3)^2');

    await field.fill('x +* 2');
    await field.press('Enter');
    assert.match(await alert.innerText(), /column 4/);
    assert.equal(await objectiveHeading(page).innerText(), seedTitle);

    await field.fill('sin(3 x) + x / 2');
    await page.getByLabel('Min', { exact: true }).fill('0');
    await page.getByLabel('Max', { exact: true }).fill('5');
    await page.getByRole('button', { name: 'Apply', exact: true }).click();
    await objectiveHeading(page).getByText('sin(3 x) + x / 2').waitFor();
    assert.equal(await page.getByRole('alert').count(), 0);
    await waitForRows(page, 2);
    const ticks = await page
      .getByRole('group', { name: 'Objective plot' })
      .locator('.axis-x .tick text')
      .allTextContents();
    assert.equal(Number(ticks[0]), 0);
    assert.equal(Number(ticks.at(-1)), 5);
    await page.getByRole('button', { name: 'Step', exact: true }).click();
    await waitForRows(page, 3);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('keyboard: Space steps, ArrowLeft goes back, ? opens the help, Escape closes it', async () => {
  const { page, errors, close } = await browser.open();
  try {
    await waitForRows(page, 2);
    await page.keyboard.press('Space');
    await waitForRows(page, 3);
    await page.keyboard.press('Space');
    await waitForRows(page, 4);
    await page.keyboard.press('ArrowLeft');
    await waitForRows(page, 3);
    await page.keyboard.press('ArrowRight');
    await waitForRows(page, 4);

    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await help.waitFor();
    assert.match(await help.innerText(), /Space[\s\S]*Step/);
    // The page behind the dialog does not react to shortcuts.
    await page.keyboard.press('ArrowLeft');
    await waitForRows(page, 4);
    await page.keyboard.press('Escape');
    await help.waitFor({ state: 'hidden' });

    // Keys typed into a text field are text, not commands.
    await page.getByLabel('Function', { exact: true }).selectOption({ label: 'Custom formula…' });
    const field = page.getByLabel('Formula', { exact: true });
    await field.fill('');
    await field.pressSequentially('x r p ');
    assert.equal(await field.inputValue(), 'x r p ');
    await waitForRows(page, 4);
    assert.equal(await page.getByRole('button', { name: 'Play', exact: true }).count(), 1);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('Play runs to the end of the budget on its own, and Pause stops it', async () => {
  const { page, errors, close } = await browser.open();
  try {
    await page.getByLabel('Iterations', { exact: true }).fill('4');
    await page.getByLabel('Speed', { exact: true }).selectOption({ label: 'fastest' });
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await page.getByText('Iteration 4 of 4').waitFor();
    await waitForRows(page, 6);
    // Stopped by itself: the button reads Play again and is disabled at the end of the budget.
    const play = page.getByRole('button', { name: 'Play', exact: true });
    await play.waitFor();
    assert.equal(await play.isDisabled(), true);

    await page.getByRole('button', { name: 'Reset', exact: true }).click();
    await waitForRows(page, 2);
    await page.getByLabel('Speed', { exact: true }).selectOption({ label: 'slow' });
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    await page.waitForTimeout(1700);
    await waitForRows(page, 2);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('clicking the plot evaluates a point there; a row can be deleted', async () => {
  const { page, errors, close } = await browser.open();
  try {
    await waitForRows(page, 2);
    const area = page.getByRole('group', { name: 'Objective plot' }).locator('.plot-background');
    const box = await area.boundingBox();
    assert.ok(box);
    await page.mouse.click(box.x + box.width * 0.25, box.y + box.height / 2);
    await waitForRows(page, 3);
    const last = trialRows(page).nth(2);
    assert.match(await last.innerText(), /manual/);
    // A quarter of [-2, 6] is x = 0.
    const x = Number((await last.locator('td').first().innerText()).replace('\u2212', '-'));
    assert.ok(Math.abs(x) < 0.05, `probe at x = ${x}`);

    await page.getByRole('button', { name: 'Delete evaluation 3' }).click();
    await waitForRows(page, 2);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('a typed point is evaluated from the keyboard; one outside the domain is refused', async () => {
  const { page, errors, close } = await browser.open();
  try {
    await waitForRows(page, 2);
    const field = page.getByRole('textbox', { name: 'x', exact: true });
    await field.fill('7');
    await field.press('Enter');
    await page.getByText('x must be within [−2, 6], the objective’s domain.').waitFor();
    assert.equal(await field.inputValue(), '7');
    assert.equal(await trialRows(page).count(), 2);

    await field.fill('0.63');
    await field.press('Enter');
    await waitForRows(page, 3);
    const last = trialRows(page).nth(2);
    assert.match(await last.innerText(), /manual/);
    assert.equal(await last.locator('td').first().innerText(), '0.63');
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('the settings panel redraws the plots as its controls move', async () => {
  const { page, errors, close } = await browser.open();
  try {
    for (let i = 0; i < 3; i++)
      await page.getByRole('button', { name: 'Step', exact: true }).click();
    await waitForRows(page, 5);
    const plot = page.getByRole('group', { name: 'Objective plot' });
    const acq = page.getByRole('img', { name: 'Acquisition plot' });

    // The black-box game: the true curve disappears.
    assert.equal(await plot.locator('path.truth').count(), 1);
    await page.getByLabel('Show the true function').uncheck();
    assert.equal(await plot.locator('path.truth').count(), 0);

    await page.getByRole('slider', { name: 'Posterior sample paths' }).fill('3');
    await plot.locator('path.samples').nth(2).waitFor();
    assert.equal(await plot.locator('path.samples').count(), 3);

    // UCB: the κ slider replaces ξ, and the curve follows it while it moves.
    await page.getByLabel('Acquisition function').selectOption('ucb');
    assert.match(await acq.textContent(), /UCB \(κ = 2\.58\)/);
    await page.getByRole('slider', { name: 'κ (width of the bound)' }).fill('1');
    assert.match(await acq.textContent(), /UCB \(κ = 1\)/);

    // Hand-set kernel: the sliders start from the fitted length scale.
    const fitted = await page.locator('.readout dd').first().innerText();
    await page.getByLabel('Fit hyperparameters (MAP, with a prior on ℓ)').uncheck();
    const ls = page.getByRole('slider', { name: 'Length scale ℓ' });
    assert.equal(await ls.getAttribute('aria-valuetext'), fitted);
    const before = await plot.evaluate((el) => el.querySelector('path.mean')?.getAttribute('d'));
    await ls.fill('-1');
    assert.equal(await ls.getAttribute('aria-valuetext'), '0.1');
    const after = await plot.evaluate((el) => el.querySelector('path.mean')?.getAttribute('d'));
    assert.notEqual(after, before);

    await page.getByLabel('Kernel', { exact: true }).selectOption('rbf');
    await page.getByLabel('Uncertainty band').selectOption('sigma1');
    await plot.locator('.legend').getByText(/± ?1σ/).waitFor();
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('another objective, and dragging an observation re-evaluates it', async () => {
  const { page, errors, close } = await browser.open();
  try {
    await page
      .getByLabel('Function', { exact: true })
      .selectOption({ label: 'Forrester function' });
    await objectiveHeading(page).getByText('Forrester function').waitFor();
    await waitForRows(page, 2);
    for (let i = 0; i < 3; i++)
      await page.getByRole('button', { name: 'Step', exact: true }).click();
    await waitForRows(page, 5);
    // Minimizing: the best shown is the smallest value in the table.
    const values = (await trialRows(page).locator('td:nth-child(3)').allInnerTexts()).map((v) =>
      Number(v.replace('\u2212', '-').replace(/[^\d.-]/g, '')),
    );
    assert.equal(await bestShown(page), Math.min(...values));

    const marker = page.getByRole('button', { name: /^Observation 1\b/ });
    const box = await marker.boundingBox();
    assert.ok(box);
    const x0 = await trialRows(page).first().locator('td').first().innerText();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 60, box.y + box.height / 2, { steps: 6 });
    await page.mouse.up();
    // The move is a new snapshot: Back undoes it.
    const firstX = trialRows(page).first().locator('td').first();
    for (let i = 0; i < 50 && (await firstX.innerText()) === x0; i++) await page.waitForTimeout(50);
    assert.notEqual(await firstX.innerText(), x0);
    await waitForRows(page, 5);
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    assert.equal(await trialRows(page).first().locator('td').first().innerText(), x0);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});
