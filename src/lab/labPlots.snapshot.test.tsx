// @vitest-environment jsdom
/**
 * SVG snapshots of the lab's figures (reviewable files in __snapshots__): numbers rounded to two
 * decimals, ids renamed, one element per line, so a change to a plot's frame or marks shows as a
 * small diff of the elements it moved.
 */
import { cleanup, render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { bayesOpt1d } from '../objectives/benchmarks1d.ts';
import { branin } from '../objectives/benchmarks2d.ts';
import { serializeSvg } from '../plots/testing/svg.ts';
import { BoxMap } from './coarse/BoxMap.tsx';
import { CoveragePlot } from './gridrandom/CoveragePlot.tsx';
import { RepeatPlot } from './gridrandom/RepeatPlot.tsx';
import { CurvesPlot } from './hyperband/CurvesPlot.tsx';
import { HyperbandDiagram } from './hyperband/HyperbandDiagram.tsx';
import { hyperbandSchedule } from './hyperband/schedule.ts';
import { simulateHyperband } from './hyperband/simulate.ts';
import { HistogramPlot } from './logscale/HistogramPlot.tsx';
import { BatchPlot1D } from './parallel/BatchPlot1D.tsx';
import { BandPlot } from './sim/BandPlot.tsx';
import { SimGrid } from './trials/SimGrid.tsx';
import { TrialsPlot } from './trials/TrialsPlot.tsx';

// jsdom has no canvas: the raster under BoxMap stays blank, which the SVG snapshot does not see.
beforeEach(() => {
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function snapshot(plot: ReactElement): string {
  const svg = render(plot).container.querySelector('svg');
  if (!svg) throw new Error('the plot drew no svg');
  return serializeSvg(svg);
}

const size = { width: 480, height: 320, fontSize: 14 } as const;
const sorted = (xs: number[]) => Float64Array.from(xs).sort();
const run = simulateHyperband(9, 3, 0.04, 1);

describe('lab plots (SVG snapshots)', () => {
  it('BandPlot, linear with a reference and log10', () => {
    const series = [
      {
        key: 'bo',
        label: 'BO',
        className: 's-bo',
        xs: [1, 2, 3, 4, 5],
        median: [3, 1.2, 0.5, 0.1, 0.02],
        q25: [2, 0.8, 0.2, 0.05, 0.01],
        q75: [4, 2, 0.9, 0.3, 0.05],
      },
      {
        key: 'random',
        label: 'Random search',
        className: 's-random',
        xs: [1, 2, 3, 4, 5],
        median: [3, 2.5, 2, 1.6, 1.5],
        q25: [2, 1.9, 1.5, 1.2, 1.1],
        q75: [4, 3.2, 2.6, 2.2, 2],
      },
    ];
    const common = { ...size, series, xLabel: 'evaluation', yLabel: 'regret' } as const;
    expect(
      snapshot(
        <BandPlot {...common} reference={{ value: 0, label: 'optimum 0' }} ariaLabel="Band" />,
      ),
    ).toMatchSnapshot();
    expect(
      snapshot(<BandPlot {...common} log floor={1e-3} ariaLabel="Band log" />),
    ).toMatchSnapshot();
  });

  it('HistogramPlot, log10 and linear', () => {
    const values = Float64Array.from({ length: 40 }, (_, i) => 10 ** (-4 + (i * 3) / 39));
    const common = { ...size, values, bins: 12, className: 'is-log', ariaLabel: 'Histogram' };
    expect(
      snapshot(<HistogramPlot {...common} axis="log10" domain={[-4, -1]} xLabel="learning rate" />),
    ).toMatchSnapshot();
    expect(
      snapshot(
        <HistogramPlot {...common} axis="linear" domain={[0, 0.1]} xLabel="learning rate" />,
      ),
    ).toMatchSnapshot();
  });

  it('CoveragePlot', () => {
    const data = Float64Array.from([0.1, 0.2, 0.5, 0.5, 0.9, 0.3, 0.7, 0.8]);
    expect(
      snapshot(
        <CoveragePlot
          {...size}
          points={{ data, n: 4, d: 2 }}
          bestIndex={2}
          weights={{ wx: 1, wy: 0.2 }}
          ariaLabel="Coverage"
        />,
      ),
    ).toMatchSnapshot();
  });

  it('RepeatPlot', () => {
    expect(
      snapshot(
        <RepeatPlot
          {...size}
          rows={[
            { kind: 'grid', label: 'Grid', sorted: sorted([0.7, 0.7, 0.7, 0.7]) },
            { kind: 'random', label: 'Random', sorted: sorted([0.5, 0.8, 0.9, 0.95]) },
          ]}
          optimum={1}
          optimumLabel="optimum"
          axisLabel="best value found"
          ariaLabel="Repeat"
        />,
      ),
    ).toMatchSnapshot();
  });

  it('BatchPlot1D', () => {
    expect(
      snapshot(
        <BatchPlot1D
          {...size}
          objective={bayesOpt1d}
          earlier={[-1, 4]}
          batch={[0.5, 2.2, 5]}
          legend={[
            { key: 'batch', label: 'this batch', swatch: 'diamond', className: 'batch-point' },
          ]}
          ariaLabel="Batch"
        />,
      ),
    ).toMatchSnapshot();
  });

  it('BoxMap', () => {
    expect(
      snapshot(
        <BoxMap
          {...size}
          objective={branin}
          points={[
            { x: -2, y: 5, kind: 'coarse' },
            { x: 3, y: 2, kind: 'fine' },
            { x: 9, y: 3, kind: 'bo' },
          ]}
          best={1}
          box={{ lower: [0, 0], upper: [5, 5] }}
          trail={[{ lower: [-5, 0], upper: [10, 15] }]}
          legend={[
            { key: 'coarse', label: 'coarse', swatch: 'hollow', className: 'map-pt is-coarse' },
          ]}
          onDrawBox={() => undefined}
          ariaLabel="Box map"
        />,
      ),
    ).toMatchSnapshot();
  });

  it('CurvesPlot and HyperbandDiagram', () => {
    const bracket = run.brackets[0] as (typeof run.brackets)[number];
    const rungEpochs = run.schedule.brackets[0]?.rungs.map((r) => r.epochs) ?? [];
    expect(
      snapshot(
        <CurvesPlot
          {...size}
          bracket={bracket}
          rungEpochs={rungEpochs}
          maxEpochs={9}
          live={[2.1, 1.4]}
        />,
      ),
    ).toMatchSnapshot();
    expect(
      snapshot(
        <HyperbandDiagram
          width={480}
          fontSize={14}
          schedule={hyperbandSchedule(9, 3)}
          selected={1}
          onSelect={() => undefined}
          active={{ bracket: 1, rung: 0 }}
        />,
      ),
    ).toMatchSnapshot();
  });

  it('TrialsPlot and SimGrid', () => {
    const simulated = Float64Array.from({ length: 51 }, (_, n) => 1 - 0.95 ** n);
    expect(
      snapshot(
        <TrialsPlot
          {...size}
          p={0.05}
          n={20}
          nMax={50}
          confidence={0.9}
          needed={45}
          simulated={simulated}
          reps={1000}
          onN={() => undefined}
          labels={{
            aria: 'Trials',
            xAxis: 'trials n',
            yAxis: 'chance of a top-5% trial',
            formula: 'formula',
            simulation: 'simulation',
          }}
        />,
      ),
    ).toMatchSnapshot();
    expect(
      snapshot(
        <SimGrid
          width={200}
          height={100}
          fontSize={14}
          firstHit={Int32Array.from([3, 0, 12, 40, 1, 7, 0, 25])}
          shown={8}
          n={20}
          ariaLabel="Sim grid"
        />,
      ),
    ).toMatchSnapshot();
  });
});
