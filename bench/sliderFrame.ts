/**
 * What one slider event costs on the 1D screen (issue: under 16 ms at 1,000 grid points and 50
 * observations): an acquisition change (model reused) and a length-scale drag (refit without ML-II),
 * against the naive path that refits the GP with ML-II on every event, measured in the same run.
 */
import { analyze } from '../src/bo/analysis.ts';
import { defaultConfig } from '../src/bo/defaults.ts';
import { fitStateModel } from '../src/bo/loop.ts';
import type { LoopState, Observation } from '../src/bo/types.ts';
import { createRng } from '../src/math/rng.ts';
import { getObjective } from '../src/objectives/registry.ts';
import { printTable } from './gpSurface.ts';
import { jsonLine, round, time } from './timing.ts';

export function sliderFrameBench(): void {
  const obj = getObjective('bayes-opt-1d');
  if (!obj) throw new Error('seed objective missing');
  const rng = createRng(7);
  const observations: Observation[] = [];
  for (let i = 0; i < 50; i++) {
    const x = rng.uniform(-2, 6);
    observations.push({ x: [x], y: obj.f([x]), phase: i < 2 ? 'init' : 'bo' });
  }
  const base = defaultConfig({ lower: [-2], upper: [6] }, 'maximize');
  const n = 1000;
  const grid = {
    data: Float64Array.from({ length: n }, (_, i) => -2 + (8 * i) / (n - 1)),
    n,
    d: 1,
  };
  const state: LoopState = { config: base, observations };
  const model = fitStateModel(state);
  let xi = 0.01;
  // Each event is a new config object, as the store makes one per slider input.
  const acqEvent = () => {
    xi = xi === 0.01 ? 0.02 : 0.01;
    analyze({ ...state, config: { ...base, acquisition: { type: 'ei', xi } } }, { grid, model });
  };
  let ls = 0.5;
  const lengthScaleEvent = () => {
    ls = ls === 0.5 ? 0.6 : 0.5;
    analyze(
      {
        ...state,
        config: { ...base, fitKernel: false, kernel: { ...base.kernel, lengthScale: ls } },
      },
      { grid },
    );
  };
  // What the screen draws while dragging: the plot grid as the only candidates (then the full
  // 10,000-candidate search replaces it once the drag rests).
  const previewEvent = () => {
    ls = ls === 0.5 ? 0.6 : 0.5;
    analyze(
      {
        ...state,
        config: {
          ...base,
          fitKernel: false,
          candidates: 0,
          kernel: { ...base.kernel, lengthScale: ls },
        },
      },
      { grid },
    );
  };
  const naiveEvent = () => {
    xi = xi === 0.01 ? 0.02 : 0.01;
    analyze({ ...state, config: { ...base, acquisition: { type: 'ei', xi } } }, { grid });
  };
  const tAcq = time(acqEvent, { runs: 30 });
  const tLs = time(lengthScaleEvent, { runs: 30 });
  const tPreview = time(previewEvent, { runs: 30 });
  const tNaive = time(naiveEvent, { runs: 15 });
  jsonLine('slider-frame', 'acquisition-xi', 'cpu-main', tAcq, {
    ratioToNaive: round(tNaive.medianMs / tAcq.medianMs, 2),
  });
  jsonLine('slider-frame', 'length-scale', 'cpu-main', tLs, {
    ratioToNaive: round(tNaive.medianMs / tLs.medianMs, 2),
  });
  jsonLine('slider-frame', 'length-scale-preview', 'cpu-main', tPreview, {
    ratioToNaive: round(tNaive.medianMs / tPreview.medianMs, 2),
  });
  jsonLine('slider-frame', 'naive-refit-ml2', 'cpu-main', tNaive);
  printTable([
    ['event (n=50, 1,000 grid points)', 'median ms', 'min ms', 'vs naive refit', 'frame budget'],
    [
      'acquisition slider (ξ)',
      tAcq.medianMs.toFixed(2),
      tAcq.minMs.toFixed(2),
      `${(tNaive.medianMs / tAcq.medianMs).toFixed(1)}x`,
      '16.7 ms',
    ],
    [
      'length-scale slider',
      tLs.medianMs.toFixed(2),
      tLs.minMs.toFixed(2),
      `${(tNaive.medianMs / tLs.medianMs).toFixed(1)}x`,
      '16.7 ms',
    ],
    [
      'length-scale slider, drag preview',
      tPreview.medianMs.toFixed(2),
      tPreview.minMs.toFixed(2),
      `${(tNaive.medianMs / tPreview.medianMs).toFixed(1)}x`,
      '16.7 ms',
    ],
    [
      'naive: ML-II refit per event',
      tNaive.medianMs.toFixed(2),
      tNaive.minMs.toFixed(2),
      '1.0x',
      '16.7 ms',
    ],
  ]);
}
