// Issue 12, security: a formula with a `#` comment carried Python code into the exported scripts.
// Typed in the form or arriving in a link, such a formula is now refused with a message that says
// what is wrong and where; nothing crashes, nothing the user had is lost, no script carries it.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { RESULTS, useBrowser } from './harness.mjs';
import { objectiveHeading, trialRows, waitForRows } from './helpers.mjs';

const browser = useBrowser();

const PAYLOAD = 'x # """; import os; os.system("echo pwned"); """';

/** The link field's value with its study's objective replaced by `objective` (no trials). */
function withObjective(link, objective) {
  const url = new URL(link);
  const [version, head] = (url.searchParams.get('s') ?? '').split('.');
  const study = JSON.parse(Buffer.from(head ?? '', 'base64url').toString('utf8'));
  study.settings.objective = objective;
  study.phases = '';
  study.shown = 0;
  const encoded = Buffer.from(JSON.stringify(study), 'utf8').toString('base64url');
  url.searchParams.set('s', `${version}.${encoded}.`);
  return url.toString();
}

test('the formula form refuses comments, invisible characters and assignments, keeping the study', async () => {
  const { page, errors, close } = await browser.open();
  try {
    await waitForRows(page, 2);
    await page.getByRole('button', { name: 'Step', exact: true }).click();
    await waitForRows(page, 3);
    const title = await objectiveHeading(page).innerText();
    await page.getByLabel('Function', { exact: true }).selectOption({ label: 'Custom formula…' });
    const field = page.getByLabel('Formula', { exact: true });
    const apply = page.getByRole('button', { name: 'Apply', exact: true });
    const alert = page.getByRole('alert');

    await field.fill(PAYLOAD);
    await apply.click();
    assert.match(
      await alert.innerText(),
      /Comments with '#' at column 3 are not allowed: a formula is one expression; delete the '#' and the text after it\./,
    );
    mkdirSync(RESULTS, { recursive: true });
    await page
      .locator('.formula-form')
      .screenshot({ path: join(RESULTS, 'reliability-security-form.png') });
    // The typed text is kept to fix; the study on screen is untouched.
    assert.equal(await field.inputValue(), PAYLOAD);
    assert.equal(await objectiveHeading(page).innerText(), title);
    await waitForRows(page, 3);

    await field.fill('x +\u202e 1');
    await apply.click();
    assert.match(await alert.innerText(), /invisible or control character U\+202E at column 4/);

    await field.fill('y = x^2');
    await apply.click();
    assert.match(await alert.innerText(), /e\.g\. x\^2 rather than y = x\^2/);
    assert.doesNotMatch(await alert.innerText(), /Unknown variable/);

    // Fixed, it applies.
    await field.fill('x^2 / 4');
    await apply.click();
    await objectiveHeading(page).getByText('x^2 / 4').waitFor();
    assert.equal(await alert.count(), 0);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('a link carrying the payload opens the seed example with a notice; no script carries it', async () => {
  const first = await browser.open();
  let link;
  try {
    await waitForRows(first.page, 2);
    link = await first.page.getByLabel('Link to this state', { exact: true }).inputValue();
  } finally {
    await first.close();
  }
  const hostile = withObjective(link, {
    kind: 'formula',
    source: PAYLOAD,
    dims: [{ name: 'x', min: -2, max: 6, scale: 'linear' }],
    goal: 'maximize',
  });
  const { page, errors, close } = await browser.open();
  try {
    await page.goto(hostile, { waitUntil: 'load' });
    await page
      .getByText(/The formula cannot be used \(Comments with '#' at column 3 are not allowed/)
      .first()
      .waitFor();
    await waitForRows(page, 2);
    assert.match(await objectiveHeading(page).innerText(), /exp/);
    await page.screenshot({ path: join(RESULTS, 'reliability-security-link.png') });

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download a Python script for bayes_opt' }).click();
    const script = readFileSync(await (await downloading).path(), 'utf8');
    assert.match(script, /^"""\n/);
    assert.doesNotMatch(script, /import os|os\.system|pwned/);
    assert.ok((await trialRows(page).count()) >= 2);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('in Korean, the refusal is in Korean with its column', async () => {
  const { page, errors, close } = await browser.open();
  try {
    await page.getByRole('button', { name: '한국어' }).click();
    await page.locator('html[lang="ko"]').waitFor({ state: 'attached' });
    await waitForRows(page, 2, '시행 기록');
    await page.getByLabel('함수', { exact: true }).selectOption({ label: '수식 직접 입력…' });
    await page.getByLabel('수식', { exact: true }).fill(PAYLOAD);
    await page.getByRole('button', { name: '적용', exact: true }).click();
    assert.match(
      await page.getByRole('alert').innerText(),
      /'#' 주석은 쓸 수 없습니다 \(3번째 글자\)/,
    );
    await page
      .locator('.formula-form')
      .screenshot({ path: join(RESULTS, 'reliability-security-form-ko.png') });
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('Evaluate takes the minus sign the app prints (U+2212)', async () => {
  const { page, errors, close } = await browser.open();
  try {
    await waitForRows(page, 2);
    await page.getByLabel('x', { exact: true }).fill('\u22121.5');
    await page.getByRole('button', { name: 'Evaluate', exact: true }).click();
    await waitForRows(page, 3);
    assert.match((await trialRows(page).nth(2).innerText()).replace(/\u2212/g, '-'), /-1\.50?/);
    assert.equal(await page.getByRole('alert').count(), 0);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});
