import '../strategies.css';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { int, num, oneOf, seedField } from '../labLink.ts';
import { LinkResetNotice, useLabLink } from '../useLabLink.tsx';
import { Sized } from '../../widgets/Sized.tsx';
import { Slider } from '../../widgets/Slider.tsx';
import type { Bounds } from '../../bo/types.ts';
import { useMessages } from '../../i18n/locale.ts';
import { describeBoxMap } from '../../plots/describeLab.ts';
import { getObjective } from '../../objectives/registry.ts';
import type { Objective } from '../../objectives/types.ts';
import { fillTemplate, formatNumber } from '../../plots/format.ts';
import type { LegendItem } from '../../plots/marks.tsx';
import {
  FigureCard,
  Controls,
  FigureHead,
  ObjectiveSelect,
  SeedControl,
  Stat,
  Stats,
} from '../parts.tsx';
import { formatRegret } from '../sim/BandPlot.tsx';
import { RunBar } from '../sim/RunBar.tsx';
import { regret } from '../sim/stats.ts';
import { coarseStage, fineStage, labInitPoints, proposeBox } from '../sim/strategies.ts';
import { useSimRun } from '../sim/useSimRun.ts';
import { BoxMap, type BoxMapProps, type MapPoint } from './BoxMap.tsx';
import { bestOf, CTF_DEFAULTS, CTF_OBJECTIVES, summarize } from './coarseToFine.ts';
/** A drawn box narrower than this share of a side is a slip of the mouse, not a box. */
const MIN_SHARE = 0.02;

function indexOfBest(ys: readonly (number | null)[], goal: Objective['goal']): number {
  const b = bestOf(ys, goal);
  return b === null ? -1 : ys.indexOf(b);
}

const fmtBox = (b: Bounds, template: string) =>
  fillTemplate(template, {
    x0: formatNumber(b.lower[0] as number, 3),
    x1: formatNumber(b.upper[0] as number, 3),
    y0: formatNumber(b.lower[1] as number, 3),
    y1: formatNumber(b.upper[1] as number, 3),
  });

/** Figure 4: coarse-to-fine random search by hand, beside bayes_opt's automatic domain reduction. */
/** One strategy's card: its map (square, sized by CSS) above what the card adds beneath. */
function MapCard({
  title,
  map,
  children,
}: {
  readonly title: string;
  readonly map: Omit<BoxMapProps, 'width' | 'height' | 'fontSize'>;
  readonly children: ReactNode;
}) {
  const t = useMessages();
  return (
    <FigureCard title={title}>
      <Sized className="strat-plot-box is-square">
        {(size) => <BoxMap {...size} {...map} description={describeBoxMap(map, t)} />}
      </Sized>
      {children}
    </FigureCard>
  );
}

/** A strategy's best value (emphasized) and its regret against the known optimum; a dash before any. */
function BestAndRegret({
  label,
  best,
  objective,
  testIds,
}: {
  readonly label: string;
  readonly best: number | null;
  readonly objective: Objective;
  readonly testIds: readonly [best: string, regret: string];
}) {
  const t = useMessages();
  const optimum = objective.optimum?.value ?? NaN;
  return (
    <>
      <Stat
        label={label}
        value={best === null ? '—' : formatNumber(best, 4)}
        testId={testIds[0]}
        emphasis
      />
      <Stat
        label={t.ctfRegret}
        value={best === null ? '—' : formatRegret(regret(best, optimum, objective.goal))}
        testId={testIds[1]}
      />
    </>
  );
}

/** The figure's controls as its link carries them (labLink.ts); a drawn box is not carried. */
const CTF_LINK = {
  objective: oneOf<string>(CTF_OBJECTIVES, CTF_DEFAULTS.objective),
  nCoarse: int(3, 60, CTF_DEFAULTS.nCoarse),
  nFine: int(1, 60, CTF_DEFAULTS.nFine),
  share: num(0.05, 0.8, CTF_DEFAULTS.share),
  seed: seedField(CTF_DEFAULTS.seed),
};

