// Presentation mode, embed mode, the high-contrast theme and the guided tour, as an instructor and
// a student meet them. Screenshots of every mode land in test-results/ (present-*.png).
/* global document, getComputedStyle -- page.evaluate callbacks run in the page */
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { RESULTS, useBrowser } from './harness.mjs';
import { waitForRows } from './helpers.mjs';

const browser = useBrowser();
mkdirSync(RESULTS, { recursive: true });

/** The app's address with a query string (the harness opens the bare app first). */
function at(page, query) {
  const url = new URL(page.url());
  url.search = query;
  url.hash = '#/';
  return url.toString();
}

/** Whether an element is inside the viewport, whole. */
async function inViewport(page, locator) {
  const box = await locator.boundingBox();
  const vp = page.viewportSize();
  return (
    !!box &&
    box.x >= 0 &&
    box.y >= 0 &&
    box.x + box.width <= vp.width + 1 &&
    box.y + box.height <= vp.height + 1
  );
}

for (const [width, height, scheme] of [
  [1920, 1080, 'light'],
  [1280, 720, 'dark'],
]) {
  test(`presentation mode at ${width}x${height} (${scheme}): stepper, narration, plots, keys`, async () => {
    const { page, errors, close } = await browser.open({
      viewport: { width, height },
      colorScheme: scheme,
    });
    try {
      await page.goto(at(page, '?present=1'), { waitUntil: 'load' });
      const main = page.getByRole('main', { name: 'Presentation' });
      await main.waitFor();
      // No header, no settings, no table: only the stepper.
      assert.equal(await page.getByRole('heading', { name: 'BO Playground' }).count(), 0);
      assert.equal(await page.getByRole('complementary', { name: 'Settings' }).count(), 0);
      assert.equal(await page.getByRole('table').count(), 0);
      const stepper = page.getByRole('group', { name: 'Playback' });
      const names = await stepper
        .getByRole('button')
        .evaluateAll((bs) =>
          bs.map(
            (b) => b.getAttribute('aria-label') ?? b.textContent.replace(/^\W+\s*/, '').trim(),
          ),
        );
      assert.deepEqual(names, ['Back', 'Step', 'Forward', 'Play']);

      // Large type: the narration reads from the back of a room.
      const narration = page.locator('.narration');
      const fontPx = await narration.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
      assert.ok(fontPx >= 20, `narration font ${fontPx}px`);

      // The plots fill the screen and everything fits in it.
      const plot = page.getByRole('group', { name: 'Objective plot' });
      const acq = page.getByRole('img', { name: 'Acquisition plot' });
      const box = await plot.boundingBox();
      assert.ok(box && box.width > 0.85 * width, `plot too narrow: ${JSON.stringify(box)}`);
      assert.ok(box.height > 0.3 * height, `plot too short: ${JSON.stringify(box)}`);
      assert.ok(await inViewport(page, acq), 'the acquisition plot runs off the screen');
      assert.ok(await inViewport(page, stepper), 'the stepper runs off the screen');

      // Keyboard: Space steps, arrows walk the history, Escape leaves.
      await page.getByText('Iteration 0 of 14').waitFor();
      await page.keyboard.press('Space');
      await page.keyboard.press('Space');
      await page.getByText('Iteration 2 of 14').waitFor();
      await page.keyboard.press('ArrowLeft');
      await page.getByText('Iteration 1 of 14').waitFor();
      await page.keyboard.press('ArrowRight');
      await page.getByText('Iteration 2 of 14').waitFor();
      await page.screenshot({ path: join(RESULTS, `present-${width}x${height}-${scheme}.png`) });

      await page.keyboard.press('Escape');
      await page.getByRole('heading', { level: 1, name: 'BO Playground' }).waitFor();
      assert.equal(new URL(page.url()).searchParams.get('present'), null);
      // The run survives the change of layout.
      await waitForRows(page, 4);
      assert.deepEqual(errors, []);
    } finally {
      await close();
    }
  });
}

