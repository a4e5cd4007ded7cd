// Posterior surfaces in real Chromium (SwiftShader WebGL here): the float32 WebGL surface agrees
// with the float64 one, tfjs tensors do not pile up, the CPU workers give the float64 surface bit
// for bit, small CPU jobs stay on the main thread, stale jobs are dropped, and a lost WebGL context
// falls back to the CPU with a notice saying where.
// Driven through window.__gpu on gpu-check.html (src/gpu/check.ts), a test page of the build.
/* global window -- page.evaluate callbacks run in the page */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { useBrowser } from './harness.mjs';

const browser = useBrowser();

/** Opens gpu-check.html in a fresh context; `run(page)` gets the page once window.__gpu exists. */
async function withCheckPage(run) {
  const { page, errors, close } = await browser.open();
  try {
    await page.goto(new URL('gpu-check.html', page.url()).href, { waitUntil: 'load' });
    await page.waitForFunction(() => window.__gpu !== undefined);
    await run(page);
    // The harness opens the app first; leaving it for the check page may cancel its icon request.
    assert.deepEqual(
      errors.filter((e) => !/^request failed: .*\/favicon\.svg$/.test(e)),
      [],
    );
  } finally {
    await close();
  }
}

// The acceptance cases (N = 30 on 64 x 64, ML-II length scale), then a harder one: more
// points, ARD, UCB and a minimized objective, where float32 has less room.
const CASES = [
  { name: 'matern52, N=30, 64x64', cfg: { n: 30, side: 64, kernel: 'matern52' }, mean: 1e-4 },
  { name: 'rbf, N=30, 64x64', cfg: { n: 30, side: 64, kernel: 'rbf' }, mean: 1e-4 },
  {
    name: 'matern32 ARD, UCB, minimized, N=100, 48x48',
    cfg: { n: 100, side: 48, kernel: 'matern32', ard: true, acquisition: 'ucb', sign: -1 },
    mean: 1e-3,
  },
];

for (const c of CASES) {
  test(`WebGL surface matches float64 (${c.name})`, async () => {
    await withCheckPage(async (page) => {
      const r = await page.evaluate((cfg) => window.__gpu.agreement(cfg), c.cfg);
      assert.equal(r.probe.ok, true, `WebGL did not start: ${JSON.stringify(r.probe)}`);
      const detail = JSON.stringify(r);
      assert.ok(r.meanRel < c.mean, `mean error ${r.meanRel} of its range: ${detail}`);
      assert.ok(r.stdRel < 1e-2, `std error ${r.stdRel} of its max: ${detail}`);
      assert.ok(r.acqRel < 1e-2, `acquisition error ${r.acqRel} of its max: ${detail}`);
      assert.equal(r.workersExact, true, 'the worker pool must reproduce the float64 surface');
      assert.ok(r.workers >= 1, `expected Web Workers, got ${r.workers}`);
    });
  });
}

test('the live tensor count stays flat over 20 WebGL surfaces', async () => {
  await withCheckPage(async (page) => {
    assert.equal((await page.evaluate(() => window.__gpu.probe(true))).ok, true);
    const counts = await page.evaluate(() =>
      window.__gpu.tensorCounts({ n: 30, side: 48, kernel: 'matern52', fit: false }, 20),
    );
    assert.equal(counts.length, 20);
    assert.deepEqual(new Set(counts).size, 1, `tensor counts changed: ${counts.join(', ')}`);
    // What stays is the per-model cache (nine tensors), replaced, not added to, on a new model.
    assert.ok(counts[0] > 0 && counts[0] <= 12, `unexpected tensor count ${counts[0]}`);
  });
});

// Small jobs stay on the main thread on purpose (MAIN_THREAD_MAX_WORK in surfaceService.ts: the
// workers lose below it), so N = 30 on 40 x 40 is 'cpu-main' and N = 100 on 128 x 128 the workers.
test("prefer 'cpu' runs a small job on the main thread, a large one on the workers", async () => {
  await withCheckPage(async (page) => {
    const small = await page.evaluate(() =>
      window.__gpu.forcedCpu({ n: 30, side: 40, kernel: 'matern52' }),
    );
    assert.equal(small.backend, 'cpu-main');
    assert.equal(small.exact, true);
    assert.equal(small.notice, null);
    const large = await page.evaluate(() =>
      window.__gpu.forcedCpu({ n: 100, side: 128, kernel: 'matern52', fit: false }),
    );
    assert.equal(large.backend, 'cpu-workers');
    assert.equal(large.exact, true);
    assert.equal(large.notice, null);
  });
});

test("prefer 'auto' keeps software WebGL off and says so", async () => {
  await withCheckPage(async (page) => {
    const r = await page.evaluate(() =>
      window.__gpu.auto({ n: 100, side: 96, kernel: 'matern52', fit: false }),
    );
    assert.equal(r.backend, 'cpu-workers');
    assert.equal(r.status.reason, 'software-only');
    assert.match(r.notice, /software WebGL .* computing on the CPU \(\d+ workers?\)/);
  });
});

test('a newer job on the same channel supersedes the older one', async () => {
  await withCheckPage(async (page) => {
    const r = await page.evaluate(() =>
      window.__gpu.supersede({ n: 60, side: 64, kernel: 'matern52', fit: false }),
    );
    assert.deepEqual(r, { firstCancelled: true, secondSide: 65 });
  });
});

// A job this small runs on the main thread after the loss (on purpose: see MAIN_THREAD_MAX_WORK),
// and the notice says so.
test('a lost WebGL context falls back to the CPU with a notice saying where', async () => {
  await withCheckPage(async (page) => {
    const r = await page.evaluate(() =>
      window.__gpu.contextLoss({ n: 30, side: 32, kernel: 'matern52', fit: false }),
    );
    assert.equal(r.lost, true, 'the test could not lose the context');
    assert.equal(r.backend, 'cpu-main');
    assert.equal(r.exact, true);
    assert.equal(r.status.reason, 'context-lost');
    assert.equal(r.status.workers, 0);
    assert.equal(r.notice, 'WebGL context lost — computing on the main thread');
  });
});
