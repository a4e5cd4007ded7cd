import { lazyView } from './lazyView.tsx';

/**
 * The 2D view (HeatmapStack.tsx: the heatmaps, contours, colour ramps and the surface service's
 * client), loaded on first use. main.tsx awaits it before the first render when the study opens in
 * 2D, and fetches it in the background after the first screen, so switching to a 2D objective
 * later draws at once.
 */
const heatmaps = lazyView(() => import('./HeatmapStack.tsx').then((m) => m.HeatmapStack));
export const loadHeatmapStack = heatmaps.load;
export const LazyHeatmapStack = heatmaps.View;
