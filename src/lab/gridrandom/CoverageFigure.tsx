import '../../widgets/dataTable.css';
import { useMemo } from 'react';
import { int, num, seedField } from '../labLink.ts';
import { LinkResetNotice, useLabLink } from '../useLabLink.tsx';
import { TableHead } from '../../widgets/TableHead.tsx';
import { Sized } from '../../widgets/Sized.tsx';
import { Slider } from '../../widgets/Slider.tsx';
import { useMessages } from '../../i18n/locale.ts';
import type { Messages } from '../../i18n/messages.ts';
import { describeCoverage } from '../../plots/describeLab.ts';
import { fillTemplate, formatNumber } from '../../plots/format.ts';
import {
  Card,
  Controls,
  FigureHead,
  Progress,
  SeedControl,
  Stat,
  Stats,
  WholeNumberField,
} from '../parts.tsx';
import { quantileSorted } from '../stats.ts';
import { useChunked, type ChunkJob } from '../useChunked.ts';
import {
  coverageOptimum,
  coverageRun,
  DESIGN_KINDS,
  emptyRepeat,
  repeatSlice,
  shareAbove,
  type CoverageRun,
  type DesignKind,
  type RepeatBests,
  type Weights,
} from './coverage.ts';
import { CoveragePlot } from './CoveragePlot.tsx';
import { RepeatPlot } from './RepeatPlot.tsx';

const MAX_SEEDS = 20000;

function designLabel(t: Messages, kind: DesignKind): string {
  return { grid: t.labCovGrid, random: t.labCovRandom, lhs: t.labCovLhs, sobol: t.labCovSobol }[
    kind
  ];
}

/** One design's square with its numbers beneath. */
function DesignPanel(props: {
  readonly kind: 'grid' | 'random';
  readonly title: string;
  readonly run: CoverageRun;
  readonly weights: Weights;
  readonly ariaLabel: string;
}) {
  const { kind, title, run, weights, ariaLabel } = props;
  const t = useMessages();
  return (
    <figure className="lab-card cov-panel">
      <div className="lab-card-head">
        <figcaption className="lab-card-title">{title}</figcaption>
        <Stats>
          <Stat
            label={t.labCovDistinctX}
            value={String(run.distinctX)}
            testId={`cov-${kind}-distinct-x`}
            emphasis
          />
          <Stat
            label={t.labCovDistinctY}
            value={String(run.distinctY)}
            testId={`cov-${kind}-distinct-y`}
            emphasis
          />
          <Stat
            label={t.labCovBest}
            value={formatNumber(run.best.value, 4)}
            testId={`cov-${kind}-best`}
            emphasis
          />
        </Stats>
      </div>
      <Sized className="cov-plot-box">
        {(size) => (
          <CoveragePlot
            {...size}
            points={run.points}
            bestIndex={run.best.index}
            weights={weights}
            ariaLabel={ariaLabel}
            description={describeCoverage(
              {
                design: title,
                trials: run.points.n,
                distinctX: run.distinctX,
                distinctY: run.distinctY,
                important: weights.wy > weights.wx ? 'y' : 'x',
                best: run.best.value,
              },
              t,
            )}
          />
        )}
      </Sized>
      <p className="lab-note">{t.labCovLegend}</p>
    </figure>
  );
}

/** The figure's controls as its link carries them (labLink.ts). */
export const COVERAGE_LINK = {
  k: int(2, 10, 5),
  wx: num(0, 1, 1),
  wy: num(0, 1, 0.05),
  seed: seedField(),
  seeds: int(1, MAX_SEEDS, 1000),
};

