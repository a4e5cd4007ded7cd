/**
 * GP predict (posterior mean and std over the 2D plot grid) on its two CPU paths in this process:
 * the JS loops and the WebAssembly SIMD module (src/math/wasm), which gives the same bits. The
 * three cases are those of surface-browser, with scikit-learn's predict + EI measured in the same
 * run beside (bench/reference.ts; left out where scikit-learn is missing).
 *
 *   npm run bench -- predict-wasm
 */
import { loadavg } from 'node:os';
import { predict } from '../src/math/gp.ts';
import { lastPredictBackend, resetWasmPredict } from '../src/math/wasm/predictWasm.ts';
import { CASES, makeCase, printTable } from './gpSurface.ts';
import { sklearnSurfaceMs } from './reference.ts';
import { jsonLine, round, time, type Timing } from './timing.ts';

export function predictWasmBench(): void {
  const wasmGlobal = globalThis.WebAssembly;
  console.error(`load average ${loadavg()[0]?.toFixed(2)} (1 min)`);
  const rows: string[][] = [
    ['case', 'points', 'js ms', 'wasm ms', 'speed-up', 'bits differ', 'sklearn ms'],
  ];
  const cases = CASES.filter((k) => k.d === 2);
  const sklearn = sklearnSurfaceMs(cases);
  for (const c of cases) {
    const { model, grid } = makeCase(c);
    const out = { js: new Float64Array(2 * grid.n), wasm: new Float64Array(2 * grid.n) };
    const timings: Partial<Record<'js' | 'wasm', Timing>> = {};
    for (const path of ['js', 'wasm'] as const) {
      // The JS path is timed as a thread without WebAssembly runs it.
      (globalThis as { WebAssembly?: typeof WebAssembly | undefined }).WebAssembly =
        path === 'wasm' ? wasmGlobal : undefined;
      resetWasmPredict();
      const mean = out[path].subarray(0, grid.n);
      const std = out[path].subarray(grid.n);
      const t = time(() => predict(model, grid, mean, std), {
        runs: c.n >= 300 ? 5 : 15,
        warmup: 1,
      });
      if (lastPredictBackend() !== path)
        throw new Error(`${path} path not taken (WebAssembly SIMD?)`);
      timings[path] = t;
    }
    globalThis.WebAssembly = wasmGlobal;
    resetWasmPredict();
    let differ = 0;
    for (let i = 0; i < out.js.length; i++) if (!Object.is(out.js[i], out.wasm[i])) differ++;
    const js = timings.js as Timing;
    const wasm = timings.wasm as Timing;
    const speedup = round(js.medianMs / wasm.medianMs, 2);
    jsonLine('predict-wasm', c.name, 'js', js, { points: grid.n });
    jsonLine('predict-wasm', c.name, 'wasm', wasm, { points: grid.n, speedupVsJs: speedup });
    rows.push([
      c.name,
      String(grid.n),
      js.medianMs.toFixed(1),
      wasm.medianMs.toFixed(1),
      `${speedup.toFixed(2)}x`,
      String(differ),
      sklearn?.[c.name]?.toFixed(1) ?? '-',
    ]);
  }
  printTable(rows);
  console.error(
    'One thread, medians. bits differ: mean and std values whose bits differ between the paths.\n' +
      'sklearn ms: predict(return_std=True) + EI on the same model and grid, measured in this run.',
  );
}
