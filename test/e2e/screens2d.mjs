// Screenshots of the 2D screen (test-results/, gitignored) at a laptop and a projector size, light
// and dark. Each state registers its tests from its own *.e2e.mjs file: the runner gives every file
// one time limit, and a 2D state costs a run of BO steps per picture.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { RESULTS, useBrowser } from './harness.mjs';
import { waitForRows } from './helpers.mjs';

const SIZES = [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
];
const HEATMAPS = ['Mean', 'Standard deviation', 'Acquisition'];

/** Picks a 2D objective from the menu and takes `steps` BO steps. */
export async function choose2D(page, label, steps) {
  await page.getByLabel('Function', { exact: true }).selectOption({ label });
  await waitForRows(page, 3);
  const step = page.getByRole('button', { name: 'Step', exact: true });
  for (let i = 0; i < steps; i++) await step.click();
  await waitForRows(page, 3 + steps);
}

/** Puts the cursor on the mean heatmap at a fraction of its box. */
export async function hover(page, fx, fy) {
  const box = await page.getByRole('img', { name: 'Mean', exact: true }).boundingBox();
  assert.ok(box);
  await page.mouse.move(box.x + box.width * fx, box.y + box.height * fy);
  await page.locator('[data-testid="heatmap-readout"][data-kind="cursor"]').waitFor();
}

/**
 * Registers one screenshot test per size and colour scheme for a state reached by `reach`. Each
 * checks the layout too: no sideways scrolling, maps of a useful width, and (firstScreen) all
 * three maps on the first screen.
 */
export function screenshots2D(state, reach, { firstScreen }) {
  const browser = useBrowser();
  mkdirSync(RESULTS, { recursive: true });
  for (const viewport of SIZES) {
    for (const scheme of /** @type {const} */ (['light', 'dark'])) {
      const name = `${state}-${viewport.width}x${viewport.height}-${scheme}`;
      test(name, async () => {
        const { page, errors, close } = await browser.open({ viewport, colorScheme: scheme });
        try {
          await page.locator(`html[data-theme="${scheme}"]`).waitFor({ state: 'attached' });
          await reach(page);
          // Let the refined maps replace the first ones before the picture is taken.
          await page.locator('.heatmap[data-side="128"]').first().waitFor();
          await page.waitForTimeout(200);
          const overflow = await page.evaluate(
            'document.documentElement.scrollWidth - document.documentElement.clientWidth',
          );
          assert.equal(overflow, 0, 'page scrolls horizontally');
          for (const plot of HEATMAPS) {
            const box = await page.getByRole('img', { name: plot, exact: true }).boundingBox();
            assert.ok(box && box.width > 0.18 * viewport.width, `${plot} too narrow`);
            if (firstScreen) {
              assert.ok(box.y + box.height <= viewport.height, `${plot} does not fit the screen`);
            }
          }
          await page.screenshot({ path: join(RESULTS, `${name}.png`) });
          assert.deepEqual(errors, []);
        } finally {
          await close();
        }
      });
    }
  }
}
