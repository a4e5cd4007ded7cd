import '../../widgets/dataTable.css';
import { useId, useMemo } from 'react';
import { int, num, seedField } from '../labLink.ts';
import { LinkResetNotice, useLabLink } from '../useLabLink.tsx';
import { TableHead } from '../../widgets/TableHead.tsx';
import { Sized } from '../../widgets/Sized.tsx';
import { Slider } from '../../widgets/Slider.tsx';
import { useMessages } from '../../i18n/locale.ts';
import { createRng } from '../../math/rng.ts';
import { describeHistogram } from '../../plots/describeLab.ts';
import { fillTemplate, formatNumber, formatPowerOfTen } from '../../plots/format.ts';
import { Card, Controls, FigureHead, SeedControl, Stat, Stats } from '../parts.tsx';
import { HistogramPlot } from './HistogramPlot.tsx';
import {
  averagingWindow,
  BETA_MAX,
  BETA_MIN,
  betaFromExponent,
  betaShareBelow,
  betaStep,
  decadeShares,
  decades,
  exponentOfBeta,
  LR_MAX,
  LR_MIN,
  logUniformDecadeShare,
  sampleBetas,
  sampleLearningRates,
  uniformDecadeShare,
  type BetaStep,
} from './logscale.ts';

const LR_LO_EXP = Math.log10(LR_MIN);
const LR_HI_EXP = Math.log10(LR_MAX);
const BETA_DELTA = 0.0005;
const percent = (v: number) => `${formatNumber(100 * v, 3)}%`;

/** "10⁻² – 10⁻¹" for decade k. */
function decadeLabel(k: number): string {
  return `${formatPowerOfTen(k)} – ${formatPowerOfTen(k + 1)}`;
}

// log10(1 - 0.999) is -2.9999999999999996: rounded, so the slider's right end is exactly 0.999.
const SLIDER_MIN = Math.round(-exponentOfBeta(BETA_MIN) * 100) / 100;
const SLIDER_MAX = Math.round(-exponentOfBeta(BETA_MAX) * 100) / 100;

/** β on the reverse-log slider: its position is −log10(1 − β), from 1 (0.9) to 3 (0.999). */
function BetaSlider({ beta, onChange }: { beta: number; onChange: (b: number) => void }) {
  const t = useMessages();
  const id = useId();
  const shown = formatNumber(beta, 5);
  return (
    <div className="field slider beta-slider">
      <div className="slider-head">
        <label htmlFor={id}>{t.labLogBetaSlider}</label>
        <output htmlFor={id}>{shown}</output>
      </div>
      <input
        id={id}
        type="range"
        min={SLIDER_MIN}
        max={SLIDER_MAX}
        step={0.01}
        value={-exponentOfBeta(beta)}
        aria-valuetext={shown}
        onChange={(e) => onChange(Number(betaFromExponent(-Number(e.target.value)).toPrecision(6)))}
      />
    </div>
  );
}

/** The figure's controls as its link carries them (labLink.ts). */
const LOG_SCALE_LINK = {
  n: int(100, 50_000, 5000),
  seed: seedField(),
  beta: num(BETA_MIN, BETA_MAX, 0.99),
};

function BetaRow({ step, testId }: { step: BetaStep; testId: string }) {
  return (
    <tr>
      <th scope="row">{formatNumber(step.beta, 5)}</th>
      <td>{formatNumber(step.next, 5)}</td>
      <td>{formatNumber(step.window, 4)}</td>
      <td>{formatNumber(step.nextWindow, 4)}</td>
      <td data-testid={testId}>{`×${formatNumber(step.ratio, 4)}`}</td>
    </tr>
  );
}

