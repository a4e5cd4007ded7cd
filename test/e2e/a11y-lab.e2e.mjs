// Accessibility of the lab (issue 17, item 5): axe-core on the lab's index and on every figure it
// lists, in light and dark, English and Korean; each figure's main plot carries a description
// with its numbers.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { blockingAt, openIn, PAIRINGS, settle, toHash } from './axe.mjs';
import { useBrowser } from './harness.mjs';

const browser = useBrowser();

for (const pairing of PAIRINGS) {
  const at = `${pairing.scheme}/${pairing.locale}`;
  test(`axe: the lab and each of its figures have no serious violation (${at})`, async () => {
    const { page, errors, close } = await openIn(browser, pairing);
    const found = [];
    try {
      await toHash(page, '#/lab');
      await settle(page);
      found.push(...(await blockingAt(page, `${at} #/lab`)));
      // Every figure the lab lists in its own navigation, so a new figure is checked too.
      const figures = await page
        .locator('main nav a[href^="#/lab/"]')
        .evaluateAll((links) => links.map((l) => l.getAttribute('href') ?? ''));
      assert.ok(figures.length >= 7, `lab figures: ${figures.join(' ')}`);
      for (const hash of figures) {
        await toHash(page, hash);
        await page.locator('main h2').first().waitFor();
        await settle(page);
        found.push(...(await blockingAt(page, `${at} ${hash}`)));
        // The figure's main plot says what it shows, from the numbers it draws (describeLab.ts).
        const desc = page.locator('main svg[aria-describedby] > desc').first();
        await desc.waitFor({ state: 'attached' });
        assert.match(await desc.textContent(), /\d/, `${hash} description`);
      }
      assert.deepEqual(found, []);
      assert.deepEqual(errors, []);
    } finally {
      await close();
    }
  });
}
