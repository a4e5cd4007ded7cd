// Very large values (issue 12): the formula x*1e305 on [-2, 6] used to turn the model into NaN: the
// narration read "the mean (NaN)… σ is large (∞)" and the plot had no curve. The GP now normalizes
// targets without squaring 1e305, so every step draws a mean curve, a band and an acquisition
// curve, and the sentence carries finite numbers in the objective's own units.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { RESULTS, useBrowser } from './harness.mjs';
import { objectiveHeading, waitForRows } from './helpers.mjs';

const browser = useBrowser();

/** A path's d attribute holds real coordinates: present, long enough, and no NaN or Infinity. */
function assertDrawn(d, what) {
  assert.ok(d && d.length > 50, `${what}: no path (${d})`);
  assert.doesNotMatch(d, /NaN|Infinity/, `${what}: ${d.slice(0, 80)}`);
}

test('x*1e305 on [-2, 6]: every step draws the model and narrates finite numbers', async () => {
  const { page, errors, close } = await browser.open();
  try {
    await waitForRows(page, 2);
    await page.getByLabel('Function', { exact: true }).selectOption({ label: 'Custom formula…' });
    await page.getByLabel('Formula', { exact: true }).fill('x*1e305');
    await page.getByLabel('Min', { exact: true }).fill('-2');
    await page.getByLabel('Max', { exact: true }).fill('6');
    await page.getByRole('button', { name: 'Apply', exact: true }).click();
    await objectiveHeading(page).getByText('x*1e305').waitFor();
    await waitForRows(page, 2);

    const plot = page.getByRole('group', { name: 'Objective plot', exact: true });
    const acq = page.getByRole('img', { name: 'Acquisition plot', exact: true });
    const narration = page.getByRole('status').filter({ hasText: /[Ii]teration|Done/ });
    const step = page.getByRole('button', { name: 'Step', exact: true });
    let bo = 0;
    for (let i = 1; i <= 5; i++) {
      await step.click();
      await waitForRows(page, 2 + i);
      const text = await narration.innerText();
      assert.doesNotMatch(text, /NaN|∞/, text);
      assertDrawn(await plot.locator('path.mean').getAttribute('d'), `step ${i} mean`);
      assertDrawn(await plot.locator('path.band').getAttribute('d'), `step ${i} band`);
      assertDrawn(await acq.locator('path.acq').getAttribute('d'), `step ${i} acquisition`);
      // The sentence's mean and best are in the objective's units: about 10^305.
      const m = /the mean \((\S+)\) .* the best so far \((\S+)\)/.exec(text);
      if (m) {
        bo++;
        for (const v of [m[1], m[2]]) assert.match(v ?? '', /×10³⁰[⁴⁵]$/, text);
      }
    }
    assert.ok(bo >= 1, 'no step narrated the mean and the best');
    mkdirSync(RESULTS, { recursive: true });
    await page.screenshot({ path: join(RESULTS, 'reliability-large-1e305.png'), fullPage: true });
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});
