// The guided tour as a first-time visitor meets it: offered once, in English and Korean; each
// card beside what it points at, never over it, at a laptop, a desktop and a phone size.
// Screenshots land in test-results/ (tour-*.png).
/* global document, innerWidth, innerHeight -- page.evaluate callbacks run in the page */
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { RESULTS, useBrowser } from './harness.mjs';

const browser = useBrowser();
mkdirSync(RESULTS, { recursive: true });

// Automated browsers get no offer (it would sit over every other test's page): look like a person.
const PERSON = `Object.defineProperty(Navigator.prototype, 'webdriver', { get: () => false });`;

/** The card's box and its target's box, once the card is placed. */
async function boxes(page) {
  await page.waitForFunction(() => {
    const card = document.querySelector('.tour-card');
    return card && card.getAttribute('style')?.includes('visibility') === false;
  });
  return page.evaluate(() => {
    const box = (el) => {
      const r = el.getBoundingClientRect();
      return { top: r.top, left: r.left, bottom: r.bottom, right: r.right };
    };
    const card = document.querySelector('.tour-card');
    const target = document.querySelector('.tour-target');
    return {
      step: card.dataset.step,
      card: box(card),
      target: target && box(target),
      viewport: { width: innerWidth, height: innerHeight },
    };
  });
}

function overlap(a, b) {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/** Walks the open tour to its end, checking every card's place; returns the step ids seen. */
async function walk(page, shot, next, done) {
  const seen = [];
  for (;;) {
    const b = await boxes(page);
    seen.push(b.step);
    assert.ok(b.target, `step ${b.step} outlines its target`);
    assert.ok(
      !overlap(b.card, b.target),
      `card over its target at ${b.step}: ${JSON.stringify(b)}`,
    );
    assert.ok(b.card.top >= 0 && b.card.bottom <= b.viewport.height + 1, `card on screen`);
    assert.ok(b.card.left >= 0 && b.card.right <= b.viewport.width + 1, `card on screen`);
    if (shot) await page.screenshot({ path: join(RESULTS, `${shot}-${b.step}.png`) });
    const card = page.locator('.tour-card');
    const last = await card.getByRole('button', { name: done, exact: true }).count();
    if (last) {
      await card.getByRole('button', { name: done, exact: true }).click();
      break;
    }
    await card.getByRole('button', { name: next, exact: true }).click();
    await page.waitForFunction(
      (id) => document.querySelector('.tour-card')?.dataset.step !== id,
      b.step,
    );
  }
  await page.locator('.tour-card').waitFor({ state: 'detached' });
  return seen;
}

for (const [width, height, scheme] of [
  [1280, 800, 'light'],
  [1920, 1080, 'dark'],
  [390, 844, 'light'],
]) {
  test(`first visit at ${width}x${height}: offered once, every card beside its target`, async () => {
    const { page, errors, close } = await browser.open(
      { viewport: { width, height }, colorScheme: scheme },
      PERSON,
    );
    try {
      await page.getByRole('group', { name: 'Objective plot' }).waitFor();
      const offer = page.getByRole('complementary', { name: 'Guided tour' });
      await offer.waitFor();
      // Offered is remembered at once: a visitor who ignores it is not asked again.
      assert.equal(await page.evaluate(() => localStorage.getItem('bo-playground.tour')), 'seen');
      await offer.getByRole('button', { name: 'Take the tour' }).click();
      await page.getByRole('dialog', { name: 'Step through the search' }).waitFor();
      await page.getByText('Step 1 of 5').waitFor();
      // The default example before any step: the sentences say what is on screen.
      const plots = await page.evaluate(() => document.querySelector('.plot-stack') !== null);
      assert.ok(plots, 'the 1D seed example is on screen');
      const ids = await walk(page, `tour-${width}x${height}-${scheme}`, 'Next', 'Done');
      assert.deepEqual(ids, ['step', 'plots', 'acquisition', 'history', 'trials']);

      // Second visit: no offer.
      await page.reload({ waitUntil: 'load' });
      await page.getByRole('group', { name: 'Objective plot' }).waitFor();
      await page.waitForTimeout(300);
      assert.equal(await offer.count(), 0);
      assert.deepEqual(errors, []);
    } finally {
      await close();
    }
  });
}

test('an ignored offer is not made again', async () => {
  const { page, errors, close } = await browser.open({}, PERSON);
  try {
    const offer = page.getByRole('complementary', { name: 'Guided tour' });
    await offer.waitFor();
    await page.reload({ waitUntil: 'load' });
    await page.getByRole('group', { name: 'Objective plot' }).waitFor();
    await page.waitForTimeout(300);
    assert.equal(await offer.count(), 0, 'ignored, then reloaded: no second offer');
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('Korean: the offer and every step in Korean, each card beside its target', async () => {
  const { page, errors, close } = await browser.open(
    { locale: 'ko-KR', viewport: { width: 1280, height: 800 } },
    PERSON,
  );
  try {
    const offer = page.getByRole('complementary', { name: '둘러보기' });
    await offer.waitFor();
    await offer.getByText('처음이신가요?').waitFor();
    await page.screenshot({ path: join(RESULTS, 'tour-ko-offer.png') });
    await offer.getByRole('button', { name: '둘러보기' }).click();
    await page.getByRole('dialog', { name: '한 단계씩 진행하기' }).waitFor();
    await page.getByText('5단계 중 1단계').waitFor();
    const ids = await walk(page, 'tour-ko-1280x800', '다음', '마침');
    assert.equal(ids.length, 5);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});
