// @vitest-environment jsdom
/**
 * "Make it stay true" (issue 15): for every acquisition, goal, 1D and 2D, several seeds and steps,
 * the narration, the readout of the next point and the acquisition plot's legend describe the same
 * point with the same values, within the digits printed, and the acquisition value shown equals
 * its formula applied to the mean and σ shown. The rendered strings are parsed back to numbers, so
 * a change of wording cannot hide a wrong number (nor a right number behind wrong words).
 */
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { lowestChosen, nextPointShown, shownFormula, shownValue } from '../bo/acquisitionShown.ts';
import { analyze, type Analysis } from '../bo/analysis.ts';
import { bestObservation } from '../bo/loop.ts';
import { plotGrid } from '../bo/plotGrid.ts';
import type { LoopState } from '../bo/types.ts';
import { MESSAGES } from '../i18n/messages.ts';
import type { AcquisitionSpec } from '../math/acquisition.ts';
import { getObjective } from '../objectives/registry.ts';
import type { Goal, Objective } from '../objectives/types.ts';
import { AcquisitionPlot1D } from '../plots/AcquisitionPlot1D.tsx';
import * as H from '../store/history.ts';
import { DEFAULT_SETTINGS, toLoopConfig } from '../store/settings.ts';
import { formatPoint } from '../widgets/format.ts';
import { acquisitionLabel, shownAcquisition, shownNextValue } from './acquisitionLabel.ts';
import { parseShownNumber } from './gapWords.ts';
import { boxOf } from './heatmapData.ts';
import { HeatmapReadout } from './HeatmapReadout.tsx';
import { classifyGap, narrate, narrationFacts, progressOf } from './narration.ts';

afterEach(cleanup);

const en = MESSAGES.en;

/** Half a unit of the last digit a printed number shows: how far it may lie from the truth. */
function halfUnit(text: string): number {
  const s = text.replace(/\u2212/g, '-');
  const m = /^-?\d+(?:\.(\d+))?(?:×10(.+))?$/.exec(s);
  if (!m) throw new Error(`not a printed number: ${text}`);
  const exp = m[2] ? Math.log10(parseShownNumber(`1×10${m[2]}`)) : 0;
  return 0.5 * 10 ** (exp - (m[1]?.length ?? 0));
}

/** A printed number and how far from it the exact value may be. */
function read(text: string | undefined): { v: number; h: number } {
  if (text === undefined) throw new Error('missing number');
  return { v: parseShownNumber(text), h: halfUnit(text) };
}

/** Two printed numbers can describe the same value. */
function agree(a: { v: number; h: number }, b: { v: number; h: number }, what: string) {
  expect(Math.abs(a.v - b.v), what).toBeLessThanOrEqual(a.h + b.h + 1e-12 * Math.abs(a.v));
}

const SENTENCE =
  /^Next \(iteration (\d+)\): (.+?) (peaks|is lowest) at (.+?), where the mean \(([^)]+)\) (already beats|trails) the best so far \(([^)]+)\) by ([^,\s]+)(?:, (small|large) against σ \(([^)]+)\)(, so only its uncertainty can win)?)? — (exploitation|exploration)\./;

const SPECS: readonly AcquisitionSpec[] = [
  { type: 'ei', xi: 0.01 },
  { type: 'pi', xi: 0.01 },
  { type: 'ucb', kappa: 2.576 },
  { type: 'thompson' },
];
const GOALS: readonly Goal[] = ['maximize', 'minimize'];
const OBJECTIVES = ['forrester', 'branin'] as const;
const SEEDS = [0, 7, 21];
const STEPS = 6;

function start(obj: Objective, spec: AcquisitionSpec, goal: Goal, seed: number): H.History {
  const config = { ...toLoopConfig({ ...DEFAULT_SETTINGS, seed }, obj), acquisition: spec, goal };
  return H.startHistory(config, obj, 0);
}

