// Lecture decks (issue 16, item 3): a deck made in the app from three sections presents with ← →,
// every slide returning to its saved state, reopens read-only from its link, and the sample deck
// opens and presents.
/* global document, location -- page.evaluate callbacks run in the page */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { useBrowser } from './harness.mjs';
import { waitForRows } from './helpers.mjs';

const browser = useBrowser();

const addSlide = (page) => page.getByRole('button', { name: 'Add slide', exact: true });
const count = (page) => page.getByTestId('deck-bar-count');
const param = (page, name) =>
  page.evaluate((n) => {
    const h = location.hash;
    const q = h.indexOf('?');
    return (
      new URLSearchParams(q < 0 ? '' : h.slice(q + 1)).get(n) ??
      new URLSearchParams(location.search).get(n)
    );
  }, name);
const route = (page) => page.evaluate(() => location.hash.split('?')[0]);

/** Presses a key with nothing focused (the page's keys, not a button's). */
async function press(page, key) {
  await page.evaluate(() => /** @type {HTMLElement} */ (document.activeElement)?.blur());
  await page.keyboard.press(key);
}

test('a 3-slide deck made in the app presents with ← → and reopens from its link', async () => {
  const first = await browser.open();
  let link;
  try {
    const { page, errors } = first;
    const base = page.url().split('#')[0];
    // Slide 1: the BO screen after two steps.
    await waitForRows(page, 2);
    const step = page.getByRole('button', { name: 'Step', exact: true });
    await step.click();
    await waitForRows(page, 3);
    await step.click();
    await waitForRows(page, 4);
    await addSlide(page).click();
    await page.getByText('Added slide 1 to “My lecture”.').waitFor();
    // Slide 2: a lab figure; slide 3: the network study.
    await page.goto(`${base}#/lab/coverage`);
    await page.locator('[data-figure="coverage"]').waitFor();
    await addSlide(page).click();
    await page.getByText('Added slide 2 to “My lecture”.').waitFor();
    await page.goto(`${base}#/network`);
    await page.locator('main').first().waitFor();
    await addSlide(page).click();
    await page.getByText('Added slide 3 to “My lecture”.').waitFor();

    await page.goto(`${base}#/deck`);
    const slides = page.getByTestId('deck-slide');
    await slides.nth(2).waitFor();
    assert.equal(await slides.count(), 3);
    // The BO slide kept a picture; a title and notes are the instructor's.
    assert.equal(await slides.nth(0).locator('img').count(), 1);
    await slides.nth(1).getByTestId('deck-slide-title').fill('Grid vs random');
    await slides.nth(1).getByTestId('deck-slide-notes').fill('Random search tries more values.');
    // Reorder and undo a delete: nothing is lost.
    await slides.nth(2).getByTestId('deck-move-up').click();
    assert.equal(await slides.nth(1).locator('code').last().innerText(), '#/network');
    await slides.nth(1).getByTestId('deck-move-down').click();
    await slides.nth(0).getByTestId('deck-delete').click();
    assert.equal(await slides.count(), 2);
    await page.getByTestId('deck-undo').click();
    assert.equal(await slides.count(), 3);
    const saved = await page.evaluate(() => localStorage.getItem('bo-playground.decks'));
    const bo = JSON.parse(saved ?? '{}').decks[0].slides[0].href;
    const boStudy =
      new URLSearchParams(bo.split('#')[0]).get('s') ??
      new URLSearchParams(bo.split('?').pop()).get('s');
    assert.ok(boStudy, bo);

    // Present: slide 1 is the BO study at its saved state, in the presentation layout.
    await page.getByTestId('deck-present').click();
    await page.getByText('Slide 1 / 3').waitFor();
    assert.equal(await param(page, 's'), boStudy);
    assert.equal(await param(page, 'present'), '1');
    assert.equal(await page.locator('.present-stepper').count(), 1);
    // Live: Space steps the study on the slide.
    await page.getByText('Iteration 2 of', { exact: false }).first().waitFor();
    await press(page, ' ');
    await page.getByText('Iteration 3 of', { exact: false }).first().waitFor();
    await press(page, 'ArrowRight');
    await page.getByText('Slide 2 / 3').waitFor();
    assert.equal(await route(page), '#/lab/coverage');
    assert.equal(await page.getByTestId('deck-bar-title').innerText(), 'Grid vs random');
    await page.getByRole('button', { name: 'Speaker notes' }).click();
    await page.getByText('Random search tries more values.').waitFor();
    await press(page, 'ArrowRight');
    await page.getByText('Slide 3 / 3').waitFor();
    assert.equal(await route(page), '#/network');
    // The last slide: → stays.
    await press(page, 'ArrowRight');
    assert.equal(await count(page).innerText(), 'Slide 3 / 3');
    await press(page, 'ArrowLeft');
    await page.getByText('Slide 2 / 3').waitFor();
    await press(page, 'ArrowLeft');
    await page.getByText('Slide 1 / 3').waitFor();
    // Revisited: the study is back at its saved state (the step taken live is gone).
    assert.equal(await param(page, 's'), boStudy);
    await page.getByText('Iteration 2 of', { exact: false }).first().waitFor();
    // Escape leaves the deck for the deck screen.
    await press(page, 'Escape');
    await page.getByTestId('deck-own').waitFor();
    assert.equal(await count(page).count(), 0);

    link = await page.getByLabel('Link to this deck', { exact: true }).inputValue();
    assert.match(link, /deck=/);
    assert.deepEqual(errors, []);
  } finally {
    await first.close();
  }

  const second = await browser.open();
  try {
    const { page, errors } = second;
    await page.goto(link, { waitUntil: 'load' });
    await page.getByTestId('deck-shared').waitFor();
    const slides = page.getByTestId('deck-slide');
    assert.equal(await slides.count(), 3);
    assert.equal(
      await slides.nth(1).getByTestId('deck-slide-title').innerText(),
      '2. Grid vs random',
    );
    // Read-only: no fields, no reordering.
    assert.equal(
      await page
        .locator('[data-testid="deck-shared"] input, [data-testid="deck-shared"] textarea')
        .count(),
      0,
    );
    assert.equal(await page.getByTestId('deck-delete').count(), 0);
    await page.getByTestId('deck-make-copy').click();
    await page.getByTestId('deck-copied').click();
    await page.getByTestId('deck-own').waitFor();
    assert.equal(await page.getByTestId('deck-slide').count(), 3);
    assert.equal(await page.getByTestId('deck-name').inputValue(), 'My lecture');
    assert.deepEqual(errors, []);
  } finally {
    await second.close();
  }
});

