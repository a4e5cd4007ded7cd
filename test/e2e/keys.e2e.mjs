// Keys that keep their word (issue 16 item 4): Space steps whenever no text field has focus, also
// right after a click left focus on a button; Enter still presses that button; a dialog keeps its
// keys. Screenshots of the help that says so land in test-results/ (keys-help-*.png).
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { RESULTS, useBrowser } from './harness.mjs';
import { waitForRows } from './helpers.mjs';

const browser = useBrowser();
mkdirSync(RESULTS, { recursive: true });

const button = (page, name) => page.getByRole('button', { name, exact: true });

test('Space steps after clicking Back, Reset, Apply, the language switch and the theme', async () => {
  const { page, errors, close } = await browser.open();
  try {
    await waitForRows(page, 2);
    await button(page, 'Step').click();
    await button(page, 'Step').click();
    await waitForRows(page, 4);

    await button(page, 'Back').click();
    await waitForRows(page, 3);
    await page.keyboard.press('Space'); // not Back again
    await waitForRows(page, 4);

    await button(page, 'Reset').click();
    await waitForRows(page, 2);
    await page.keyboard.press('Space');
    await waitForRows(page, 3);

    await page.getByLabel('Function', { exact: true }).selectOption({ label: 'Custom formula…' });
    await page.getByLabel('Formula', { exact: true }).fill('sin(3 x) + x / 2');
    await button(page, 'Apply').click();
    await page.locator('#objective-title').getByText('sin(3 x) + x / 2').waitFor();
    await waitForRows(page, 2);
    await page.keyboard.press('Space'); // not Apply again, which would start over
    await waitForRows(page, 3);

    await button(page, 'Switch to dark theme').click();
    await page.keyboard.press('Space');
    await waitForRows(page, 4);
    assert.equal(await button(page, 'Switch to light theme').count(), 1, 'the theme flipped back');

    await button(page, '한국어').click();
    await page.getByRole('table', { name: '시행 기록' }).waitFor();
    await page.keyboard.press('Space');
    await waitForRows(page, 5, '시행 기록');
    await button(page, 'English').click();
    await waitForRows(page, 5);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('Enter presses the focused button; a text field keeps Space', async () => {
  const { page, errors, close } = await browser.open();
  try {
    await waitForRows(page, 2);
    await page.keyboard.press('Space');
    await page.keyboard.press('Space');
    await waitForRows(page, 4);
    await button(page, 'Back').focus();
    await page.keyboard.press('Enter');
    await waitForRows(page, 3);

    await page.getByLabel('Function', { exact: true }).selectOption({ label: 'Custom formula…' });
    const field = page.getByLabel('Formula', { exact: true });
    await field.fill('x');
    await field.press('Space');
    assert.equal(await field.inputValue(), 'x ');
    await waitForRows(page, 3);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('the help says what Space and Enter do, and its own buttons keep Space', async () => {
  const { page, errors, close } = await browser.open();
  try {
    await waitForRows(page, 2);
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await help.waitFor();
    await help.getByText(/Space steps even right after you click a button/).waitFor();
    await help.getByText(/use Enter/).waitFor();
    // Focus starts on Close: Space presses it, and the study behind does not step.
    await page.keyboard.press('Space');
    await help.waitFor({ state: 'hidden' });
    await waitForRows(page, 2);
    await page.keyboard.press('Space'); // focus went back to the page
    await waitForRows(page, 3);

    for (const [width, height] of [
      [1280, 800],
      [1920, 1080],
    ]) {
      for (const scheme of /** @type {const} */ (['light', 'dark'])) {
        for (const [lang, title] of [
          ['English', 'Keyboard shortcuts'],
          ['한국어', '단축키'],
        ]) {
          await page.setViewportSize({ width, height });
          await page.emulateMedia({ colorScheme: scheme });
          await button(page, lang).click();
          await page.keyboard.press('?');
          const d = page.getByRole('dialog', { name: title });
          await d.waitFor();
          const name = `keys-help-${width}x${height}-${scheme}-${lang === 'English' ? 'en' : 'ko'}`;
          await page.screenshot({ path: join(RESULTS, `${name}.png`) });
          await page.keyboard.press('Escape');
          await d.waitFor({ state: 'hidden' });
        }
      }
    }
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('presentation mode: Space steps after clicking Back', async () => {
  const { page, errors, close } = await browser.open({ viewport: { width: 1920, height: 1080 } });
  try {
    const url = new URL(page.url());
    url.search = '?present=1';
    url.hash = '#/';
    await page.goto(url.toString(), { waitUntil: 'load' });
    await page.getByRole('main', { name: 'Presentation' }).waitFor();
    await button(page, 'Step').click();
    await button(page, 'Step').click();
    await page.getByText('Iteration 2 of 14').waitFor();
    await button(page, 'Back').click();
    await page.getByText('Iteration 1 of 14').waitFor();
    await page.keyboard.press('Space'); // not Back again
    await page.getByText('Iteration 2 of 14').waitFor();
    await button(page, 'Step').click();
    await page.keyboard.press('Space');
    await page.getByText('Iteration 4 of 14').waitFor();
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});