/** The shown acquisition at the next point lies within what its formula gives for the numbers shown. */
function checkFormula(
  spec: AcquisitionSpec,
  goal: Goal,
  acq: { v: number; h: number },
  mean: { v: number; h: number },
  std: { v: number; h: number },
  best: { v: number; h: number },
) {
  // Each formula is monotone in each argument: its extremes over the rounding box are at corners.
  const values: number[] = [];
  for (const dm of [-1, 1])
    for (const ds of [-1, 1])
      for (const db of [-1, 1])
        values.push(
          shownFormula(
            spec,
            goal,
            mean.v + dm * mean.h,
            Math.max(0, std.v + ds * std.h),
            best.v + db * best.h,
          ),
        );
  const lo = Math.min(...values) - acq.h;
  const hi = Math.max(...values) + acq.h;
  expect(acq.v, `${spec.type} ${acq.v} outside [${lo}, ${hi}]`).toBeGreaterThanOrEqual(lo - 1e-12);
  expect(acq.v, `${spec.type} ${acq.v} outside [${lo}, ${hi}]`).toBeLessThanOrEqual(hi + 1e-12);
}

/** Everything one state says about its next point agrees; returns whether it was a BO step. */
function checkState(state: LoopState, obj: Objective, analysis: Analysis): boolean {
  const { acquisition: spec, goal } = state.config;
  const facts = narrationFacts(state, analysis);
  if (facts.kind !== 'bo') return false;
  const text = narrate(facts, en, obj.dims);
  const m = SENTENCE.exec(text);
  expect(m, text).not.toBeNull();
  if (!m) return false;
  const [, k, lead, verb, at, meanT, standing, bestT, gapT, size, stdT, , move] = m;
  const where = `${spec.type}/${goal}: ${text}`;

  // The iteration is the next one; the words of the lead match the end that is chosen.
  expect(Number(k), where).toBe(progressOf(state).iteration + 1);
  expect(verb === 'is lowest', where).toBe(lowestChosen(spec, goal));
  if (spec.type === 'ucb')
    expect(lead, where).toBe(goal === 'minimize' ? 'LCB = mean − 2.58σ' : 'UCB = mean + 2.58σ');
  const { proposal } = analysis.suggestion;
  expect(at, where).toBe(formatPoint(proposal.x, obj.dims));

  // The numbers read back tell the story the words tell.
  const mean = read(meanT);
  const best = read(bestT);
  const gap = read(gapT);
  const sign = goal === 'minimize' ? -1 : 1;
  expect(sign * mean.v > sign * best.v, where).toBe(standing === 'already beats');
  agree(gap, { v: Math.abs(best.v - mean.v), h: best.h + mean.h }, `gap: ${where}`);
  const bestSoFar = bestObservation(state)?.y as number;
  agree(best, { v: bestSoFar, h: 0 }, `best: ${where}`);
  if (standing === 'trails') {
    const std = read(stdT);
    const words = classifyGap(gap.v / std.v).move;
    expect(words, where).toBe(move === 'exploitation' ? 'exploit' : 'explore');
    expect(size === 'small', where).toBe(words === 'exploit');
  } else {
    expect(move, where).toBe('exploitation');
  }

  const shown = nextPointShown(state, analysis);
  if (!shown) throw new Error('no model at a BO step');
  agree(mean, { v: shown.mean, h: 0 }, `mean: ${where}`);
  const label = acquisitionLabel(spec, en, goal);
  const plot = shownAcquisition(state.config, analysis.acquisition, en);
  expect(plot.label).toBe(label);
  if (spec.type === 'ucb') expect(label.startsWith(goal === 'minimize' ? 'LCB' : 'UCB')).toBe(true);

  // The chosen point is the best end of the curve or surface shown (the grid is among the search's
  // candidates), unless a fallback moved it.
  const nextValue = shownNextValue(state.config, proposal.acquisitionValue);
  if (!proposal.fallback && plot.values && Number.isFinite(nextValue)) {
    const finite = Array.from(plot.values).filter(Number.isFinite);
    const tol = 1e-9 * (Math.max(...finite.map(Math.abs)) || 1);
    if (plot.lowestChosen) expect(nextValue, where).toBeLessThanOrEqual(Math.min(...finite) + tol);
    else expect(nextValue, where).toBeGreaterThanOrEqual(Math.max(...finite) - tol);
  }

  if (obj.dims.length === 1) {
    // The 1D plot: its legend names the shown acquisition and its star carries the shown value.
    const { container } = render(
      <AcquisitionPlot1D
        width={640}
        height={200}
        xDomain={[obj.dims[0]?.min ?? 0, obj.dims[0]?.max ?? 1]}
        scale="linear"
        grid={plotGrid(state).data}
        {...plot}
        next={{ x: proposal.x[0] as number, value: nextValue }}
        ariaLabel="Acquisition plot"
      />,
    );
    const svg = container.querySelector('svg') as SVGSVGElement;
    expect(svg.textContent).toContain(label);
    expect(svg.getAttribute('data-best-end')).toBe(plot.lowestChosen ? 'lowest' : 'highest');
    const starValue = Number(svg.getAttribute('data-next-value'));
    if (spec.type === 'thompson') expect(starValue).toBeCloseTo(shown.acquisition, 9);
    else {
      const std = stdT ? read(stdT) : { v: shown.std, h: 0 };
      checkFormula(spec, goal, { v: starValue, h: 1e-9 * Math.abs(starValue) }, mean, std, best);
    }
    cleanup();
    return true;
  }

  // The 2D readout of the next point: the proposal itself, with the narration's numbers.
  const { container } = render(
    <HeatmapReadout
      kind="next"
      point={{ x: proposal.x[0] as number, y: proposal.x[1] as number }}
      surfaces={{
        side: Math.round(Math.sqrt(plotGrid(state).n)),
        mean: analysis.mean,
        std: analysis.std,
        acquisition: plot.values,
        backend: null,
        notice: null,
      }}
      box={boxOf(obj.dims)}
      dims={obj.dims}
      acquisitionName={label}
      next={shown}
    />,
  );
  const dts = [...container.querySelectorAll('dt')].map((e) => e.textContent);
  const dds = [...container.querySelectorAll('dd')].map((e) => e.textContent ?? '');
  expect(dts, where).toEqual([en.readoutNext, en.readoutMean, en.readoutStd, label]);
  expect(dds[0], where).toBe(at);
  const rMean = read(dds[1]);
  const rStd = read(dds[2]);
  agree(rMean, mean, `readout mean: ${where}`);
  if (stdT) agree(rStd, read(stdT), `readout σ: ${where}`);
  const rAcq = read(dds[3]);
  if (spec.type === 'thompson')
    agree(
      rAcq,
      {
        v: shownValue(spec, goal, proposal.acquisitionValue as number),
        h: 1e-9 * Math.abs(rAcq.v),
      },
      `thompson: ${where}`,
    );
  else checkFormula(spec, goal, rAcq, rMean, rStd, best);
  cleanup();
  return true;
}

describe('every number about the next point is true and the same everywhere', () => {
  for (const id of OBJECTIVES) {
    for (const spec of SPECS) {
      for (const goal of GOALS) {
        it(`${id}, ${spec.type}, ${goal}`, () => {
          const obj = getObjective(id) as Objective;
          let bo = 0;
          for (const seed of SEEDS) {
            let h = start(obj, spec, goal, seed);
            for (let step = 0; step < STEPS; step++) {
              const s = H.current(h);
              const analysis = analyze(s, { grid: plotGrid(s) });
              if (checkState(s, obj, analysis)) bo++;
              const { proposal } = analysis.suggestion;
              h = H.evaluateAndPush(h, obj, proposal.x, proposal.phase, 0);
            }
          }
          expect(bo).toBeGreaterThanOrEqual(SEEDS.length * (STEPS - 1));
        });
      }
    }
  }
});
