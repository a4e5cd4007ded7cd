/**
 * The network tuner in headless Chromium: the time per trial of the default study (digits, an MLP
 * of 16 ReLU units, 8 epochs, batches of 32, SGD with momentum; learning rate and weight decay drawn
 * from their log10 box) on the cpu, wasm and webgl backends, each in the training Web Worker; then
 * (with --study) the whole default study of 3 + 27 trials driven through the app's own screen.
 *
 * It drives the BUILT pages dist/network-bench.html and dist/index.html (BENCH_DIST for another
 * build folder); the build runs first when the page is missing or with --build. Without a GPU,
 * Chromium's WebGL is SwiftShader, a CPU emulation: its figures say nothing about GPU speed.
 *
 *   npm run bench -- network [--build] [--trials N] [--study]
 */
import type { Page } from 'playwright-core';
import type { NetBenchApi } from '../src/nn/bench/benchPage.ts';
import type { BackendName } from '../src/nn/worker/protocol.ts';
import { ensureBuild, noteLoad, withBenchBrowser } from './browser.ts';
import { printTable } from './gpSurface.ts';
import { jsonLine, median, round } from './timing.ts';

const BACKENDS: readonly BackendName[] = ['cpu', 'wasm', 'webgl'];
const STUDY_LIMIT_MS = 600_000;

function option(args: string[], name: string, fallback: number): number {
  const i = args.indexOf(name);
  const v = i >= 0 ? Number(args[i + 1]) : fallback;
  if (!Number.isInteger(v) || v < 2) throw new Error(`${name} must be an integer >= 2`);
  return v;
}

/** "1.24 s" / "840 ms" (the trials table's Time column) in milliseconds. */
function parseDuration(text: string): number {
  const m = /([\d.]+)\s*(ms|s)/.exec(text);
  if (!m) return NaN;
  return Number(m[1]) * (m[2] === 's' ? 1000 : 1);
}

async function runStudy(page: Page, url: string): Promise<{ wallMs: number; trialMs: number[] }> {
  await page.goto(`${url}index.html#/network`, { waitUntil: 'load' });
  await page.getByRole('button', { name: 'Start study' }).click();
  const t0 = Date.now();
  await page
    .locator('[data-testid="net-status"][data-status="finished"]')
    .waitFor({ timeout: STUDY_LIMIT_MS });
  const wallMs = Date.now() - t0;
  const times = await page
    .getByRole('table', { name: 'Trials' })
    .locator('tbody tr td:nth-last-child(2)')
    .allInnerTexts();
  return { wallMs, trialMs: times.map(parseDuration) };
}

export async function networkBench(args: string[]): Promise<void> {
  const trials = option(args, '--trials', 6);
  ensureBuild('network', 'network-bench.html', args);
  await withBenchBrowser(async ({ browser, page, url, errors }) => {
    await page.goto(`${url}network-bench.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.__netBench !== undefined);
    const renderer = await page.evaluate(() => {
      const gl = document.createElement('canvas').getContext('webgl2');
      if (!gl) return 'none';
      const info = gl.getExtension('WEBGL_debug_renderer_info');
      return String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
    });
    console.error(`Chromium ${browser.version()}; WebGL renderer: ${renderer}`);
    noteLoad('so the times per trial run long; rerun on a quiet machine');
    if (/swiftshader/i.test(renderer))
      console.error('NOTE: WebGL is SwiftShader (shaders run on the CPU): no GPU figures here.');

    const rows: string[][] = [
      ['backend', 'ran on', 'first trial ms', 'median ms', 'min ms', 'trials', 'x30 trials s'],
    ];
    for (const backend of BACKENDS) {
      const r = await page.evaluate(([b, n]) => (window.__netBench as NetBenchApi).trials(b, n), [
        backend,
        trials,
      ] as const);
      // The first trial pays for starting the backend (wasm compile, WebGL shaders): apart.
      const rest = r.ms.slice(1);
      const t = { medianMs: median(rest), minMs: Math.min(...rest), runs: rest.length };
      jsonLine('network', 'digits-mlp16-8ep-b32', r.info.backend, t, {
        requested: backend,
        firstTrialMs: round(r.ms[0] ?? NaN),
        medianValAcc: round(median(r.acc.filter(Number.isFinite)), 4),
        tensorsAfterEachTrial: [...new Set(r.tensors)],
        renderer: r.info.backend === 'webgl' ? renderer : undefined,
      });
      rows.push([
        backend,
        r.info.backend,
        (r.ms[0] ?? NaN).toFixed(0),
        t.medianMs.toFixed(0),
        t.minMs.toFixed(0),
        String(r.ms.length),
        ((t.medianMs * 30) / 1000).toFixed(1),
      ]);
    }
    printTable(rows);
    console.error(
      'Per trial: 8 epochs over 1,438 digits rows and a validation pass per epoch, timed in the worker.\n' +
        'x30 trials: 30 times the median, the training part of a default 3 + 27 study.',
    );

    if (args.includes('--study')) {
      const s = await runStudy(page, url);
      const finite = s.trialMs.filter(Number.isFinite);
      jsonLine(
        'network',
        'default-study-digits-3+27',
        'auto',
        { medianMs: s.wallMs, minMs: s.wallMs, runs: 1 },
        { trials: s.trialMs.length, medianTrialMs: round(median(finite)) },
      );
      console.error(
        `Default study (digits, lr x wd, 3 + 27 trials, automatic backend) through the app: ` +
          `${(s.wallMs / 1000).toFixed(1)} s for ${s.trialMs.length} trials, median trial ` +
          `${median(finite).toFixed(0)} ms.`,
      );
    }
    if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
  });
}
