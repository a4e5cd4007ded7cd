// Accessibility of the BO screen (issue 17, item 5): axe-core on the 1D screen after two steps,
// the help dialog, a 2D benchmark with its heatmaps and the presentation layout, in light and
// dark, English and Korean; the skip link is the first tab stop and lands on the main region.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { blockingAt, openIn, PAIRINGS, settle, toHash } from './axe.mjs';
import { useBrowser } from './harness.mjs';

const browser = useBrowser();

for (const pairing of PAIRINGS) {
  const at = `${pairing.scheme}/${pairing.locale}`;
  test(`axe: the BO screen, help and presentation have no serious violation (${at})`, async () => {
    const { page, errors, close } = await openIn(browser, pairing);
    const found = [];
    try {
      await page.locator('.trials table tbody tr:nth-child(2)').waitFor();
      await page.locator('body').press('Space');
      await page.locator('.trials table tbody tr:nth-child(3)').waitFor();
      await page.locator('body').press('Space');
      await page.locator('.trials table tbody tr:nth-child(4)').waitFor();
      await settle(page);
      found.push(...(await blockingAt(page, `${at} #/ 1D`)));

      await page.keyboard.press('Tab');
      const skip = await page.evaluate(() => ({
        cls: globalThis.document.activeElement?.className,
        visible: globalThis.document.activeElement?.getBoundingClientRect().top >= 0,
      }));
      assert.deepEqual(skip, { cls: 'skip-link', visible: true });
      await page.keyboard.press('Enter');
      assert.equal(await page.evaluate(() => globalThis.document.activeElement?.tagName), 'MAIN');
      assert.equal(new URL(page.url()).hash, '');

      await page.locator('body').press('?');
      await page.getByRole('dialog').waitFor();
      found.push(...(await blockingAt(page, `${at} help`)));
      await page.keyboard.press('Escape');
      await page.getByRole('dialog').waitFor({ state: 'hidden' });

      await page.locator('select:has(option[value="branin"])').selectOption('branin');
      await page.locator('.heatmap').nth(2).waitFor();
      await page.locator('.trials table tbody tr:nth-child(3)').waitFor();
      await settle(page);
      found.push(...(await blockingAt(page, `${at} #/ 2D`)));

      await toHash(page, '#/');
      const url = new URL(page.url());
      url.search = '?present=1';
      await page.goto(url.href, { waitUntil: 'load' });
      await page.locator('main.present-screen').waitFor();
      await page.locator('.bo-plot').first().waitFor();
      await settle(page);
      found.push(...(await blockingAt(page, `${at} ?present=1`)));

      assert.deepEqual(found, []);
      assert.deepEqual(errors, []);
    } finally {
      await close();
    }
  });
}
