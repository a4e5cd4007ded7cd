// Issue 12: a network study is the app's, not the screen's. It survives going to the BO screen
// and back (and keeps training meanwhile), a reload (autosave: the recorded trials come back
// paused, nothing trains until Resume) and a shared link opened in another browser.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { RESULTS, useBrowser } from './harness.mjs';
import { trialRows } from './helpers.mjs';

const browser = useBrowser();
const STUDY_MS = 150_000;

const statusOf = (page) => page.getByTestId('net-status').getAttribute('data-status');
const waitForStatus = (page, state, timeout = STUDY_MS) =>
  page.locator(`[data-testid="net-status"][data-status="${state}"]`).waitFor({ timeout });
const waitForRow = (page, n, timeout = STUDY_MS) =>
  page
    .getByRole('table', { name: 'Trials' })
    .locator(`tbody tr:nth-child(${n})`)
    .waitFor({ timeout });
const heading = (page) => page.getByRole('heading', { name: 'Tune a small neural network' });

test('a network study survives navigation, a reload and a shared link; nothing trains on its own', async () => {
  const { page, errors, close } = await browser.open();
  let other;
  try {
    await page.goto(`${page.url().split('#')[0]}#/network`);
    await heading(page).waitFor();
    await page.getByRole('combobox', { name: 'Dataset' }).selectOption('moons');
    await page.getByLabel('Further trials').fill('2');
    // Trials of a few seconds (20 epochs of batches of 8), so that the study is still running after a round trip.
    await page.getByLabel('Epochs (fixed)').fill('20');
    await page.getByLabel('Batch size (fixed)').fill('3');
    await page.getByRole('button', { name: 'Start study' }).click();
    await waitForRow(page, 1);
    assert.equal(await statusOf(page), 'running');
    const before = await trialRows(page).count();

    // To the BO screen and back, as a person does: the same study, still going.
    const nav = page.getByRole('navigation');
    await nav.getByRole('link', { name: 'Bayesian optimization' }).click();
    await page.getByRole('button', { name: 'Step' }).waitFor();
    await page.waitForTimeout(1500);
    await nav.getByRole('link', { name: 'Tune a network' }).click();
    await heading(page).waitFor();
    assert.ok((await trialRows(page).count()) >= before, 'no recorded trial was lost');
    assert.ok(['running', 'finished'].includes(await statusOf(page)), await statusOf(page));
    assert.equal(await page.getByLabel('Further trials').inputValue(), '2');
    assert.equal(await page.getByRole('combobox', { name: 'Dataset' }).inputValue(), 'moons');

    // Reload while a trial trains: the recorded trials come back, paused, and nothing trains.
    await waitForRow(page, 2);
    const running = await statusOf(page);
    await page.reload();
    await heading(page).waitFor();
    await page.getByText(/Restored the study saved in this browser: \d+ recorded trial/).waitFor();
    const rows = await trialRows(page).allInnerTexts();
    assert.ok(rows.length >= 2, `${rows.length} rows after the reload`);
    assert.equal(
      await statusOf(page),
      running === 'finished' || rows.length === 5 ? 'finished' : 'paused',
    );
    if (rows.length < 5) {
      assert.match(
        await page.getByTestId('net-status').innerText(),
        new RegExp(`^Paused after ${rows.length} of 5 trials$`),
      );
    }
    assert.ok(await page.getByRole('button', { name: 'Cancel trial' }).isDisabled());
    await page.waitForTimeout(2000);
    assert.deepEqual(await trialRows(page).allInnerTexts(), rows, 'nothing trained on its own');
    // The surrogate maps are drawn from the recorded trials.
    for (const name of ['Mean', 'Standard deviation', 'Acquisition'])
      await page.getByRole('img', { name, exact: true }).waitFor();

    // The link, opened in a fresh browser context (no storage): the same trials, nothing trains.
    const link = await page.getByLabel('Link to this study').inputValue();
    assert.match(link, /[?&]net=1\./);
    other = await browser.open();
    await other.page.goto(link);
    await heading(other.page).waitFor();
    await other.page
      .getByText(`Opened a shared study with ${rows.length} recorded trial(s).`)
      .waitFor();
    assert.deepEqual(await trialRows(other.page).allInnerTexts(), rows);
    await other.page.waitForTimeout(1500);
    assert.deepEqual(await trialRows(other.page).allInnerTexts(), rows);
    assert.notEqual(await statusOf(other.page), 'running');
    await other.page.getByRole('img', { name: 'Acquisition', exact: true }).waitFor();
    await other.page
      .getByText(/learning curves were not kept: shared links leave them out/)
      .waitFor();
    mkdirSync(RESULTS, { recursive: true });
    await other.page.screenshot({ path: join(RESULTS, 'network-link-opened.png'), fullPage: true });
    assert.deepEqual(other.errors, []);

    // Resume finishes the budget from where the study stopped.
    if (rows.length < 5) {
      await page.getByRole('button', { name: 'Resume' }).click();
      await page.getByText(/Restored the study saved/).waitFor({ state: 'detached' });
      await waitForStatus(page, 'finished');
    }
    assert.equal(await trialRows(page).count(), 5);
    // The recorded trials are unchanged (only the best marker may have moved on).
    const unmarked = (texts) => texts.map((r) => r.replace(/best/g, ''));
    const after = (await trialRows(page).allInnerTexts()).slice(0, rows.length);
    assert.deepEqual(unmarked(after), unmarked(rows));
    await page.screenshot({ path: join(RESULTS, 'network-restored.png'), fullPage: true });
    await page
      .getByRole('region', { name: 'Share and save this study' })
      .screenshot({ path: join(RESULTS, 'network-share-panel.png') });
    assert.deepEqual(errors, []);
  } finally {
    await other?.close();
    await close();
  }
});
