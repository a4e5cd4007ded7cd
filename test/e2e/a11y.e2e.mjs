// Accessibility: axe-core on every route (the BO screen in 1D after two steps and on a 2D
// benchmark with its heatmaps, the network screen, the lab and each of its figures, the help
// dialog, the presentation layout), in light and dark, English and Korean. Any serious or critical
// violation fails the test, and each one is printed with its rule, impact, target and summary.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import { useBrowser } from './harness.mjs';

const browser = useBrowser();
const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const BLOCKING = new Set(['serious', 'critical']);

/** Runs axe on the page as it is now; returns the violations with the fields worth printing. */
async function audit(page) {
  if (!(await page.evaluate(() => 'axe' in globalThis))) {
    await page.addScriptTag({ path: AXE_PATH });
  }
  return page.evaluate(async (tags) => {
    // @ts-expect-error axe is injected above
    const result = await globalThis.axe.run(globalThis.document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target.join(' '), summary: n.failureSummary })),
    }));
  }, TAGS);
}

/** The blocking violations found on this view, as printable lines (all of them are logged). */
async function blockingAt(page, where) {
  const violations = await audit(page);
  const lines = [];
  for (const v of violations) {
    for (const n of v.nodes.slice(0, 5)) {
      const line = `${where}: [${v.impact}] ${v.id} at ${n.target}: ${v.help}; ${(n.summary ?? '').replaceAll('\n', ' ')}`;
      console.log(line);
      if (BLOCKING.has(v.impact ?? '')) lines.push(line);
    }
  }
  return lines;
}

/** Goes to a hash route in the same page (no reload: the injected axe stays). */
async function toHash(page, hash) {
  await page.evaluate((h) => {
    globalThis.location.hash = h;
  }, hash);
  await page.locator('main').first().waitFor();
}

/** Lets a view's first render settle (figures compute in chunks; no test waits on them). */
async function settle(page) {
  await page.waitForTimeout(300);
}

// Every route runs in light + English and in dark + Korean, so each is checked in both themes and
// both languages; the other two pairings check the BO screen, the help and the presentation layout
// (where most text and colour is), keeping the file inside the runner's time limit per file.
const PAIRINGS = [
  { scheme: 'light', locale: 'en', everyRoute: true },
  { scheme: 'dark', locale: 'ko', everyRoute: true },
  { scheme: 'dark', locale: 'en', everyRoute: false },
  { scheme: 'light', locale: 'ko', everyRoute: false },
];

for (const { scheme, locale, everyRoute } of PAIRINGS) {
  const which = everyRoute ? 'any route' : 'the BO screen, help and presentation';
  test(`axe: no serious or critical violation on ${which} (${scheme}, ${locale})`, async () => {
    const { page, errors, close } = await browser.open(
      { colorScheme: scheme },
      `localStorage.setItem('bo-playground.locale', ${JSON.stringify(locale)});`,
    );
    const found = [];
    try {
      assert.equal(await page.evaluate(() => globalThis.document.documentElement.lang), locale);
      // The BO screen in 1D: the seed example after two steps.
      await page.locator('.trials table tbody tr:nth-child(2)').waitFor();
      await page.locator('body').press('Space');
      await page.locator('.trials table tbody tr:nth-child(3)').waitFor();
      await page.locator('body').press('Space');
      await page.locator('.trials table tbody tr:nth-child(4)').waitFor();
      await settle(page);
      found.push(...(await blockingAt(page, `${scheme}/${locale} #/ 1D`)));

      // The help dialog, over the BO screen.
      // The skip link is the first stop of the tab order and takes focus to the main region.
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
      found.push(...(await blockingAt(page, `${scheme}/${locale} help`)));
      await page.keyboard.press('Escape');
      await page.getByRole('dialog').waitFor({ state: 'hidden' });

      // A 2D benchmark: three heatmaps and their marks.
      await page.locator('select:has(option[value="branin"])').selectOption('branin');
      await page.locator('.heatmap').nth(2).waitFor();
      await page.locator('.trials table tbody tr:nth-child(3)').waitFor();
      await settle(page);
      found.push(...(await blockingAt(page, `${scheme}/${locale} #/ 2D`)));

      if (everyRoute) {
        await toHash(page, '#/network');
        await settle(page);
        found.push(...(await blockingAt(page, `${scheme}/${locale} #/network`)));

        await toHash(page, '#/lab');
        await settle(page);
        found.push(...(await blockingAt(page, `${scheme}/${locale} #/lab`)));
        // Every figure the lab lists in its own navigation, so a new figure is checked too.
        const figures = await page
          .locator('main nav a[href^="#/lab/"]')
          .evaluateAll((links) => links.map((l) => l.getAttribute('href') ?? ''));
        assert.ok(figures.length >= 7, `lab figures: ${figures.join(' ')}`);
        for (const hash of figures) {
          const figure = hash.replace('#/lab/', '');
          await toHash(page, hash);
          await page.locator('main h2').first().waitFor();
          await settle(page);
          found.push(...(await blockingAt(page, `${scheme}/${locale} #/lab/${figure}`)));
        }
      }

      // The presentation layout (a fresh load of the page).
      await toHash(page, '#/');
      const url = new URL(page.url());
      url.search = '?present=1';
      await page.goto(url.href, { waitUntil: 'load' });
      await page.locator('main.present-screen').waitFor();
      await page.locator('.bo-plot').first().waitFor();
      await settle(page);
      found.push(...(await blockingAt(page, `${scheme}/${locale} ?present=1`)));

      assert.deepEqual(found, []);
      assert.deepEqual(errors, []);
    } finally {
      await close();
    }
  });
}