test('presentation mode from the page: L enters, F asks for full screen, the help lists F', async () => {
  const { page, errors, close } = await browser.open({ viewport: { width: 1920, height: 1080 } });
  try {
    await page.getByRole('group', { name: 'Objective plot' }).waitFor();
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await help.waitFor();
    const rows = await help.locator('tr').allInnerTexts();
    const row = (k) => rows.find((r) => r.split('\t')[0].trim() === k);
    assert.match(row('F') ?? '', /Full screen/);
    assert.match(row('L') ?? '', /Presentation mode/);
    await help.getByRole('button', { name: 'Close' }).click();
    await help.waitFor({ state: 'hidden' });

    // The 2D screen presents its three maps.
    await page.getByLabel('Function', { exact: true }).selectOption({ label: 'Branin function' });
    await page.getByRole('img', { name: 'Mean' }).waitFor();
    await page.getByRole('button', { name: 'Step', exact: true }).click();
    await page.keyboard.press('l');
    await page.getByRole('main', { name: 'Presentation' }).waitFor();
    assert.equal(new URL(page.url()).searchParams.get('present'), '1');
    for (const name of ['Mean', 'Standard deviation', 'Acquisition']) {
      const map = page.getByRole('img', { name, exact: true });
      assert.ok(await inViewport(page, map), `${name} map off the screen`);
      const box = await map.boundingBox();
      assert.ok(box && box.width > 500, `${name} map too small: ${JSON.stringify(box)}`);
    }
    // Entering asked for full screen; F toggles it. Granted or refused (the page then says what
    // to do instead), neither is an error.
    const fullscreenOrNotice = () =>
      page.evaluate(() =>
        document.fullscreenElement
          ? 'full'
          : document.querySelector('.present-notice')
            ? 'notice'
            : 'none',
      );
    await page.waitForFunction(
      () => document.fullscreenElement || document.querySelector('.present-notice'),
    );
    const before = await fullscreenOrNotice();
    await page.keyboard.press('f');
    if (before === 'full') {
      await page.waitForFunction(() => !document.fullscreenElement);
    } else {
      await page
        .getByRole('alert')
        .getByText(/full screen/)
        .waitFor();
    }
    await page.screenshot({ path: join(RESULTS, 'present-1920x1080-branin.png') });
    await page.getByRole('button', { name: 'Exit presentation mode' }).click();
    await page.getByRole('complementary', { name: 'Settings' }).waitFor();
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('high-contrast theme: a pressed toggle, black on white, remembered', async () => {
  const { page, errors, close } = await browser.open({ colorScheme: 'dark' });
  try {
    const toggle = page.getByRole('button', { name: 'High contrast theme' });
    assert.equal(await toggle.getAttribute('aria-pressed'), 'false');
    await toggle.click();
    await page.locator('html[data-theme="high-contrast"]').waitFor({ state: 'attached' });
    assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
    const colors = await page.evaluate(() => {
      const s = getComputedStyle(document.body);
      return [s.color, s.backgroundColor];
    });
    assert.deepEqual(colors, ['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);
    const meanWidth = await page
      .locator('.objective-box .mean')
      .first()
      .evaluate((el) => parseFloat(getComputedStyle(el).strokeWidth));
    assert.ok(meanWidth >= 4, `mean line ${meanWidth}px in high contrast`);
    await page.reload();
    await page.locator('html[data-theme="high-contrast"]').waitFor({ state: 'attached' });
    await page.screenshot({ path: join(RESULTS, 'present-normal-1280x800-high-contrast.png') });
    // The light/dark switch still works from here.
    await page.getByRole('button', { name: 'Switch to dark theme' }).click();
    await page.locator('html[data-theme="dark"]').waitFor({ state: 'attached' });
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('embed mode: one figure, no chrome, transparent, sized to its iframe', async () => {
  const { page, errors, close } = await browser.open();
  try {
    await page.goto(at(page, '?embed=1&figure=acquisition'), { waitUntil: 'load' });
    const acq = page.getByRole('img', { name: 'Acquisition plot' });
    await acq.waitFor();
    assert.equal(await page.getByRole('heading', { name: 'BO Playground' }).count(), 0);
    assert.equal(await page.getByRole('button').count(), 0);
    assert.equal(await page.getByRole('group', { name: 'Objective plot' }).isVisible(), false);
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    assert.equal(bg, 'rgba(0, 0, 0, 0)');

    // In an iframe on a course page: the figure takes the frame.
    const src = at(page, '?embed=1&figure=objective&theme=dark');
    await page.setContent(
      // A page of its own needs an icon, or Chromium asks the server for /favicon.ico (a 404).
      `<link rel="icon" href="data:,"><body style="margin:0;background:#123"><iframe src="${src}" width="640" height="360" style="border:0"></iframe></body>`,
    );
    const frame = page.frameLocator('iframe');
    const plot = frame.getByRole('group', { name: 'Objective plot' });
    await plot.waitFor();
    const box = await plot.boundingBox();
    assert.ok(
      box && box.width > 600 && box.height > 300,
      `figure ${JSON.stringify(box)} in a 640x360 frame`,
    );
    assert.ok(box.y + box.height <= 361, 'the figure overflows its frame');
    await page.screenshot({ path: join(RESULTS, 'present-embed-iframe-dark.png') });

    await page.goto(at(page, '?embed=1&figure=nonsense'), { waitUntil: 'load' });
    await page.getByRole('alert').getByText('There is no figure "nonsense"').waitFor();
    await page.getByRole('group', { name: 'Objective plot' }).waitFor();
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('guided tour: not over a fresh test page; opened on demand, non-modal, Escape closes', async () => {
  const { page, errors, close } = await browser.open();
  try {
    await page.getByRole('group', { name: 'Objective plot' }).waitFor();
    // Automated browsers get no first-visit prompt (it would sit over the page under test).
    assert.equal(await page.getByRole('complementary', { name: 'Guided tour' }).count(), 0);

    await page.goto(at(page, '?tour=1'), { waitUntil: 'load' });
    const card = page.getByRole('dialog', { name: 'Step through the search' });
    await card.waitFor();
    await card.getByText('Step 1 of 5').waitFor();
    assert.ok(
      await page.locator('.transport .command.primary.tour-target').count(),
      'Step outlined',
    );
    // Focus is on the card, so a screen reader reads it; Next walks on, Back returns.
    await page.waitForFunction(() => document.activeElement?.id === 'tour-title');
    await card.getByRole('button', { name: 'Next' }).click();
    const plots = page.getByRole('dialog', { name: 'What the model believes' });
    await plots.waitFor();
    await plots.getByRole('button', { name: 'Back' }).click();
    await card.waitFor();
    // Not modal: the page under it still takes clicks.
    await page.getByRole('button', { name: 'Step', exact: true }).click();
    await waitForRows(page, 3);
    await page.screenshot({ path: join(RESULTS, 'present-tour-1280x800.png') });
    // Walk on step by step, each card in place before the next click.
    for (const [from, to] of [
      ['Step through the search', 'What the model believes'],
      ['What the model believes', 'Choose how to explore'],
      ['Choose how to explore', 'Go back in time'],
    ]) {
      await page.getByRole('dialog', { name: from }).getByRole('button', { name: 'Next' }).click();
      await page.getByRole('dialog', { name: to }).waitFor();
    }
    await page.getByRole('dialog', { name: 'Go back in time' }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });

    // The help overlay offers it again.
    await page.keyboard.press('?');
    await page
      .getByRole('dialog', { name: 'Keyboard shortcuts' })
      .getByRole('button', { name: 'Take the tour' })
      .click();
    await page.getByRole('dialog', { name: 'Step through the search' }).waitFor();
    await page.getByRole('button', { name: 'Skip tour' }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    assert.equal(await page.evaluate(() => localStorage.getItem('bo-playground.tour')), 'seen');
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});
