import { useMemo } from 'react';
import type { Analysis } from '../bo/analysis.ts';
import { pairView } from '../bo/pairView.ts';
import type { LoopState } from '../bo/types.ts';
import type { PointSet } from '../math/types.ts';
import type { AnalysisPending } from '../store/useAnalysis.ts';
import type { StudyView } from './useStudy.ts';
import { SelectField, type Option } from '../widgets/SelectField.tsx';

const noDrag = () => undefined;

/**
 * The maps' study for the pair `order` puts first, recomputed only when one of them changes: no
 * truth to draw (NaN everywhere: a trained network, or dims held off the maps' plane) and no point
 * to drag (a drag would move the point in the held dims too).
 */
export function usePairStudy(
  state: LoopState,
  analysis: Analysis,
  grid: PointSet,
  order: readonly number[],
  pending: AnalysisPending,
): StudyView {
  const key = order.join(',');
  const view = useMemo(
    () => pairView(state, analysis, grid, key.split(',').map(Number)),
    [state, analysis, grid, key],
  );
  const truth = useMemo(() => new Float64Array(view.grid.n).fill(NaN), [view.grid]);
  return useMemo(() => ({ ...view, pending, truth, setDrag: noDrag }), [view, pending, truth]);
}

/**
 * Which two dims the maps show: two selects over the same options; picking the other's value swaps
 * them, so x and y never name the same dim.
 */
export function PairPicker<T extends string>({
  options,
  x,
  y,
  onChange,
  labels,
  className,
}: {
  options: readonly Option<T>[];
  x: T;
  y: T;
  onChange: (axes: readonly [T, T]) => void;
  labels: { readonly group: string; readonly x: string; readonly y: string };
  className: string;
}) {
  return (
    <div className={`field-row ${className}`} role="group" aria-label={labels.group}>
      <SelectField
        label={labels.x}
        value={x}
        options={options}
        onChange={(v) => onChange([v, v === y ? x : y])}
      />
      <SelectField
        label={labels.y}
        value={y}
        options={options}
        onChange={(v) => onChange([v === x ? y : x, v])}
      />
    </div>
  );
}
