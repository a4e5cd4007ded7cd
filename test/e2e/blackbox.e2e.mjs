// The black-box game (issue 15, item 5): with the true function hidden, nothing on screen gives
// the answer away until the budget is spent; then it is revealed, and said so. And Korean text
// breaks between words, never inside one (item 10).
/* global document, getComputedStyle, Node -- page.evaluate callbacks run in the page */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { useBrowser } from './harness.mjs';
import { objectiveHeading, waitForRows } from './helpers.mjs';

const browser = useBrowser();

const FORMULA = 'exp(-(x - 3)^2)';
const HINT = 'hidden near x = 0.63';

/** What a student can read of the answer: the heading, the summary and the convergence plot. */
async function answerShown(page) {
  const summary = await page.locator('.objective-summary').innerText();
  const plot = await page.getByRole('img', { name: 'Convergence plot', exact: true }).innerHTML();
  return {
    formula: (await objectiveHeading(page).innerText()).includes(FORMULA),
    hint: summary.includes(HINT),
    optimumLine: plot.includes('known optimum'),
  };
}

test('hiding the true function hides the formula, hint and optimum until the run ends', async () => {
  const { page, errors, close } = await browser.open();
  try {
    await waitForRows(page, 2);
    assert.deepEqual(await answerShown(page), { formula: true, hint: true, optimumLine: true });

    await page.getByLabel('Show the true function', { exact: true }).uncheck();
    assert.deepEqual(await answerShown(page), { formula: false, hint: false, optimumLine: false });
    await page.getByText('Black-box game:', { exact: false }).waitFor();
    assert.match(await objectiveHeading(page).innerText(), /f\(x\) = \?/);

    const step = page.getByRole('button', { name: 'Step', exact: true });
    for (let n = 3; n <= 16; n++) {
      // Nothing leaks along the way, the last step before the end included.
      assert.deepEqual(await answerShown(page), {
        formula: false,
        hint: false,
        optimumLine: false,
      });
      assert.doesNotMatch(await page.locator('.narration').innerText(), /optimum/);
      await step.click();
      await waitForRows(page, n);
    }

    // Budget spent: everything comes back, and one line says the game is over.
    await page.getByText('Game over, the answer is revealed', { exact: false }).waitFor();
    assert.deepEqual(await answerShown(page), { formula: true, hint: true, optimumLine: true });
    assert.match(await page.locator('.narration').innerText(), /the true optimum is 1\.70/);
    assert.match(
      await page.getByRole('status').filter({ hasText: 'Game over' }).innerText(),
      /at x = 0\.63/,
    );

    // Stepping back into the run hides it again: what is shown is the step on screen.
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await waitForRows(page, 15);
    assert.deepEqual(await answerShown(page), { formula: false, hint: false, optimumLine: false });
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('the 2D example reads its log-scale domain as values, its axes once as log scale', async () => {
  const { page, errors, close } = await browser.open();
  try {
    await page
      .getByLabel('Function', { exact: true })
      .selectOption({ label: 'Synthetic learning rate × weight decay' });
    const facts = await page.locator('.objective-summary .facts').innerText();
    assert.match(facts, /lr ∈ \[10⁻⁵, 0\.1\], log scale/);
    assert.doesNotMatch(facts, /−5/);
    const mean = page.getByRole('img', { name: 'Mean', exact: true });
    await mean.waitFor();
    const svg = await mean.innerHTML();
    assert.match(svg, /learning rate \(log scale\)/);
    assert.doesNotMatch(svg, /log10 learning rate/);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('Korean breaks lines between words (keep-all), also on a phone', async () => {
  const { page, errors, close } = await browser.open({
    locale: 'ko-KR',
    viewport: { width: 390, height: 844 },
  });
  try {
    await waitForRows(page, 2, '시행 기록');
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'ko');
    const styles = await page
      .locator('.objective-summary .description')
      .evaluate((el) => [getComputedStyle(el).wordBreak, getComputedStyle(el).overflowWrap]);
    assert.deepEqual(styles, ['keep-all', 'break-word']);
    // No line ends inside a word: every line break of the description falls at a space.
    const splits = await page.locator('.objective-summary .description').evaluate((el) => {
      const text = el.firstChild;
      if (!text || text.nodeType !== Node.TEXT_NODE) return ['no text'];
      const s = text.textContent ?? '';
      const range = document.createRange();
      const bad = [];
      let lastTop = null;
      for (let i = 0; i < s.length; i++) {
        range.setStart(text, i);
        range.setEnd(text, i + 1);
        const top = range.getClientRects()[0]?.top;
        if (top === undefined) continue;
        if (lastTop !== null && top > lastTop + 2 && s[i - 1] !== ' ' && s[i] !== ' ')
          bad.push(s.slice(Math.max(0, i - 3), i + 3));
        lastTop = top;
      }
      return bad;
    });
    assert.deepEqual(splits, []);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});