test('the sample deck opens and presents slide 1 → 2', async () => {
  const { page, errors, close } = await browser.open();
  try {
    const base = page.url().split('#')[0];
    await page.goto(`${base}#/deck`);
    await page.getByTestId('deck-sample').click();
    await page.getByTestId('deck-shared').waitFor();
    assert.equal(await page.getByTestId('deck-slide').count(), 10);
    await page.getByTestId('deck-present').click();
    await page.getByText('Slide 1 / 10').waitFor();
    assert.equal(await route(page), '#/network');
    await press(page, 'ArrowRight');
    await page.getByText('Slide 2 / 10').waitFor();
    assert.equal(await route(page), '#/lab/coverage');
    assert.equal(await page.getByTestId('deck-bar-title').innerText(), 'Grid vs random search');
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('a damaged or foreign deck link says what is wrong', async () => {
  const { page, errors, close } = await browser.open();
  try {
    const base = page.url().split('#')[0];
    const evil = Buffer.from('{"v":1,"t":"x","s":[["a","","javascript:alert(1)"]]}').toString(
      'base64url',
    );
    await page.goto(`${base}?deck=${evil}#/deck`);
    await page.getByText(/Slide 1 points outside this app/).waitFor();
    await page.goto(`${base}?deck=%%%#/deck`);
    await page.getByText(/The deck link is damaged/).waitFor();
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('"Add slide" right after a change carries the lab slider and the network study', async () => {
  const { page, errors, close } = await browser.open();
  try {
    const base = page.url().split('#')[0];
    // No wait between the change and the click: the debounced address is flushed by Add slide.
    await page.goto(`${base}#/lab/coverage`);
    await page.locator('[data-figure="coverage"]').waitFor();
    await page.locator('input[type="range"]').first().fill('8');
    await addSlide(page).click();
    await page.getByText('Added slide 1 to “My lecture”.').waitFor();
    await page.goto(`${base}#/network`);
    await page.getByRole('heading', { name: 'Tune a small neural network' }).waitFor();
    await page.getByRole('combobox', { name: 'Dataset' }).selectOption('moons');
    await addSlide(page).click();
    await page.getByText('Added slide 2 to “My lecture”.').waitFor();

    const saved = await page.evaluate(() => localStorage.getItem('bo-playground.decks'));
    const [lab, net] = JSON.parse(saved ?? '{}').decks[0].slides.map((s) => s.href);
    assert.match(lab, /[?&]l=coverage_k\.8_/);
    assert.match(net, /[?&]net=1\./);

    await page.goto(`${base}#/deck`);
    await page.getByTestId('deck-present').click();
    await page.getByText('Slide 1 / 2').waitFor();
    assert.equal(await route(page), '#/lab/coverage');
    await page.locator('[data-figure="coverage"]').waitFor();
    assert.equal(await page.locator('input[type="range"]').first().inputValue(), '8');
    await press(page, 'ArrowRight');
    await page.getByText('Slide 2 / 2').waitFor();
    assert.equal(await route(page), '#/network');
    // The presented network hides its settings: the study it opened is the one the slide saved.
    assert.equal(await param(page, 'net'), new URLSearchParams(net.split('#')[0]).get('net'));
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});
