// Nothing the user did is lost: a stored session that fails validation is handed back (never
// dropped, never written over), oversized and odd files get their own clear notices, and a link
// to a study of many observations opens on a server that caps the request line.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { RESULTS, useBrowser } from './harness.mjs';
import { trialRows, waitForRows } from './helpers.mjs';

const browser = useBrowser();
const KEY = 'bo-playground.session';
const UNREAD_KEY = 'bo-playground.session.unread';
const dir = mkdtempSync(join(tmpdir(), 'reliability-sessions-'));
mkdirSync(RESULTS, { recursive: true });

/** A real session text: the seed example after `steps` steps, as this app autosaves it. */
async function savedSession(steps) {
  const { page, errors, close } = await browser.open();
  try {
    await waitForRows(page, 2);
    for (let i = 1; i <= steps; i++) {
      await page.getByRole('button', { name: 'Step', exact: true }).click();
      await waitForRows(page, 2 + i);
    }
    const handle = await page.waitForFunction(
      ([key, n]) => {
        const text = localStorage.getItem(key);
        return text !== null && JSON.parse(text).study.observations.length === n && text;
      },
      [KEY, 2 + steps],
    );
    const text = await handle.jsonValue();
    assert.deepEqual(errors, []);
    return text;
  } finally {
    await close();
  }
}

/** A page whose storage holds `items` before the app starts. */
function openWithStorage(items) {
  const script = `(() => { if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    const items = ${JSON.stringify(items)};
    for (const [k, v] of Object.entries(items)) localStorage.setItem(k, v); })()`;
  return browser.open({}, script);
}

const stored = (page, key) => page.evaluate((k) => localStorage.getItem(k), key);

