// Importing trials made by other tools through the real file inputs: Optuna's CSV (made by real
// Optuna), a Keras Tuner project folder, an Excel `sep=;` file and the app's own JSON export.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { useBrowser } from './harness.mjs';
import { trialRows, waitForRows } from './helpers.mjs';

const browser = useBrowser();
const FIXTURES = fileURLToPath(new URL('../fixtures/import/', import.meta.url));

async function pickFunction(page, label) {
  await page.getByLabel('Function', { exact: true }).selectOption({ label });
}

/** Replaces the trials with `paths` through the button's file chooser. */
async function importFiles(page, button, paths) {
  await page.getByLabel('Replace the trials').check();
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: button, exact: true }).click();
  await (await choosing).setFiles(paths);
}

/** After an import, Step evaluates the loop's suggestion: a new "bo" row. */
async function stepAddsSuggestion(page, rows) {
  await page
    .getByText(/Next \(iteration \d+\)/)
    .first()
    .waitFor();
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await waitForRows(page, rows + 1);
  assert.match(await trialRows(page).nth(rows).innerText(), /\bbo\b|BO/i);
}

test("Optuna's trials_dataframe CSV: 6 complete, 1 failed point, the PRUNED row named", async () => {
  const { page, errors, close } = await browser.open();
  try {
    await pickFunction(page, 'Synthetic learning rate × weight decay');
    await importFiles(page, 'Import trials (CSV)', join(FIXTURES, 'optuna-study.csv'));
    const notice = page.getByRole('alert');
    await notice.getByText('Imported 7 of 8 rows from optuna-study.csv').waitFor();
    assert.match(await notice.innerText(), /Row 5: the trial was stopped early \(PRUNED\)/);
    await waitForRows(page, 7);
    await stepAddsSuggestion(page, 7);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('a Keras Tuner project folder: its trial.json files, score as the value', async () => {
  const { page, errors, close } = await browser.open();
  try {
    await pickFunction(page, 'Synthetic learning rate × weight decay');
    await importFiles(
      page,
      'Import a folder (Keras Tuner)',
      join(FIXTURES, 'keras-tuner/lr_wd_search'),
    );
    const notice = page.getByRole('alert');
    await notice.getByText('Imported 4 of 5 rows from lr_wd_search/').waitFor();
    const text = await notice.innerText();
    assert.match(text, /Row 5: the trial has not finished \(RUNNING\)/);
    assert.match(text, /“score”, where larger is better/);
    await waitForRows(page, 4);
    assert.match((await trialRows(page).nth(0).innerText()).replace(/\s+/g, ' '), /0\.86/);
    await stepAddsSuggestion(page, 4);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('an Excel sep=; file with decimal commas and a BOM; its bad row named', async () => {
  const { page, errors, close } = await browser.open();
  try {
    await pickFunction(page, 'Synthetic learning rate × weight decay');
    await importFiles(page, 'Import trials (CSV)', join(FIXTURES, 'excel-semicolon.csv'));
    const notice = page.getByRole('alert');
    await notice.getByText('Imported 3 of 4 rows from excel-semicolon.csv').waitFor();
    assert.match(await notice.innerText(), /Row 6, column lr: “abc” is not a number/);
    await waitForRows(page, 3);
    await stepAddsSuggestion(page, 3);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test("the app's own JSON export imports back, then the mapping step settles unnamed columns", async () => {
  const { page, errors, close } = await browser.open();
  try {
    await importFiles(page, 'Import trials (CSV)', join(FIXTURES, 'app-trials.json'));
    await page.getByText('Imported 5 of 5 rows from app-trials.json.').waitFor();
    await waitForRows(page, 5);
    await stepAddsSuggestion(page, 5);

    // Columns no name settles: nothing changes until the user maps them.
    const dir = mkdtempSync(join(tmpdir(), 'bo-import-'));
    const mine = join(dir, 'mine.csv');
    writeFileSync(mine, 'rate,accuracy,loss\n0.5,0.9,2\n1.5,0.7,3\n');
    await importFiles(page, 'Import trials (CSV)', mine);
    const form = page.getByTestId('import-mapping');
    await form.getByText('Which column is which?').waitFor();
    await waitForRows(page, 6);
    await form.getByLabel('Column for x', { exact: true }).selectOption({ label: 'rate' });
    await form.getByLabel('Value column', { exact: true }).selectOption({ label: 'accuracy' });
    await form.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByText('Imported 2 of 2 rows from mine.csv.').waitFor();
    await waitForRows(page, 2);
    assert.equal(await form.count(), 0);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});
