// The app opens on the seed example; theme and language switch and are remembered.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { useBrowser } from './harness.mjs';
import { objectiveHeading, trialRows, waitForRows } from './helpers.mjs';

const browser = useBrowser();

test('opens on the seed example with its two initial points and no errors', async () => {
  const { page, errors, close } = await browser.open();
  try {
    await page.getByRole('heading', { level: 1, name: 'BO Playground' }).waitFor();
    // The seed example of the python bayesian-optimization (bayes_opt) library, with its formula.
    const title = await objectiveHeading(page).innerText();
    assert.match(title, /bayes_opt|bayesian-optimization/);
    assert.match(
      title.replaceAll(' ', ''),
      /exp\(-\(x-3\)\^2\)\+exp\(-\(3x-2\)\^2\)\+1\/\(x\^2\+1\)/,
    );
    await page.getByText('Seed example of the bayesian-optimization library').waitFor();

    await waitForRows(page, 2);
    assert.deepEqual(await trialRows(page).locator('td:nth-child(4)').allInnerTexts(), [
      'init',
      'init',
    ]);

    const plot = page.getByRole('group', { name: 'Objective plot' });
    const box = await plot.boundingBox();
    assert.ok(box && box.width > 700 && box.height > 250, `plot too small: ${JSON.stringify(box)}`);
    const xTicks = await plot.locator('.axis-x .tick text').allTextContents();
    assert.deepEqual(xTicks, ['−2', '−1', '0', '1', '2', '3', '4', '5', '6']);
    await page.getByRole('img', { name: 'Acquisition plot' }).waitFor();
    await page.getByRole('img', { name: 'Convergence plot' }).waitFor();
    await page.getByText('Iteration 0 of 14').waitFor();
    // The default model teaches from the first frame: the first BO step is a search, and says so
    // (first-frame.e2e.mjs checks the picture; the bayes_opt preset's random step is one click away).
    assert.match(
      await page.locator('.narration').innerText(),
      /^Next \(iteration 1\): EI peaks at x = /,
    );
    for (const name of ['Step', 'Play', 'Back', 'Forward', 'Reset', 'New seed']) {
      await page.getByRole('button', { name, exact: true }).waitFor();
    }

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
    await page.getByRole('button', { name: '한 단계', exact: true }).waitFor();
    await page.getByRole('group', { name: '목적 함수 그래프' }).waitFor();
    assert.match(
      await page.locator('.narration').innerText(),
      /^다음 단계\(1번째 반복\): EI가 x = /,
    );
    assert.equal(
      await page.getByRole('button', { name: '한국어' }).getAttribute('aria-pressed'),
      'true',
    );
    await page.getByRole('button', { name: '밝은 테마 켜기' }).waitFor();

    await page.reload();
    await page.getByRole('button', { name: '한 단계', exact: true }).waitFor();
    await page.locator('html[data-theme="dark"]').waitFor({ state: 'attached' });

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: 'Step', exact: true }).waitFor();
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
    await page.getByRole('group', { name: 'Objective plot' }).waitFor();
    await page.getByRole('button', { name: '한국어' }).click();
    await page.getByRole('button', { name: '한 단계', exact: true }).waitFor();
    await page.getByRole('button', { name: '어두운 테마 켜기' }).click();
    await page.locator('html[data-theme="dark"]').waitFor({ state: 'attached' });
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});
