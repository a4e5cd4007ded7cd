// The app shell: seed example on screen, empty plot, language and theme switches.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { useBrowser } from './harness.mjs';

const browser = useBrowser();

test('opens on the seed example with an empty plot and no errors', async () => {
  const { page, errors, close } = await browser.open();
  try {
    await page.getByRole('heading', { level: 1, name: 'BO Playground' }).waitFor();
    // The seed example of the python bayesian-optimization (bayes_opt) library, with its formula.
    const title = await page.getByRole('heading', { level: 2 }).innerText();
    assert.match(title, /bayes_opt|bayesian-optimization/);
    assert.match(
      title.replaceAll(' ', ''),
      /exp\(-\(x-3\)\^2\)\+exp\(-\(3x-2\)\^2\)\+1\/\(x\^2\+1\)/,
    );
    await page.getByText('Seed example of the bayesian-optimization library').waitFor();

    const plot = page.getByRole('img', { name: 'Objective plot' });
    await plot.waitFor();
    const box = await plot.boundingBox();
    // It fills the width of a 1280 px window and most of what is left of its height.
    assert.ok(
      box && box.width > 1100 && box.height > 400,
      `plot too small: ${JSON.stringify(box)}`,
    );
    const xTicks = await plot.locator('.axis-x .tick text').allTextContents();
    assert.deepEqual(xTicks, ['−2', '−1', '0', '1', '2', '3', '4', '5', '6']);
    await page.getByText('Press Step to start').waitFor();

    await page.waitForLoadState('networkidle');
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('switches theme and language, and remembers both', async () => {
  const { page, errors, close } = await browser.open({ colorScheme: 'light' });
  try {
    await page.locator('html[data-theme="light"]').waitFor({ state: 'attached' });
    await page.getByRole('button', { name: 'Switch to dark theme' }).click();
    await page.locator('html[data-theme="dark"]').waitFor({ state: 'attached' });

    await page.getByRole('button', { name: '한국어' }).click();
    await page.locator('html[lang="ko"]').waitFor({ state: 'attached' });
    await page.getByText('Step을 눌러 시작하세요').waitFor();
    await page.getByRole('img', { name: '목적 함수 그래프' }).waitFor();
    assert.equal(
      await page.getByRole('button', { name: '한국어' }).getAttribute('aria-pressed'),
      'true',
    );
    await page.getByRole('button', { name: '밝은 테마로 전환' }).waitFor();

    await page.reload();
    await page.getByText('Step을 눌러 시작하세요').waitFor();
    await page.locator('html[data-theme="dark"]').waitFor({ state: 'attached' });

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByText('Press Step to start').waitFor();
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('keeps working when storage throws', async () => {
  // Private modes and sandboxed iframes throw on any access to localStorage.
  const denyStorage = `Object.defineProperty(window, 'localStorage', {
    get() { throw new DOMException('denied', 'SecurityError'); },
  });`;
  const { page, errors, close } = await browser.open({}, denyStorage);
  try {
    await page.getByRole('img', { name: 'Objective plot' }).waitFor();
    await page.getByRole('button', { name: '한국어' }).click();
    await page.getByText('Step을 눌러 시작하세요').waitFor();
    await page.getByRole('button', { name: '어두운 테마로 전환' }).click();
    await page.locator('html[data-theme="dark"]').waitFor({ state: 'attached' });
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});
