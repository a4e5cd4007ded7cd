// Issue 15 item 7: two lab figures as they open show the lesson their words state. Coarse to fine's
// fine stage improves on the coarse best and its maps carry a colour bar in f; the race's
// best-so-far axis is fitted to its end game and says so. Screenshots at 1280x800, light and dark,
// English and Korean, for a person to look at.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { test } from 'node:test';
import { RESULTS, useBrowser } from './harness.mjs';

const browser = useBrowser();
const SHOTS = `${RESULTS}lab-lessons/`;

async function openLab(figure, options) {
  const session = await browser.open(options);
  await session.page.goto(`${new URL(session.page.url()).origin}/#/lab/${figure}`);
  return session;
}

const waitStatus = (page, testId, status) =>
  page.locator(`[data-testid="${testId}"][data-status="${status}"]`).waitFor({ timeout: 60_000 });
const numberAt = async (page, testId) =>
  Number((await page.getByTestId(testId).innerText()).replace('−', '-'));

test('coarse to fine opens on a run whose fine stage finds better, said in words', async () => {
  const { page, errors, close } = await openLab('coarse-to-fine');
  try {
    await waitStatus(page, 'ctf-sdr-status', 'done');
    const coarse = await numberAt(page, 'ctf-coarse-best');
    const fine = await numberAt(page, 'ctf-fine-best');
    assert.ok(fine < coarse, `fine ${fine} should beat coarse ${coarse}`);
    assert.match(await page.getByTestId('ctf-outcome').innerText(), /improved on the coarse best/);
    // Both maps have a colour bar labelled in f, its ends the best and worst values.
    const bars = page.locator('.box-map .color-bar');
    assert.equal(await bars.count(), 2);
    const ticks = await bars.first().locator('text').allTextContents();
    assert.ok(ticks.length >= 2);
    assert.ok(Number(ticks[0]) < Number(ticks.at(-1)));
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('the race fits its best-so-far axis to the end game and says so', async () => {
  const { page, errors, close } = await openLab('race');
  try {
    await waitStatus(page, 'race-status', 'done');
    await page.getByText('The axis fits the medians from evaluation 10 on').waitFor();
    const plot = page.getByRole('img', { name: 'Median best so far with interquartile band' });
    assert.equal(await plot.locator('.band-series').count(), 4);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('screenshots: 1280x800, light and dark, English and Korean', async () => {
  mkdirSync(SHOTS, { recursive: true });
  for (const locale of ['en-US', 'ko-KR']) {
    for (const colorScheme of ['light', 'dark']) {
      for (const figure of ['coarse-to-fine', 'race']) {
        const { page, errors, close } = await openLab(figure, { locale, colorScheme });
        try {
          await waitStatus(page, figure === 'race' ? 'race-status' : 'ctf-sdr-status', 'done');
          const name = `${figure}-${locale.slice(0, 2)}-${colorScheme}`;
          await page.screenshot({ path: `${SHOTS}${name}.png` });
          await page.locator('article.lab-fig').screenshot({ path: `${SHOTS}${name}-full.png` });
          assert.deepEqual(errors, []);
        } finally {
          await close();
        }
      }
    }
  }
});
