/** `npm run bench -- NAME`: runs one benchmark (or all with no name) and prints its figures. */
import { boQualityBench } from './boQuality.ts';
import { firstLoadBench } from './firstLoad.ts';
import { gpSurfaceBench } from './gpSurface.ts';
import { interactionBench } from './interaction.ts';
import { lmlEvalBench } from './lmlEval.ts';
import { networkBench } from './networkBrowser.ts';
import { predictWasmBench } from './predictWasm.ts';
import { scalingBench } from './scaling.ts';
import { seedExampleBench } from './seedExample.ts';
import { sliderFrameBench } from './sliderFrame.ts';
import { stepProfileBench } from './stepProfile.ts';
import { surfaceBrowserBench } from './surfaceBrowser.ts';

const benches: Record<string, { about: string; run: (args: string[]) => void | Promise<void> }> = {
  'gp-surface': {
    about: 'posterior mean/std + EI over a plot grid (1D and 2D cases)',
    run: gpSurfaceBench,
  },
  'slider-frame': {
    about: '1D screen: cost of one slider event at 50 observations and 1,000 grid points',
    run: sliderFrameBench,
  },
  'predict-wasm': {
    about: 'GP predict over the 2D plot grids, one thread: JS loops vs WebAssembly SIMD',
    run: predictWasmBench,
  },
  'surface-browser': {
    about:
      '2D surface (mean, std, EI) in headless Chromium: cpu-main vs cpu-workers vs webgl (needs dist/; --build)',
    run: surfaceBrowserBench,
  },
  network: {
    about:
      'network tuner in headless Chromium: time per trial on cpu, wasm, webgl (needs dist/; --build, --study)',
    run: networkBench,
  },
  'lml-eval': {
    about:
      'ML-II fit at N = 100..1,000, 1D and 2D: one LML + gradient and the full search, old vs blocked (--sizes)',
    run: lmlEvalBench,
  },
  'bo-quality': {
    about:
      'default model vs bayes_opt preset on six problems (1D, 2D, 3D): regret and ms per iteration (--seeds N)',
    run: boQualityBench,
  },
  interaction: {
    about:
      'input-to-frame (ξ drag, point drag, 2D hover), Step, long tasks, first paint, heap (needs dist/; --build, --quick)',
    run: interactionBench,
  },
  'first-load': {
    about:
      'gzip KB of the JS+CSS the first screen loads, against the 200 KB aim (needs dist/; --build)',
    run: firstLoadBench,
  },
  scaling: {
    about:
      'fit + suggest at N = 50..1,000, 1D and 2D, both presets, vs scikit-learn + bayes_opt in the same run; CLI gp at 1,000 (--sizes, --cold-max, --no-cli)',
    run: scalingBench,
  },
  'step-profile': {
    about:
      "one Step's compute at N = 50..190, 1D and 2D: warm refit, acquisition search, plot grid (--sizes, --reps)",
    run: stepProfileBench,
  },
  'seed-example': {
    about: 'bayes_opt seed example over seeds 0..99: regret and ms per iteration',
    run: seedExampleBench,
  },
};

async function main(): Promise<void> {
  const [name, ...args] = process.argv.slice(2);
  if (name === undefined) {
    for (const [n, b] of Object.entries(benches)) {
      console.error(`\n== ${n}: ${b.about}`);
      await b.run(args);
    }
    return;
  }
  const b = benches[name];
  if (!b) {
    console.error(
      `unknown benchmark "${name}"; available:\n${Object.entries(benches)
        .map(([n, x]) => `  ${n}  ${x.about}`)
        .join('\n')}`,
    );
    process.exit(2);
  }
  await b.run(args);
}

await main();
