// The lean first load (issue 17, item 4): Korean text and the 2D view load on demand, yet nothing
// flashes: a Korean reader's first frame is Korean, a 2D link's first frame has its heatmaps, and
// both still come after the network is cut (the service worker precaches every lazy chunk).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { useBrowser } from './harness.mjs';
import { waitForRows } from './helpers.mjs';

const browser = useBrowser();

/** Records the first text #root shows and whether a loading line was ever put on the page. */
const WATCH_FIRST_FRAME = `(() => {
  window.__firstText = null;
  window.__sawLoading = false;
  new MutationObserver(() => {
    const root = document.getElementById('root');
    if (window.__firstText === null && root && root.innerText.trim()) window.__firstText = root.innerText;
    if (document.querySelector('.plot-loading')) window.__sawLoading = true;
  }).observe(document, { subtree: true, childList: true, characterData: true });
})();`;

const firstFrame = (page) =>
  page.evaluate(() => ({ text: globalThis.__firstText, sawLoading: globalThis.__sawLoading }));

test('English ships alone; a Korean reader sees Korean from the first frame', async () => {
  const en = await browser.open();
  try {
    const requested = [];
    en.page.on('request', (r) => requested.push(r.url()));
    await en.page.reload({ waitUntil: 'load' });
    await en.page.getByRole('button', { name: 'Step', exact: true }).waitFor();
    await en.page.waitForLoadState('networkidle');
    assert.deepEqual(
      requested.filter((u) => /messagesKo/.test(u)),
      [],
    );
    assert.deepEqual(en.errors, []);
  } finally {
    await en.close();
  }

  const ko = await browser.open({ locale: 'ko-KR' }, WATCH_FIRST_FRAME);
  try {
    await ko.page.getByRole('button', { name: '한 단계', exact: true }).waitFor();
    // The Korean tables are their own file, fetched before the first render.
    const scripts = await ko.page.evaluate(() =>
      performance.getEntriesByType('resource').map((e) => e.name),
    );
    assert.ok(
      scripts.some((u) => /messagesKo/.test(u)),
      'the Korean tables load on demand',
    );
    const { text } = await firstFrame(ko.page);
    assert.match(text, /베이즈 최적화/);
    assert.doesNotMatch(text, /Search strategies|Step|Iteration/);
    assert.deepEqual(ko.errors, []);
  } finally {
    await ko.close();
  }
});

test('a 2D link draws its heatmaps in the first frame, with no loading line', async () => {
  const { page, errors, close } = await browser.open();
  let link;
  try {
    await page.getByLabel('Function', { exact: true }).selectOption({ label: 'Branin function' });
    await page.getByRole('img', { name: 'Mean', exact: true }).waitFor();
    await waitForRows(page, 3);
    // The address follows the study (share/addressBar.ts): it becomes the 2D link.
    await page.waitForURL(/[?&]s=/);
    link = page.url();
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
  const second = await browser.open({}, WATCH_FIRST_FRAME);
  try {
    await second.page.goto(link, { waitUntil: 'load' });
    await second.page.getByRole('img', { name: 'Mean', exact: true }).waitFor();
    await waitForRows(second.page, 3);
    assert.equal((await firstFrame(second.page)).sawLoading, false);
    assert.deepEqual(second.errors, []);
  } finally {
    await second.close();
  }
});

test('offline after one visit: Korean and the 2D view still load', async () => {
  const { page, errors, close } = await browser.open();
  try {
    await page.getByRole('button', { name: 'Step', exact: true }).waitFor();
    await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    await page.context().setOffline(true);
    await page.reload({ waitUntil: 'load' });
    await page.getByRole('button', { name: '한국어' }).click();
    await page.getByRole('button', { name: '한 단계', exact: true }).waitFor();
    await page.getByLabel('함수', { exact: true }).selectOption({ label: 'Branin 함수' });
    await page.getByRole('img', { name: '평균', exact: true }).waitFor();
    assert.equal(await page.getByText('이 섹션을 불러오지 못했습니다.').count(), 0);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});
