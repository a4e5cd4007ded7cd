// Shareable links, trial export/import and damaged links, driven as a person would.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { useBrowser } from './harness.mjs';
import { objectiveHeading, settledPlotMarkup, trialRows, waitForRows } from './helpers.mjs';

const browser = useBrowser();

/** The trials table as text, row by row. */
async function tableText(page) {
  return trialRows(page).allInnerTexts();
}

/** The link shown next to "Copy link". */
function linkField(page) {
  return page.getByLabel('Link to this state', { exact: true });
}

test('a link made after 5 steps opens the same table and plots in a fresh context', async () => {
  const first = await browser.open();
  let tableBefore, plotBefore, acqBefore, link;
  try {
    const { page, errors } = first;
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    const step = page.getByRole('button', { name: 'Step', exact: true });
    await waitForRows(page, 2);
    for (let i = 1; i <= 5; i++) {
      await step.click();
      await waitForRows(page, 2 + i);
    }
    tableBefore = await tableText(page);
    plotBefore = await settledPlotMarkup(page);
    acqBefore = await settledPlotMarkup(page, 'Acquisition plot');
    link = await linkField(page).inputValue();
    assert.match(link, /\?s=1\./);
    await page.getByRole('button', { name: 'Copy link', exact: true }).click();
    await page.getByText('Link copied.').waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), link);
    assert.deepEqual(errors, []);
  } finally {
    await first.close();
  }

  const second = await browser.open();
  try {
    const { page, errors } = second;
    await page.goto(link, { waitUntil: 'load' });
    await waitForRows(page, 7);
    assert.deepEqual(await tableText(page), tableBefore);
    assert.equal(await settledPlotMarkup(page), plotBefore);
    assert.equal(await settledPlotMarkup(page, 'Acquisition plot'), acqBefore);
    // Nothing runs by itself: the next step is the viewer's to take.
    await page.getByText('Iteration 5 of 14').waitFor();
    assert.equal(await page.getByRole('alert').count(), 0);
    // History came along: Back shows the step before.
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await waitForRows(page, 6);
    assert.deepEqual(errors, []);
  } finally {
    await second.close();
  }
});

test('trials exported as CSV re-import into the same table; bad rows are named, good rows kept', async () => {
  const { page, errors, close } = await browser.open();
  const dir = mkdtempSync(join(tmpdir(), 'share-e2e-'));
  try {
    const step = page.getByRole('button', { name: 'Step', exact: true });
    await waitForRows(page, 2);
    for (let i = 1; i <= 3; i++) {
      await step.click();
      await waitForRows(page, 2 + i);
    }
    const before = await tableText(page);
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export CSV', exact: true }).click();
    const download = await downloading;
    const csvPath = join(dir, download.suggestedFilename());
    await download.saveAs(csvPath);
    const csv = readFileSync(csvPath, 'utf8');
    assert.match(csv, /^n,x,value,phase,best_so_far,error\r\n/);

    // Start over on another seed, then replace its trials with the exported ones.
    await page.getByRole('button', { name: 'New seed', exact: true }).click();
    await waitForRows(page, 2);
    assert.notDeepEqual(await tableText(page), before.slice(0, 2));
    await page.getByLabel('Replace the trials').check();
    const choosing = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import trials (CSV)', exact: true }).click();
    await (await choosing).setFiles(csvPath);
    await page.getByText(`Imported 5 of 5 rows from ${download.suggestedFilename()}.`).waitFor();
    await waitForRows(page, 5);
    assert.deepEqual(await tableText(page), before);

    // A file with a bad cell and a row outside the bounds: both named, the good row added.
    const bad = join(dir, 'mine.csv');
    writeFileSync(bad, 'x;value\n0,5;1,2\nabc;1\n7;0.5\n');
    await page.getByLabel('Add to the trials').check();
    const again = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import trials (CSV)', exact: true }).click();
    await (await again).setFiles(bad);
    const notice = page.getByRole('alert');
    await notice.getByText('Imported 1 of 3 rows from mine.csv').waitFor();
    assert.match(await notice.innerText(), /Row 3, column x: “abc” is not a number/);
    assert.match(await notice.innerText(), /Row 4, column x: 7 is outside the bounds \[-2, 6\]/);
    await waitForRows(page, 6);
    assert.match((await trialRows(page).nth(5).innerText()).replace(/\s+/g, ' '), /0\.50 1\.2/);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('a damaged link shows its notice and the default study', async () => {
  const { page, errors, close } = await browser.open();
  try {
    await waitForRows(page, 2);
    const title = await objectiveHeading(page).innerText();
    const url = new URL(page.url());
    url.searchParams.set('s', '1.eyJzZXR0aW5ncyI6e30.garbage!!');
    await page.goto(url.toString(), { waitUntil: 'load' });
    const notice = page.getByRole('alert');
    await notice.waitFor();
    assert.match(await notice.innerText(), /could not be used/);
    assert.match(await notice.innerText(), /damaged or cut short/);
    await waitForRows(page, 2);
    assert.equal(await objectiveHeading(page).innerText(), title);
    // Dismissed, it goes; the app works as usual.
    await notice.getByRole('button', { name: 'Dismiss', exact: true }).click();
    assert.equal(await page.getByRole('alert').count(), 0);
    await page.getByRole('button', { name: 'Step', exact: true }).click();
    await waitForRows(page, 3);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('the session is kept in the browser and offered, not forced, on the next visit', async () => {
  const { page, errors, close } = await browser.open();
  try {
    const step = page.getByRole('button', { name: 'Step', exact: true });
    await waitForRows(page, 2);
    for (let i = 1; i <= 3; i++) {
      await step.click();
      await waitForRows(page, 2 + i);
    }
    const before = await tableText(page);
    await page.waitForFunction(() => {
      const text = localStorage.getItem('bo-playground.session');
      return text !== null && JSON.parse(text).study.observations.length === 5;
    });
    // The next visit, by the app's plain address: a reload would keep the study, which the
    // address bar now holds.
    const home = new URL(page.url());
    home.search = '';
    home.hash = '#/';
    await page.goto('about:blank');
    await page.goto(home.toString(), { waitUntil: 'load' });
    // A fresh study first; the saved one waits for the user's word.
    await waitForRows(page, 2);
    const offer = page.getByRole('status').filter({ hasText: 'is saved in this browser' });
    await offer.getByRole('button', { name: 'Restore last session', exact: true }).click();
    await waitForRows(page, 5);
    assert.deepEqual(await tableText(page), before);
    assert.equal(await offer.count(), 0);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});
