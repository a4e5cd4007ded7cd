// Accessibility of the other screens (issue 17, item 5): axe-core on the network screen, the deck
// screen with the sample deck open, and the import's column-mapping step, in light and dark,
// English and Korean.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { blockingAt, openIn, PAIRINGS, settle, toHash } from './axe.mjs';
import { useBrowser } from './harness.mjs';

const browser = useBrowser();

for (const pairing of PAIRINGS) {
  const at = `${pairing.scheme}/${pairing.locale}`;
  test(`axe: network, decks and the import mapping have no serious violation (${at})`, async () => {
    const { page, errors, close } = await openIn(browser, pairing);
    const found = [];
    try {
      // Columns no name settles (rate, accuracy, loss): the mapping step asks which is which.
      await page.locator('.trials table tbody tr:nth-child(2)').waitFor();
      await page.getByTestId('share-import-csv').setInputFiles({
        name: 'mine.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from('rate,accuracy,loss\n0.5,0.9,2\n1.5,0.7,3\n'),
      });
      await page.getByTestId('import-mapping').waitFor();
      found.push(...(await blockingAt(page, `${at} import mapping`)));

      await toHash(page, '#/network');
      await settle(page);
      found.push(...(await blockingAt(page, `${at} #/network`)));

      await toHash(page, '#/deck');
      await page.getByTestId('deck-sample').waitFor();
      found.push(...(await blockingAt(page, `${at} #/deck`)));
      await page.getByTestId('deck-sample').click();
      await page.getByTestId('deck-shared').waitFor();
      found.push(...(await blockingAt(page, `${at} #/deck sample`)));

      assert.deepEqual(found, []);
      assert.deepEqual(errors, []);
    } finally {
      await close();
    }
  });
}
