// Screenshots for people to look at (test-results/, gitignored), at the sizes the app is used at:
// a laptop and a projector. Also checks the layout fits without horizontal scrolling.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { RESULTS, useBrowser } from './harness.mjs';

const browser = useBrowser();
mkdirSync(RESULTS, { recursive: true });

const SIZES = [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
];

for (const viewport of SIZES) {
  for (const scheme of /** @type {const} */ (['light', 'dark'])) {
    const name = `shell-${viewport.width}x${viewport.height}-${scheme}`;
    test(name, async () => {
      const { page, errors, close } = await browser.open({ viewport, colorScheme: scheme });
      try {
        await page.getByRole('img', { name: 'Objective plot' }).waitFor();
        // The system preference decides the theme when the user has not chosen one.
        await page.locator(`html[data-theme="${scheme}"]`).waitFor({ state: 'attached' });
        const overflow = await page.evaluate(
          'document.documentElement.scrollWidth - document.documentElement.clientWidth',
        );
        assert.equal(overflow, 0, 'page scrolls horizontally');
        const box = await page.getByRole('img', { name: 'Objective plot' }).boundingBox();
        assert.ok(box && box.y + box.height <= viewport.height, 'plot does not fit the screen');
        assert.ok(box.width > 0.85 * viewport.width, `plot does not fill the width: ${box.width}`);
        await page.screenshot({ path: join(RESULTS, `${name}.png`) });
        assert.deepEqual(errors, []);
      } finally {
        await close();
      }
    });
  }
}

test('shell-1280x800-ko', async () => {
  const { page, errors, close } = await browser.open({ locale: 'ko-KR' });
  try {
    await page.getByText('Step을 눌러 시작하세요').waitFor();
    await page.screenshot({ path: join(RESULTS, 'shell-1280x800-ko.png') });
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});