/** Figure 1: grid vs random coverage of a 2D objective where one parameter matters. */
export default function CoverageFigure() {
  const t = useMessages();
  const link = useLabLink('coverage', COVERAGE_LINK);
  const { k, wx, wy, seed, seeds } = link.values;
  const setK = (v: number) => link.set({ k: v });
  const setWx = (v: number) => link.set({ wx: v });
  const setWy = (v: number) => link.set({ wy: v });
  const setSeed = (v: number) => link.set({ seed: v });
  const setSeeds = (v: number) => link.set({ seeds: v });
  const weights = useMemo(() => ({ wx, wy }), [wx, wy]);
  const optimum = coverageOptimum(weights);

  const gridRun = useMemo(() => coverageRun('grid', k, seed, weights), [k, seed, weights]);
  const randomRun = useMemo(() => coverageRun('random', k, seed, weights), [k, seed, weights]);

  const job = useMemo<ChunkJob<{ bests: RepeatBests; seeds: number; first: number }>>(
    () => ({
      total: seeds,
      start: () => {
        const bests = emptyRepeat(seeds);
        return {
          work: (from, to) => repeatSlice(bests, from, to, k, seed, weights),
          result: () => ({ bests, seeds, first: seed }),
        };
      },
    }),
    [seeds, k, seed, weights],
  );
  const repeat = useChunked(job);

  const rows = useMemo(
    () =>
      repeat.result
        ? DESIGN_KINDS.map((kind) => ({
            kind,
            label: designLabel(t, kind),
            sorted: Float64Array.from(repeat.result?.bests[kind] ?? []).sort(),
          }))
        : [],
    [repeat.result, t],
  );
  const gridValue = rows[0]?.sorted[0] ?? NaN;
  const n = k * k;
  const repeatN = repeat.result?.seeds ?? seeds;

  return (
    <article className="lab-fig coverage-fig">
      <FigureHead title={t.labFigCoverage} lede={t.labCovLede} />
      <LinkResetNotice reset={link.reset} />
      <Controls>
        <Slider label={t.labCovPerAxis} value={k} min={2} max={10} step={1} onChange={setK} />
        {(
          [
            [t.labCovWeightX, wx, setWx],
            [t.labCovWeightY, wy, setWy],
          ] as const
        ).map(([label, weight, setWeight]) => (
          <Slider
            key={label}
            label={label}
            value={weight}
            min={0}
            max={1}
            step={0.05}
            onChange={setWeight}
            digits={2}
          />
        ))}
        <SeedControl seed={seed} onChange={setSeed} />
        <WholeNumberField
          label={t.labCovSeeds}
          value={seeds}
          min={1}
          max={MAX_SEEDS}
          step={100}
          onCommit={setSeeds}
        />
      </Controls>
      <div className="cov-layout">
        <DesignPanel
          kind="grid"
          title={fillTemplate(t.labCovGridTitle, { k })}
          run={gridRun}
          weights={weights}
          ariaLabel={t.labCovPlotGrid}
        />
        <DesignPanel
          kind="random"
          title={fillTemplate(t.labCovRandomTitle, { n })}
          run={randomRun}
          weights={weights}
          ariaLabel={t.labCovPlotRandom}
        />
        <Card
          id="cov-repeat-title"
          className="cov-repeat"
          title={fillTemplate(t.labCovRepeatTitle, { n: repeatN })}
        >
          <p className="lab-note" data-testid="cov-optimum">
            {fillTemplate(t.labCovOptimum, {
              value: formatNumber(optimum.value, 4),
              x: formatNumber(optimum.x, 3),
            })}
          </p>
          <Progress {...repeat} testId="cov-progress" />
          <Sized className={`cov-repeat-box${repeat.running ? ' is-stale' : ''}`}>
            {(size) => (
              <RepeatPlot
                {...size}
                rows={rows}
                optimum={optimum.value}
                optimumLabel={t.labCovOptimumLine}
                axisLabel={t.labCovBestAxis}
                ariaLabel={fillTemplate(t.labCovRepeatPlot, { n: repeatN })}
              />
            )}
          </Sized>
          <table className="lab-table data-table numeric" aria-labelledby="cov-repeat-title">
            <TableHead
              labels={[t.labCovDesign, t.labCovMedian, t.labCovRange, t.labCovBeatsGrid]}
            />
            <tbody>
              {rows.map((r) => (
                <tr key={r.kind} className={`design-${r.kind}`}>
                  <th scope="row">
                    <span className="swatch" aria-hidden="true" />
                    {r.label}
                  </th>
                  <td data-testid={`cov-median-${r.kind}`}>
                    {formatNumber(quantileSorted(r.sorted, 0.5), 4)}
                  </td>
                  <td>
                    {formatNumber(quantileSorted(r.sorted, 0.1), 3)} –{' '}
                    {formatNumber(quantileSorted(r.sorted, 0.9), 3)}
                  </td>
                  <td data-testid={`cov-beats-${r.kind}`}>
                    {r.kind === 'grid'
                      ? '—'
                      : `${formatNumber(100 * shareAbove(r.sorted, gridValue), 3)}%`}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="lab-note">
            {fillTemplate(t.labCovRepeatNote, {
              from: repeat.result?.first ?? seed,
              to: (repeat.result?.first ?? seed) + repeatN - 1,
            })}
          </p>
        </Card>
      </div>
    </article>
  );
}