test('a saved session from another version is offered with its reasons and never overwritten', async () => {
  const doc = JSON.parse(await savedSession(3));
  doc.study.settings.iterations = 300;
  const foreign = JSON.stringify(doc);
  const { page, errors, close } = await openWithStorage({ [KEY]: foreign });
  try {
    const notice = page.getByRole('alert').filter({ hasText: 'could not be read in full' });
    await notice.waitFor();
    assert.match(await notice.innerText(), /settings\.iterations is not an integer in \[0, 200\]/);
    await waitForRows(page, 2);
    // Work goes on and is saved; the damaged text stays where autosave never writes.
    await page.getByRole('button', { name: 'Step', exact: true }).click();
    await waitForRows(page, 3);
    await page.waitForFunction(
      (k) =>
        JSON.parse(localStorage.getItem(k) ?? '{"study":{"observations":[]}}').study.observations
          .length === 3,
      KEY,
    );
    assert.equal(await stored(page, UNREAD_KEY), foreign);

    const downloading = page.waitForEvent('download');
    await notice.getByRole('button', { name: 'Download the saved text', exact: true }).click();
    const download = await downloading;
    const file = join(dir, download.suggestedFilename());
    await download.saveAs(file);
    assert.equal(readFileSync(file, 'utf8'), foreign);

    // Restored: the three steps come back, the bad field keeps its default and stays listed.
    await notice.getByRole('button', { name: 'Restore what can be read', exact: true }).click();
    await waitForRows(page, 5);
    const restored = page.getByRole('alert').filter({ hasText: 'The saved session is restored' });
    assert.match(await restored.innerText(), /settings\.iterations/);
    await page.getByText('Iteration 3 of 14').waitFor();
    assert.equal(await stored(page, UNREAD_KEY), null);
    await page.screenshot({ path: join(RESULTS, 'sessions-restored.png') });
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('a corrupt saved session is kept across visits until the user discards it', async () => {
  const corrupt = '{"format":"bo-playground-session","version":1,"study":{"settin';
  const { page, errors, close } = await openWithStorage({ [KEY]: corrupt });
  try {
    const notice = page.getByRole('alert').filter({ hasText: 'cannot be read' });
    await notice.waitFor();
    assert.match(await notice.innerText(), /damaged or cut short/);
    assert.equal(await notice.getByRole('button', { name: 'Restore what can be read' }).count(), 0);
    await page.screenshot({ path: join(RESULTS, 'sessions-corrupt.png') });
    await page.getByRole('button', { name: 'Step', exact: true }).click();
    await waitForRows(page, 3);
    await page.reload({ waitUntil: 'load' });
    // Still there on the next visit, beside the offer of what this visit saved.
    await notice.waitFor();
    await page.getByRole('status').filter({ hasText: 'is saved in this browser' }).waitFor();
    assert.equal(await stored(page, UNREAD_KEY), corrupt);
    await notice.getByRole('button', { name: 'Discard it', exact: true }).click();
    assert.equal(await notice.count(), 0);
    assert.equal(await stored(page, UNREAD_KEY), null);
    await page.reload({ waitUntil: 'load' });
    await waitForRows(page, 2);
    assert.equal(await page.getByRole('alert').count(), 0);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('a 6 MB session file is called too large; CSV notices quote little and never end at a colon', async () => {
  const { page, errors, close } = await browser.open();
  try {
    await waitForRows(page, 2);
    const load = async (button, path) => {
      const choosing = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: button, exact: true }).click();
      await (await choosing).setFiles(path);
    };
    const big = join(dir, 'big-session.json');
    writeFileSync(big, `{"format":"bo-playground-session","pad":"${'x'.repeat(6_000_000)}"}`);
    await load('Load from file', big);
    const tooBig = page.getByRole('alert').filter({ hasText: 'big-session.json' });
    await tooBig.waitFor();
    assert.match(await tooBig.innerText(), /It is 6\.0 MB, more than the 5\.0 MB this app reads/);
    assert.doesNotMatch(await tooBig.innerText(), /damaged/);

    const wide = join(dir, 'wide.csv');
    const header = Array.from({ length: 300_000 }, (_, i) => `col${i}`).join(',');
    writeFileSync(wide, `${header}\n1,2\n`);
    await load('Import trials (CSV)', wide);
    const csvNotice = page.getByRole('alert').filter({ hasText: 'wide.csv' });
    await csvNotice.waitFor();
    const text = await csvNotice.innerText();
    assert.ok(text.length < 600, `notice of ${text.length} characters`);
    assert.match(text, /found: col0, col1, col2, .*…\)/);

    const headerOnly = join(dir, 'header-only.csv');
    writeFileSync(headerOnly, 'x,value\r\n');
    await load('Import trials (CSV)', headerOnly);
    const empty = page.getByRole('alert').filter({ hasText: 'header-only.csv' });
    await empty.getByText('The file has a header row but no rows of trials below it').waitFor();
    await waitForRows(page, 2);
    await page.screenshot({ path: join(RESULTS, 'sessions-csv-notice.png') });
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('a link to 800 observations opens on a server that refuses long request lines', async () => {
  const doc = JSON.parse(await savedSession(1));
  const n = 800;
  doc.study.settings.fitKernel = false;
  doc.study.settings.lengthScale = 0.5;
  doc.study.observations = Array.from({ length: n }, (_, i) => {
    const x = -2 + (8 * i) / (n - 1);
    return { x: [x], y: Math.sin(x), phase: 'manual' };
  });
  doc.study.shown = n;
  const file = join(dir, 'many.json');
  writeFileSync(file, JSON.stringify(doc));

  const first = await browser.open();
  let link;
  try {
    const { page, errors } = first;
    await waitForRows(page, 2);
    const choosing = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Load from file', exact: true }).click();
    await (await choosing).setFiles(file);
    await page.getByText('Session loaded from many.json.').waitFor({ timeout: 60_000 });
    await waitForRows(page, n);
    link = await page.getByLabel('Link to this state', { exact: true }).inputValue();
    assert.ok(link.length > 16_384, `link of ${link.length} characters`);
    const hint = page.getByText(`This link is ${link.length} characters long`);
    await hint.scrollIntoViewIfNeeded();
    await page
      .getByRole('region', { name: 'Share and export' })
      .screenshot({ path: join(RESULTS, 'sessions-long-link.png') });
    assert.deepEqual(errors, []);
  } finally {
    await first.close();
  }
  const url = new URL(link);
  const value = new URLSearchParams(url.hash.slice(url.hash.indexOf('?') + 1)).get('s');
  assert.ok(value, 'the study travels in the fragment');
  // The same study in the query is refused by the server (as nginx or Apache would refuse it).
  const asQuery = new URL(link);
  asQuery.hash = '';
  asQuery.searchParams.set('s', value);
  assert.equal((await fetch(asQuery)).status, 431);

  const second = await browser.open();
  try {
    const { page, errors } = second;
    await page.goto(link, { waitUntil: 'load' });
    await waitForRows(page, n);
    assert.match(
      (
        await trialRows(page)
          .nth(n - 1)
          .innerText()
      ).replace(/\s+/g, ' '),
      /6\.00/,
    );
    assert.equal(await page.getByRole('alert').count(), 0);
    assert.deepEqual(errors, []);
  } finally {
    await second.close();
  }
});
