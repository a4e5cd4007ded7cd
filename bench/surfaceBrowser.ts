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
import type { BenchBackend, CheckConfig, GpuCheckApi } from '../src/gpu/check.ts';
import { ensureBuild, noteLoad, withBenchBrowser } from './browser.ts';
import { printTable } from './gpSurface.ts';
import { sklearnSurfaceMs } from './reference.ts';
import { jsonLine, median, round, type Timing } from './timing.ts';

interface Case {
  readonly name: string;
  readonly n: number;
  readonly side: number;
}

const CASES: readonly Case[] = [
  { name: '2d-n30-100x100', n: 30, side: 100 },
  { name: '2d-n30-128x128', n: 30, side: 128 },
  { name: '2d-n60-128x128', n: 60, side: 128 },
  { name: '2d-n100-128x128', n: 100, side: 128 },
  { name: '2d-n150-128x128', n: 150, side: 128 },
  { name: '2d-n200-128x128', n: 200, side: 128 },
  { name: '2d-n300-100x100', n: 300, side: 100 },
  { name: '2d-n300-200x200', n: 300, side: 200 },
];

const BACKENDS: readonly BenchBackend[] = ['cpu-main', 'cpu-workers', 'service-cpu', 'webgl'];

function timingOf(samples: readonly number[]): Timing {
  return { medianMs: median(samples), minMs: Math.min(...samples), runs: samples.length };
}

export async function surfaceBrowserBench(args: string[]): Promise<void> {
  ensureBuild('surface-browser', 'gpu-check.html', args);
  await withBenchBrowser(async ({ browser, page, url, errors }) => {
    await page.goto(`${url}gpu-check.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.__gpu !== undefined);
    const probe = await page.evaluate(() => (window.__gpu as GpuCheckApi).probe(true));
    const renderer = probe.ok ? probe.renderer : `unavailable (${probe.message})`;
    const software = probe.ok && probe.software;
    const cores = await page.evaluate(() => navigator.hardwareConcurrency);
    console.error(`Chromium ${browser.version()}, ${cores} cores; WebGL renderer: ${renderer}`);
    noteLoad('so the workers cannot show their parallel speed-up; rerun on a quiet machine');
    if (software) {
      console.error(
        'NOTE: this WebGL is software-rendered (SwiftShader runs the shaders on the CPU). Its\n' +
          '      figures say nothing about GPU speed; run on a machine with a GPU for those.',
      );
    }
    const rows: string[][] = [
      ['case', 'points', 'backend', 'median ms', 'min ms', 'runs', 'vs cpu-main', 'sklearn ms'],
    ];
    // Measured here, before the browser timings, on models of the same sizes (bench/reference.ts).
    const sklearn = sklearnSurfaceMs(CASES.map((c) => ({ ...c, d: 2 })));
    for (const c of CASES) {
      const sk = sklearn?.[c.name];
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
          sklearnMs: sk === undefined ? null : round(sk),
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
          sk === undefined ? '-' : sk.toFixed(1),
        ]);
      }
    }
    printTable(rows);
    console.error(
      'Backends are timed in turns (round-robin), one warm-up each; medians of full updates.\n' +
        'vs cpu-main: speed-up over float64 on the page main thread in this run (higher is faster).\n' +
        'sklearn ms: scikit-learn predict(return_std=True) + EI at the same sizes, measured in this run.',
    );
    if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
  });
}
