import { WORDS_LABEL, type FrameAxis } from './PlotFrame.tsx';

/**
 * An axis titled in words (set upright, not as a math symbol), `labelOffset` px from its line;
 * PlotFrame's default distance when left out.
 */
export function wordsAxis(
  ticks: FrameAxis['ticks'],
  scale: FrameAxis['scale'],
  label: string,
  labelOffset?: number,
): FrameAxis {
  const axis = { ticks, scale, label, labelClassName: WORDS_LABEL };
  return labelOffset === undefined ? axis : { ...axis, labelOffset };
}
