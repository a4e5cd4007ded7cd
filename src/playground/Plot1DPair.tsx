import { memo, type ReactNode } from 'react';
import { AcquisitionPlot1D, type AcquisitionPlot1DProps } from '../plots/AcquisitionPlot1D.tsx';
import { ObjectivePlot1D, type ObjectivePlot1DProps } from '../plots/ObjectivePlot1D.tsx';
import { Sized } from '../widgets/Sized.tsx';

/** What both plots take from the pair, and what the box gives them (its measured size). */
type Shared = 'xDomain' | 'scale' | 'grid' | 'width' | 'height' | 'fontSize';

export interface Plot1DPairProps {
  readonly xDomain: ObjectivePlot1DProps['xDomain'];
  readonly scale: ObjectivePlot1DProps['scale'];
  readonly grid: ObjectivePlot1DProps['grid'];
  /** Class names of the two plot boxes (their sizes come from CSS). */
  readonly boxClass: readonly [objective: string, acquisition: string];
  readonly objective: Omit<ObjectivePlot1DProps, Shared>;
  readonly acquisition: Omit<AcquisitionPlot1DProps, Shared>;
  /** Drawn instead of the acquisition plot (the compare view's small multiples). */
  readonly lower?: ReactNode;
}

/**
 * The objective plot over its acquisition plot on one x axis: one domain, scale and grid, so the
 * next point's guide line runs straight through both. The main 1D view and the 2D slices use it.
 */
export const Plot1DPair = memo(function Plot1DPair({
  xDomain,
  scale,
  grid,
  boxClass,
  objective,
  acquisition,
  lower,
}: Plot1DPairProps) {
  const axis = { xDomain, scale, grid };
  return (
    <>
      <Sized className={boxClass[0]}>
        {(size) => <ObjectivePlot1D {...size} {...axis} {...objective} />}
      </Sized>
      {lower ?? (
        <Sized className={boxClass[1]}>
          {(size) => <AcquisitionPlot1D {...size} {...axis} {...acquisition} />}
        </Sized>
      )}
    </>
  );
});