export default function CoarseToFineFigure() {
  const t = useMessages();
  const link = useLabLink('coarse-to-fine', CTF_LINK);
  const { objective: objectiveId, nCoarse, nFine, share, seed } = link.values;
  const setObjectiveId = (v: string) => link.set({ objective: v });
  const setNCoarse = (v: number) => link.set({ nCoarse: v });
  const setNFine = (v: number) => link.set({ nFine: v });
  const setShare = (v: number) => link.set({ share: v });
  const setSeed = (v: number) => link.set({ seed: v });
  // A drawn box belongs to the coarse stage it was drawn on; a new stage brings back the proposal.
  const stageKey = `${objectiveId}|${nCoarse}|${seed}`;
  const [drawn, setDrawn] = useState<{ key: string; box: Bounds } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const obj = useMemo(() => getObjective(objectiveId) as Objective, [objectiveId]);

  const coarse = useMemo(() => coarseStage(obj, nCoarse, seed), [obj, nCoarse, seed]);
  const proposed = useMemo(() => proposeBox(obj, coarse, share), [obj, coarse, share]);
  const isDrawn = drawn !== null && drawn.key === stageKey;
  const box = isDrawn ? drawn.box : proposed;
  const fine = useMemo(() => fineStage(obj, box, nFine, seed), [obj, box, nFine, seed]);

  const { coarseBest, overall, improved } = summarize(obj, coarse, box, fine);
  const allYs = [...coarse.ys, ...fine.ys];
  const fmtBest = (v: number | null) => (v === null ? '—' : formatNumber(v, 4));
  const outcome = fillTemplate(improved ? t.ctfImproved : t.ctfNotImproved, {
    coarse: fmtBest(coarseBest),
    fine: fmtBest(overall),
  });
  const points: MapPoint[] = [
    ...coarse.xs.map((p) => ({ x: p[0] as number, y: p[1] as number, kind: 'coarse' as const })),
    ...fine.xs.map((p) => ({ x: p[0] as number, y: p[1] as number, kind: 'fine' as const })),
  ];

  const sdr = useSimRun();
  const budget = nCoarse + nFine;
  const runSdr = sdr.run;
  useEffect(() => {
    // A slider being dragged changes the budget many times a second: start one study when it rests.
    const timer = setTimeout(
      () => runSdr([{ kind: 'sdr', objective: objectiveId, budget, seed }]),
      200,
    );
    return () => clearTimeout(timer);
  }, [runSdr, objectiveId, budget, seed]);
  const sdrResult = sdr.state.results[0];
  const sdrTrace = sdrResult?.kind === 'sdr' ? sdrResult : null;
  const sdrInit = labInitPoints(obj, budget);
  const sdrPoints: MapPoint[] = sdrTrace
    ? sdrTrace.xs.map((p, i) => ({
        x: p[0] as number,
        y: p[1] as number,
        kind: i < sdrInit ? ('init' as const) : ('bo' as const),
      }))
    : [];
  const sdrBest = sdrTrace ? bestOf(sdrTrace.ys, obj.goal) : null;
  const lastBox = sdrTrace?.boxes.at(-1) ?? null;
  const area = (b: Bounds) => b.lower.reduce((a, lo, k) => a * ((b.upper[k] as number) - lo), 1);
  const domain = { lower: obj.dims.map((d) => d.min), upper: obj.dims.map((d) => d.max) };

  const onDrawBox = (b: Bounds) => {
    const tooSmall = b.lower.some(
      (lo, k) =>
        (b.upper[k] as number) - lo <
        MIN_SHARE * ((domain.upper[k] as number) - (domain.lower[k] as number)),
    );
    if (tooSmall) {
      setNotice(t.ctfBoxTooSmall);
      return;
    }
    setNotice(null);
    setDrawn({ key: stageKey, box: b });
  };

  const manualLegend: LegendItem[] = [
    { key: 'coarse', label: t.ctfLegendCoarse, swatch: 'hollow', className: 'map-pt is-coarse' },
    { key: 'fine', label: t.ctfLegendFine, swatch: 'diamond', className: 'map-pt is-fine' },
    { key: 'best', label: t.ctfLegendBest, swatch: 'star', className: 'map-best' },
    { key: 'box', label: t.ctfLegendBox, swatch: 'dashed', className: 'map-box' },
  ];
  const sdrLegend: LegendItem[] = [
    { key: 'init', label: t.ctfLegendInit, swatch: 'hollow', className: 'map-pt is-init' },
    { key: 'bo', label: t.ctfLegendBo, swatch: 'diamond', className: 'map-pt is-bo' },
    { key: 'best', label: t.ctfLegendBest, swatch: 'star', className: 'map-best' },
    { key: 'box', label: t.ctfLegendBox, swatch: 'dashed', className: 'map-box' },
  ];

  return (
    <article className="lab-fig ctf-fig">
      <FigureHead title={t.labFigCoarseToFine} lede={t.ctfLede} />
      <LinkResetNotice reset={link.reset} />
      <Controls>
        <ObjectiveSelect ids={CTF_OBJECTIVES} value={objectiveId} onChange={setObjectiveId} />
        <Slider
          label={t.ctfCoarse}
          value={nCoarse}
          min={3}
          max={60}
          step={1}
          onChange={setNCoarse}
        />
        <Slider label={t.ctfFine} value={nFine} min={1} max={60} step={1} onChange={setNFine} />
        <Slider
          label={t.ctfBoxSize}
          value={share}
          min={0.05}
          max={0.8}
          step={0.05}
          onChange={(v) => {
            setShare(v);
            setDrawn(null);
          }}
          digits={2}
        />
        <button
          type="button"
          onClick={() => {
            setDrawn(null);
            setNotice(null);
          }}
        >
          {t.ctfPropose}
        </button>
        <SeedControl seed={seed} onChange={setSeed} />
      </Controls>
      <div className="strat-pair">
        <MapCard
          title={t.ctfManualTitle}
          map={{
            objective: obj,
            points,
            best: indexOfBest(allYs, obj.goal),
            box,
            legend: manualLegend,
            onDrawBox,
            ariaLabel: t.ctfManualPlot,
          }}
        >
          <p className={`lab-note${notice ? ' is-error' : ''}`} role="status">
            {notice ?? t.ctfDragHint}
          </p>
          <Stats>
            <Stat label={t.ctfCoarseBest} value={fmtBest(coarseBest)} testId="ctf-coarse-best" />
            <BestAndRegret
              label={t.ctfFineBest}
              best={overall}
              objective={obj}
              testIds={['ctf-fine-best', 'ctf-manual-regret']}
            />
            <Stat
              label={`${t.ctfBox} (${isDrawn ? t.ctfBoxDrawn : t.ctfBoxProposed})`}
              value={fmtBox(box, t.ctfBoxValue)}
              testId="ctf-box"
            />
          </Stats>
          <p className="lab-note" data-testid="ctf-outcome">
            {outcome}
          </p>
        </MapCard>
        <MapCard
          title={t.ctfSdrTitle}
          map={{
            objective: obj,
            points: sdrPoints,
            best: sdrTrace ? indexOfBest(sdrTrace.ys, obj.goal) : -1,
            box: lastBox,
            trail: sdrTrace ? sdrTrace.boxes.slice(sdrInit + 1) : [],
            legend: sdrLegend,
            ariaLabel: t.ctfSdrPlot,
          }}
        >
          <RunBar
            state={sdr.state}
            onRun={() => undefined}
            onCancel={sdr.cancel}
            testId="ctf-sdr-status"
            showRun={false}
          />
          <Stats>
            <BestAndRegret
              label={t.ctfSdrBest}
              best={sdrBest}
              objective={obj}
              testIds={['ctf-sdr-best', 'ctf-sdr-regret']}
            />
            <Stat
              label={t.ctfSdrFinalBox}
              value={lastBox ? `${formatNumber((100 * area(lastBox)) / area(domain), 3)}%` : '—'}
              testId="ctf-sdr-area"
            />
          </Stats>
        </MapCard>
      </div>
    </article>
  );
}
