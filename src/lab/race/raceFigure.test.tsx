// @vitest-environment jsdom
/**
 * The race as it opens, checked against its own words: the best-so-far plot shows four curves a
 * reader can tell apart, its note about the clipped axis is true, and the lede's "BO's lead" holds.
 */
import { cleanup, render } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { MESSAGES } from '../../i18n/messages.ts';
import { getObjective } from '../../objectives/registry.ts';
import type { Objective } from '../../objectives/types.ts';
import { BandPlot, type BandSeries } from '../sim/BandPlot.tsx';
import { runTask } from '../sim/tasks.ts';
import { raceBestFitFrom } from './bestPlot.ts';
import { RACE_DEFAULTS, raceTasks, summarizeRace, type StrategySummary } from './race.ts';
import { raceSeries } from './RaceFigure.tsx';

afterEach(cleanup);

const t = MESSAGES.en;
/** About the plot's size in a 1280 px window (two plots side by side). */
const SIZE = { width: 560, height: 340, fontSize: 14 };
/** Two median lines closer than this everywhere in the end game read as one line. */
const DISTINCT_PX = 8;

const obj = getObjective(RACE_DEFAULTS.objective) as Objective;
const optimum = obj.optimum?.value ?? NaN;
let summary: StrategySummary[];
beforeAll(() => {
  const tasks = raceTasks(RACE_DEFAULTS.objective, RACE_DEFAULTS.budget, RACE_DEFAULTS.seeds);
  summary = summarizeRace(
    obj,
    tasks,
    tasks.map((task) => runTask(task)),
  );
});

/** The y pixel of each median vertex, by series key, from the drawn path ("M x,y L x,y ..."). */
function drawnMedians(fitFrom: number | undefined): Map<string, Map<number, number>> {
  const series = raceSeries(t, summary, 'best');
  const { container } = render(
    <BandPlot
      {...SIZE}
      series={series}
      xLabel="evaluation"
      yLabel="best"
      fitFrom={fitFrom}
      reference={{ value: optimum, label: 'optimum' }}
      ariaLabel="best"
    />,
  );
  const out = new Map<string, Map<number, number>>();
  series.forEach((s: BandSeries, k) => {
    const d = container.querySelectorAll('.band-series .band-line')[k]?.getAttribute('d') ?? '';
    const ys = [...d.matchAll(/[ML]([-\d.e]+),([-\d.e]+)/g)].map((m) => Number(m[2]));
    out.set(s.key, new Map(s.xs.map((x, i) => [x, ys[i] as number])));
  });
  cleanup();
  return out;
}

/** For each pair of strategies, the largest pixel gap between their medians from `from` on. */
function largestGaps(drawn: Map<string, Map<number, number>>, from: number): number[] {
  const keys = [...drawn.keys()];
  const gaps: number[] = [];
  keys.forEach((a, i) =>
    keys.slice(i + 1).forEach((b) => {
      let gap = 0;
      for (const [x, ya] of drawn.get(a) ?? []) {
        const yb = drawn.get(b)?.get(x);
        if (x >= from && yb !== undefined) gap = Math.max(gap, Math.abs(ya - yb));
      }
      gaps.push(gap);
    }),
  );
  return gaps;
}

describe('the race as it opens', () => {
  const budget = RACE_DEFAULTS.budget;
  const endGame = Math.ceil(budget / 2);

  it('draws four best-so-far curves that stay apart in the second half', () => {
    expect(summary.every((s) => s.runs === RACE_DEFAULTS.seeds)).toBe(true);
    const gaps = largestGaps(drawnMedians(raceBestFitFrom(budget)), endGame);
    expect(gaps).toHaveLength(6);
    for (const g of gaps) expect(g).toBeGreaterThanOrEqual(DISTINCT_PX);
  });

  it('would flatten them into one band with the axis fitted to every value', () => {
    const gaps = largestGaps(drawnMedians(undefined), endGame);
    expect(Math.min(...gaps)).toBeLessThan(DISTINCT_PX);
  });

  it('has a note that is true: some earlier values do run off the top of the axis', () => {
    const from = raceBestFitFrom(budget);
    const note = t.raceBestFitNote.replace('{from}', String(from));
    expect(note).toContain(`evaluation ${from} on`);
    const drawn = drawnMedians(from);
    const above = [...drawn.values()].some((m) => [...m].some(([x, y]) => x < from && y < 0));
    expect(above).toBe(true);
    // From `from` on, every median lies inside the plot.
    for (const m of drawn.values()) {
      for (const [x, y] of m) if (x >= from) expect(y).toBeGreaterThanOrEqual(0);
    }
  });

  it("shows BO's lead, as the lede says: the lowest median regret at the end", () => {
    const last = (s: StrategySummary) => s.regret.median.at(-1) as number;
    const bo = summary.find((s) => s.strategy === 'bo') as StrategySummary;
    for (const s of summary) if (s !== bo) expect(last(bo)).toBeLessThan(last(s));
  });
});
