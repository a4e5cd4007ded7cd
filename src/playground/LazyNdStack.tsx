import { lazyView } from './lazyView.tsx';

/**
 * The N-D view (NdStack.tsx) for three or more dims, loaded when such a study opens (main.tsx
 * awaits it before the first render when the study on the address has them); the BO screen,
 * present mode and embeds share it.
 */
const nd = lazyView(() => import('./NdStack.tsx').then((m) => m.default));
export const loadNdStack = nd.load;
export const LazyNdStack = nd.View;

/** The next trial and its Record form, for a study without a formula of one or two dims. */
export const LazyNextTrial = lazyView(() => import('./NextTrialCard.tsx').then((m) => m.default), {
  quiet: true,
}).View;
