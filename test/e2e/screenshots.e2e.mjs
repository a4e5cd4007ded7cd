// Screenshots for people to look at (test-results/, gitignored), at the sizes the app is used at
// (a laptop and a projector), light and dark, in the main states of the 1D screen. Each also checks
// the layout: no horizontal scrolling, and both plots of the first screen fit the viewport.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { RESULTS, useBrowser } from './harness.mjs';
import { waitForRows } from './helpers.mjs';

const browser = useBrowser();
mkdirSync(RESULTS, { recursive: true });

const SIZES = [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
];

/** The states worth looking at, each reached from a fresh page. */
const STATES = {
  async initial() {},
  async steps(page) {
    for (let i = 0; i < 6; i++)
      await page.getByRole('button', { name: 'Step', exact: true }).click();
    await waitForRows(page, 8);
  },
  async compare(page) {
    await STATES.steps(page);
    await page.getByLabel('Compare all acquisitions').check();
    for (const name of ['EI', 'PI', 'UCB', 'Thompson']) {
      await page.getByRole('img', { name: `Acquisition plot: ${name}` }).waitFor();
    }
  },
  async 'formula-error'(page) {
    await page.getByLabel('Function', { exact: true }).selectOption({ label: 'Custom formula…' });
    await page.getByLabel('Formula', { exact: true }).fill('exp(-(x-3)^2');
    await page.getByRole('button', { name: 'Apply', exact: true }).click();
    await page.getByRole('alert').waitFor();
  },
};

/** Fits the screen: no sideways scrolling; the plots of the first screen are fully visible. */
async function assertLayout(page, viewport, plots) {
  const overflow = await page.evaluate(
    'document.documentElement.scrollWidth - document.documentElement.clientWidth',
  );
  assert.equal(overflow, 0, 'page scrolls horizontally');
  for (const name of plots) {
    const box = await page.locator(`svg.bo-plot[aria-label="${name}"]`).boundingBox();
    assert.ok(box && box.y + box.height <= viewport.height, `${name} does not fit the screen`);
    assert.ok(box.width > 0.6 * viewport.width, `${name} too narrow: ${box.width}`);
  }
}

for (const viewport of SIZES) {
  for (const scheme of /** @type {const} */ (['light', 'dark'])) {
    for (const [state, reach] of Object.entries(STATES)) {
      const name = `${state}-${viewport.width}x${viewport.height}-${scheme}`;
      test(name, async () => {
        const { page, errors, close } = await browser.open({ viewport, colorScheme: scheme });
        try {
          await page.getByRole('group', { name: 'Objective plot' }).waitFor();
          // The system preference decides the theme when the user has not chosen one.
          await page.locator(`html[data-theme="${scheme}"]`).waitFor({ state: 'attached' });
          await reach(page);
          // Let a preview analysis be replaced by the full one before the picture is taken.
          await page.waitForTimeout(300);
          const plots = ['Objective plot'];
          if (state !== 'compare') plots.push('Acquisition plot');
          if (state !== 'formula-error') await assertLayout(page, viewport, plots);
          await page.screenshot({ path: join(RESULTS, `${name}.png`) });
          assert.deepEqual(errors, []);
        } finally {
          await close();
        }
      });
    }
  }
}

test('steps-1280x800-ko', async () => {
  const { page, errors, close } = await browser.open({ locale: 'ko-KR' });
  try {
    const step = page.getByRole('button', { name: '한 단계', exact: true });
    for (let i = 0; i < 4; i++) await step.click();
    await waitForRows(page, 6, '시행 기록');
    await page.waitForTimeout(300);
    await assertLayout(page, { width: 1280, height: 800 }, [
      '목적 함수 그래프',
      '획득 함수 그래프',
    ]);
    await page.screenshot({ path: join(RESULTS, 'steps-1280x800-ko.png') });
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('finished-1280x800-results', async () => {
  const { page, errors, close } = await browser.open();
  try {
    const step = page.getByRole('button', { name: 'Step', exact: true });
    for (let i = 0; i < 14; i++) await step.click();
    await waitForRows(page, 16);
    await page.waitForTimeout(300);
    // Scrolled, not a full-page shot: that resizes the viewport, and the first screen follows it.
    await page.getByRole('table', { name: 'Trials' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(RESULTS, 'finished-1280x800-results.png') });
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('help-1920x1080-dark', async () => {
  const { page, errors, close } = await browser.open({
    viewport: { width: 1920, height: 1080 },
    colorScheme: 'dark',
  });
  try {
    await page.getByRole('group', { name: 'Objective plot' }).waitFor();
    await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
    await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
    await page.screenshot({ path: join(RESULTS, 'help-1920x1080-dark.png') });
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});
