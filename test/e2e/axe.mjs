// Shared by the a11y-*.e2e.mjs files: axe-core on the page as it is now, in every pairing of colour
// scheme and language. Each file checks a group of routes in all four pairings, one test per
// pairing, so each test stays within the runner's per-test limit.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const BLOCKING = new Set(['serious', 'critical']);

/** Light and dark, English and Korean: every route runs in all four. */
export const PAIRINGS = [
  { scheme: 'light', locale: 'en' },
  { scheme: 'dark', locale: 'ko' },
  { scheme: 'dark', locale: 'en' },
  { scheme: 'light', locale: 'ko' },
];

/**
 * A fresh page in this pairing (the locale is the app's stored choice, set before it loads).
 * @param {{ open: Function }} browser from useBrowser()
 * @param {{ scheme: string, locale: string }} pairing
 */
export async function openIn(browser, { scheme, locale }) {
  const opened = await browser.open(
    { colorScheme: scheme },
    `localStorage.setItem('bo-playground.locale', ${JSON.stringify(locale)});`,
  );
  // A Korean reader's text loads before the first render (i18n/messages.ts loadLocale): wait for it.
  await opened.page.waitForFunction(
    (want) => globalThis.document.documentElement.lang === want,
    locale,
    { timeout: 15_000 },
  );
  assert.equal(await opened.page.evaluate(() => globalThis.document.documentElement.lang), locale);
  return opened;
}

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
export async function blockingAt(page, where) {
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
export async function toHash(page, hash) {
  await page.evaluate((h) => {
    globalThis.location.hash = h;
  }, hash);
  await page.locator('main').first().waitFor();
}

/** Lets a view's first render settle (figures compute in chunks; no test waits on them). */
export async function settle(page) {
  await page.waitForTimeout(300);
}
