/**
 * The full 2D surface update (GP mean, std and EI on the plot grid) in headless Chromium, per
 * backend: cpu-main (float64, one thread), cpu-workers (float64, the worker pool) and webgl (tfjs,
 * float32), all timed in the same page on the same jobs, with ratios to cpu-main of this run.
 *
 * It drives the BUILT test page dist/gpu-check.html (src/gpu/check.ts): the build runs first when
 * that page is missing or with --build. Without a GPU, Chromium's WebGL is SwiftShader, a CPU
 * emulation: its figures say nothing about GPU speed.
 *
 *   npm run bench -- surface-browser [--build]
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { assertChromium, CHROMIUM_ARGS, CHROMIUM_PATH } from '../test/e2e/chromium.mjs';
import { startStaticServer } from '../test/e2e/server.mjs';
import type { BenchBackend, CheckConfig, GpuCheckApi } from '../src/gpu/check.ts';
import { printTable } from './gpSurface.ts';
import { jsonLine, median, round, type Timing } from './timing.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
// BENCH_DIST: a build elsewhere (several people building into one dist/ at once would collide).
const DIST = process.env.BENCH_DIST
  ? `${process.env.BENCH_DIST.replace(/\/$/, '')}/`
  : fileURLToPath(new URL('../dist/', import.meta.url));

interface Case {
  readonly name: string;
  readonly n: number;
  readonly side: number;
  /** scikit-learn GaussianProcessRegressor.predict(return_std=True) + EI, same sizes, ms. */
  readonly sklearnMs: number;
}

const CASES: readonly Case[] = [
  { name: '2d-n30-100x100', n: 30, side: 100, sklearnMs: 7 },
  { name: '2d-n100-128x128', n: 100, side: 128, sklearnMs: 32 },
  { name: '2d-n300-200x200', n: 300, side: 200, sklearnMs: 326 },
];

const BACKENDS: readonly BenchBackend[] = ['cpu-main', 'cpu-workers', 'webgl'];

function build(): void {
  console.error('surface-browser: building dist/ (vite build) ...');
  const vite = fileURLToPath(new URL('../node_modules/vite/bin/vite.js', import.meta.url));
  const r = spawnSync(
    process.execPath,
    [vite, 'build', '--outDir', DIST, '--emptyOutDir', '--logLevel', 'warn'],
    {
      cwd: ROOT,
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  if (r.status !== 0) throw new Error(`vite build failed (exit ${r.status})`);
}

function timingOf(samples: readonly number[]): Timing {
  return { medianMs: median(samples), minMs: Math.min(...samples), runs: samples.length };
}

export async function surfaceBrowserBench(args: string[]): Promise<void> {
  assertChromium();
  if (args.includes('--build') || !existsSync(`${DIST}gpu-check.html`)) build();
  const server = await startStaticServer(DIST);
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    timeout: 30_000,
  });
  try {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.url}gpu-check.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.__gpu !== undefined);
    const probe = await page.evaluate(() => (window.__gpu as GpuCheckApi).probe(true));
    const renderer = probe.ok ? probe.renderer : `unavailable (${probe.message})`;
    const software = probe.ok && probe.software;
    const cores = await page.evaluate(() => navigator.hardwareConcurrency);
    console.error(`Chromium ${browser.version()}, ${cores} cores; WebGL renderer: ${renderer}`);
    const load = loadavg()[0] ?? 0;
    if (load > 0.5 * cpus().length) {
      console.error(
        `NOTE: load average ${load.toFixed(1)} on ${cpus().length} cores: other processes compete for\n` +
          '      the CPU, so the workers cannot show their parallel speed-up; rerun on a quiet machine.',
      );
    }
    if (software) {
      console.error(
        'NOTE: this WebGL is software-rendered (SwiftShader runs the shaders on the CPU). Its\n' +
          '      figures say nothing about GPU speed; run on a machine with a GPU for those.',
      );
    }
    const rows: string[][] = [
      ['case', 'points', 'backend', 'median ms', 'min ms', 'runs', 'vs cpu-main', 'sklearn ms'],
    ];
    for (const c of CASES) {
      const cfg: CheckConfig = {
        n: c.n,
        side: c.side,
        kernel: 'matern52',
        fit: false,
        lengthScale: 0.8,
        acquisition: 'ei',
      };
      const runs = c.n >= 300 ? 5 : 15;
      const all = await page.evaluate(
        ([cf, b, r]) => (window.__gpu as GpuCheckApi).bench(cf, b, r, 20_000),
        [cfg, BACKENDS, runs] as const,
      );
      const mainSamples = all['cpu-main'];
      if (!mainSamples?.length) throw new Error(`no cpu-main timings for ${c.name}`);
      const base = timingOf(mainSamples);
      for (const backend of BACKENDS) {
        const samples = all[backend];
        if (!samples?.length) {
          rows.push([c.name, String(c.side * c.side), backend, 'n/a', '', '', '', '']);
          continue;
        }
        const t = timingOf(samples);
        const speedup = round(base.medianMs / t.medianMs, 2);
        const extra: Record<string, unknown> = {
          points: c.side * c.side,
          speedupVsCpuMain: speedup,
          sklearnMs: c.sklearnMs,
        };
        if (backend === 'webgl') Object.assign(extra, { renderer, software });
        if (backend === 'cpu-workers') extra['workers'] = Math.min(cores, 4);
        jsonLine('surface-browser', c.name, backend, t, extra);
        rows.push([
          c.name,
          String(c.side * c.side),
          backend === 'webgl' && software ? 'webgl (SwiftShader)' : backend,
          t.medianMs.toFixed(1),
          t.minMs.toFixed(1),
          String(t.runs),
          `${speedup.toFixed(2)}x`,
          String(c.sklearnMs),
        ]);
      }
    }
    printTable(rows);
    console.error(
      'Backends are timed in turns (round-robin), one warm-up each; medians of full updates.\n' +
        'vs cpu-main: speed-up over float64 on the page main thread in this run (higher is faster).\n' +
        'sklearn ms: scikit-learn predict(return_std=True) + EI at the same sizes (reference run).',
    );
    if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
  } finally {
    await browser.close();
    await server.close();
  }
}
