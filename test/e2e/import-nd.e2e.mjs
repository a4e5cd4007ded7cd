// A 4-parameter Optuna study (made by real Optuna) opened as a new study without a formula: the
// BO screen shows the maps over a chosen pair, a slice per parameter and the next trial; the user
// records the value their own tool gave, and the study survives a reload.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { RESULTS, useBrowser } from './harness.mjs';
import { trialRows, waitForRows } from './helpers.mjs';

const browser = useBrowser();
const FIXTURES = fileURLToPath(new URL('../fixtures/import/', import.meta.url));

/** The next trial card's values, one line per dim. */
async function nextTrial(page) {
  return (await page.getByRole('region', { name: 'Next trial' }).locator('tbody').innerText())
    .replace(/\s+/g, ' ')
    .trim();
}

test('a 4-D Optuna CSV opens as a new study: maps, 4 slices, a suggestion; Record adds a trial', async () => {
  const { page, errors, close } = await browser.open();
  try {
    await waitForRows(page, 2);
    await page.getByLabel('Replace the trials').check();
    const choosing = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import trials (CSV)', exact: true }).click();
    await (await choosing).setFiles(join(FIXTURES, 'optuna-4d.csv'));
    // Its parameters are not the seed example's x: the dialog offers a study of its own.
    const offer = page.getByTestId('import-as-study');
    await offer.waitFor();
    assert.equal(await offer.getByLabel(/^lr on a log10 scale/).isChecked(), true);
    assert.equal(await offer.getByLabel(/^dropout on a log10 scale/).isChecked(), false);
    assert.equal(await offer.getByLabel('Goal').inputValue(), 'minimize');
    await offer.getByRole('button', { name: 'Open as a new study', exact: true }).click();

    const notice = page.getByRole('alert');
    await notice.getByText('Imported 11 of 12 rows from optuna-4d.csv').waitFor();
    const said = await notice.innerText();
    assert.match(said, /Opened as a new study without a formula over dropout, lr, units, wd/);
    assert.match(said, /PRUNED/);
    await waitForRows(page, 11);
    // The BO screen of a 4-D study: three maps, a slice per dim, the next trial.
    await page.getByRole('img', { name: /^Mean/ }).first().waitFor();
    assert.equal(await page.getByRole('img', { name: /^Standard deviation/ }).count(), 1);
    assert.equal(await page.getByRole('region', { name: /^Slice along / }).count(), 4);
    assert.match(
      await page.getByTestId('nd-held').innerText(),
      /^Other dims held at the best trial/,
    );
    assert.match(
      await page.getByText(/^This study has no formula: run the suggested trial/).innerText(),
      /record its value/,
    );
    assert.equal(await page.getByRole('button', { name: 'Step', exact: true }).isDisabled(), true);
    const before = await nextTrial(page);
    assert.match(before, /^dropout \S+ lr \S+ units \S+ wd \S+$/);

    // A bad value is refused with a sentence; a good one is recorded at the suggested point.
    const card = page.getByRole('region', { name: 'Next trial' });
    await card.getByLabel('Value measured').fill('abc');
    await card.getByRole('button', { name: 'Record', exact: true }).click();
    await card.getByText(/Type the value the trial gave/).waitFor();
    await card.getByLabel('Value measured').fill('0.21');
    await card.getByRole('button', { name: 'Record', exact: true }).click();
    await waitForRows(page, 12);
    assert.match(await trialRows(page).nth(11).innerText(), /0\.21/);
    // The suggestion follows the new trial once its model is computed.
    for (let k = 0; k < 100 && (await nextTrial(page)) === before; k++) {
      await page.waitForTimeout(100);
    }
    assert.notEqual(await nextTrial(page), before);

    // Another pair on the maps: the held dims follow.
    assert.match(await page.getByTestId('nd-held').innerText(), /: units = .*, wd = /);
    await page.getByLabel('Map x axis').selectOption('units');
    await page
      .getByTestId('nd-held')
      .filter({ hasText: /: dropout = .*, wd = / })
      .waitFor();
    assert.equal(await page.getByLabel('Map y axis').inputValue(), 'lr');
    await page.screenshot({ path: join(RESULTS, 'import-nd.png'), fullPage: true });

    // The study is in the address bar: a reload brings it back, trials and all.
    await page.reload({ waitUntil: 'load' });
    await waitForRows(page, 12);
    await page.getByRole('region', { name: 'Slice along wd' }).waitFor();
    assert.equal(await page.getByRole('region', { name: /^Slice along / }).count(), 4);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});