/** Figure 3: uniform vs log-uniform learning rates, and momentum's beta on a reverse-log scale. */
export default function LogScaleFigure() {
  const t = useMessages();
  const link = useLabLink('log-scale', LOG_SCALE_LINK);
  const { n, seed, beta } = link.values;
  const setN = (v: number) => link.set({ n: v });
  const setSeed = (v: number) => link.set({ seed: v });
  const setBeta = (v: number) => link.set({ beta: v });

  const samples = useMemo(() => {
    const rng = createRng(seed);
    return {
      uniform: sampleLearningRates(n, 'uniform', rng),
      logUniform: sampleLearningRates(n, 'logUniform', rng),
      betaUniform: sampleBetas(n, 'uniform', rng),
      betaReverse: sampleBetas(n, 'reverseLog', rng),
    };
  }, [n, seed]);
  const ks = decades(LR_LO_EXP, LR_HI_EXP);
  const uniShares = decadeShares(samples.uniform, LR_LO_EXP, LR_HI_EXP);
  const logShares = decadeShares(samples.logUniform, LR_LO_EXP, LR_HI_EXP);
  const windows = (b: Float64Array) => b.map(averagingWindow);
  const shortUniform = decadeShares(windows(samples.betaUniform), 1, 3)[0] ?? NaN;
  const shortReverse = decadeShares(windows(samples.betaReverse), 1, 3)[0] ?? NaN;

  const lrPlots = [
    { key: 'uniform', how: t.labLogHowUniform, title: t.labLogUniform, values: samples.uniform },
    { key: 'log', how: t.labLogHowLog, title: t.labLogLogUniform, values: samples.logUniform },
  ] as const;

  return (
    <article className="lab-fig logscale-fig">
      <FigureHead title={t.labFigLogScale} lede={t.labLogLede} />
      <LinkResetNotice reset={link.reset} />
      <Controls>
        <Slider
          label={t.labLogSamples}
          value={n}
          min={100}
          max={50000}
          step={0.05}
          log
          digits={3}
          onChange={(v) => setN(Math.round(Number(v.toPrecision(2))))}
        />
        <SeedControl seed={seed} onChange={setSeed} />
        <BetaSlider beta={beta} onChange={setBeta} />
      </Controls>
      <div className="log-layout">
        <Card id="log-lr-title" className="log-lr" title={<>{t.labLogRate} ∈ [10⁻⁴, 1]</>}>
          <div className="log-hist-grid">
            <span />
            <span className="log-col-head">{t.labLogLinearAxis}</span>
            <span className="log-col-head">{t.labLogLogAxis}</span>
            {lrPlots.map((row) => (
              <div key={row.key} className="log-hist-row">
                <span className="log-row-head">{row.title}</span>
                {(['linear', 'log10'] as const).map((axis) => (
                  <Sized key={axis} className="log-hist-box">
                    {(size) => (
                      <HistogramPlot
                        {...size}
                        values={row.values}
                        axis={axis}
                        domain={axis === 'log10' ? [LR_LO_EXP, LR_HI_EXP] : [0, LR_MAX]}
                        bins={axis === 'log10' ? 32 : 25}
                        xLabel={t.labLogRate}
                        className={`bars-${row.key}`}
                        description={describeHistogram(
                          {
                            name: t.labLogRate,
                            values: row.values,
                            axis,
                            domain: axis === 'log10' ? [LR_LO_EXP, LR_HI_EXP] : [0, LR_MAX],
                          },
                          t,
                        )}
                        ariaLabel={fillTemplate(t.labLogHistPlot, {
                          n,
                          how: row.how,
                          axis: axis === 'log10' ? t.labLogLogAxis : t.labLogLinearAxis,
                        })}
                      />
                    )}
                  </Sized>
                ))}
              </div>
            ))}
          </div>
          <table
            className="lab-table data-table numeric log-decades"
            aria-label={t.labLogDecadeTitle}
          >
            <caption>{t.labLogDecadeTitle}</caption>
            <TableHead labels={[t.labLogDecade, t.labLogUniform, t.labLogLogUniform]} />
            <tbody>
              {ks.map((k, i) => (
                <tr key={k}>
                  <th scope="row">{decadeLabel(k)}</th>
                  <td>
                    <span className="share" data-testid={`log-share-uniform-${i}`}>
                      {percent(uniShares[i] ?? NaN)}
                    </span>{' '}
                    <span className="exact">
                      {fillTemplate(t.labLogExpected, {
                        value: percent(uniformDecadeShare(k, LR_MIN, LR_MAX)),
                      })}
                    </span>
                  </td>
                  <td>
                    <span className="share" data-testid={`log-share-log-${i}`}>
                      {percent(logShares[i] ?? NaN)}
                    </span>{' '}
                    <span className="exact">
                      {fillTemplate(t.labLogExpected, {
                        value: percent(logUniformDecadeShare(k, LR_MIN, LR_MAX)),
                      })}
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
        <Card id="log-beta-title" className="log-beta" title={t.labLogBetaTitle}>
          <div className="table-scroll-x">
            <table
              className="lab-table data-table numeric beta-table"
              aria-labelledby="log-beta-title"
            >
              <TableHead
                labels={[
                  t.labLogBeta,
                  t.labLogBetaNext,
                  t.labLogWindow,
                  t.labLogWindowNext,
                  t.labLogChange,
                ]}
              />
              <tbody>
                <BetaRow step={betaStep(0.9, BETA_DELTA)} testId="beta-change-low" />
                <BetaRow step={betaStep(0.999, BETA_DELTA)} testId="beta-change-high" />
                <BetaRow step={betaStep(beta, BETA_DELTA)} testId="beta-change-user" />
              </tbody>
            </table>
          </div>
          {(
            [
              ['uniform', t.labLogBetaUniform, t.labLogHowBetaUniform, samples.betaUniform],
              ['reverse', t.labLogBetaReverse, t.labLogHowBetaReverse, samples.betaReverse],
            ] as const
          ).map(([key, title, how, values]) => (
            <figure key={key} className="log-beta-hist">
              <figcaption>{title}</figcaption>
              <Sized className="log-beta-box">
                {(size) => (
                  <HistogramPlot
                    {...size}
                    values={windows(values)}
                    axis="log10"
                    domain={[1, 3]}
                    bins={32}
                    xLabel={t.labLogWindowAxis}
                    className={`bars-${key === 'uniform' ? 'uniform' : 'log'}`}
                    ariaLabel={fillTemplate(t.labLogBetaPlot, { n, how })}
                  />
                )}
              </Sized>
            </figure>
          ))}
          <h4 className="lab-subtitle">{t.labLogShortWindows}</h4>
          <Stats>
            <Stat
              label={t.labLogBetaUniform}
              value={percent(shortUniform)}
              testId="beta-short-uniform"
              emphasis
            />
            <Stat
              label={t.labLogBetaReverse}
              value={percent(shortReverse)}
              testId="beta-short-reverse"
              emphasis
            />
          </Stats>
          <p className="lab-note">
            {fillTemplate(t.labLogExpected, {
              value: `${percent(betaShareBelow(0.99, 'uniform'))} / ${percent(betaShareBelow(0.99, 'reverseLog'))}`,
            })}
          </p>
        </Card>
      </div>
    </article>
  );
}
