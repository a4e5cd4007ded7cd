// Screen queries shared by the e2e tests: what a person reads off the page, found by role and name.

/** The trials table's body rows (one per evaluation); `name` is the table's name on screen. */
export function trialRows(page, name = 'Trials') {
  return page.getByRole('table', { name }).locator('tbody tr');
}

/** Waits until the trials table has n rows (a step is synchronous, a render may trail it). */
export async function waitForRows(page, n, name = 'Trials') {
  await page.getByRole('table', { name }).locator(`tbody tr:nth-child(${n})`).waitFor();
  const count = await trialRows(page, name).count();
  if (count !== n) throw new Error(`expected ${n} trial rows, found ${count}`);
}

/** The best value in the status line ("Best so far: 1.7058 at x = 0.65"), as a number. */
export async function bestShown(page) {
  const text = await page.getByTestId('best-value').innerText();
  const m = /(-?[\d.]+)\s+at/.exec(text.replace('\u2212', '-'));
  if (!m) throw new Error(`no best value in "${text}"`);
  return Number(m[1]);
}

/** The objective plot's SVG markup, once it has stopped changing (a preview may precede it). */
export async function settledPlotMarkup(page, name = 'Objective plot') {
  // The objective plot is a group (its marks are buttons), the others images: match the name.
  const plot = page.locator(`svg.bo-plot[aria-label="${name}"]`);
  let last = await plot.evaluate((el) => el.outerHTML);
  for (let i = 0; i < 20; i++) {
    await page.waitForTimeout(150);
    const now = await plot.evaluate((el) => el.outerHTML);
    if (now === last) return now;
    last = now;
  }
  return last;
}

/** The objective summary's heading (title and formula). */
export function objectiveHeading(page) {
  return page.locator('#objective-title');
}
