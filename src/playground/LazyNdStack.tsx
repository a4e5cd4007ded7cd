import { lazy, Suspense, type ComponentProps } from 'react';
import { useMessages } from '../i18n/locale.ts';

// Studies of three or more dims are rare on the first screen: their view loads when one opens.
const NdStack = lazy(() => import('./NdStack.tsx'));
const NextTrialPanel = lazy(() => import('./NextTrialCard.tsx'));

/** The N-D view (NdStack.tsx), loaded on first use; the BO screen, present mode and embeds share it. */
export function LazyNdStack(props: ComponentProps<typeof NdStack>) {
  const t = useMessages();
  return (
    <Suspense fallback={<p className="plot-loading">{t.loadingSection}</p>}>
      <NdStack {...props} />
    </Suspense>
  );
}

/** The next trial and its Record form, for a study without a formula of one or two dims. */
export function LazyNextTrial(props: ComponentProps<typeof NextTrialPanel>) {
  return (
    <Suspense fallback={null}>
      <NextTrialPanel {...props} />
    </Suspense>
  );
}
