import { useEffect, useState, type ComponentProps } from 'react';
import { useMessages } from '../i18n/locale.ts';

type Module = typeof import('./HeatmapStack.tsx');

let loaded: Module | null = null;
let loading: Promise<Module> | null = null;

/**
 * Loads the 2D view's code (the heatmaps, contours, colour ramps and the surface service's client)
 * once. main.tsx awaits it before the first render when the study opens in 2D, and fetches it in
 * the background after the first screen, so switching to a 2D objective later draws at once. A
 * failed load (offline before the app was cached) is forgotten, so Retry tries again.
 */
export function loadHeatmapStack(): Promise<Module> {
  loading ??= import('./HeatmapStack.tsx').then(
    (m) => (loaded = m),
    (e: unknown) => {
      loading = null;
      throw e;
    },
  );
  return loading;
}

/**
 * The 2D view (HeatmapStack.tsx), loaded on first use: the seed screen is 1D. Code that is already
 * here renders in the same frame (no fallback, unlike React.lazy, which waits a tick).
 */
export function LazyHeatmapStack(props: ComponentProps<Module['HeatmapStack']>) {
  const t = useMessages();
  const [view, setView] = useState<Module | 'failed' | null>(loaded);
  useEffect(() => {
    if (view !== null) return;
    let live = true;
    loadHeatmapStack().then(
      (m) => live && setView(m),
      () => live && setView('failed'),
    );
    return () => {
      live = false;
    };
  }, [view]);
  if (view === 'failed')
    return (
      <div className="plot-loading" role="alert">
        <p>{t.sectionLoadFailed}</p>
        <p>{t.sectionLoadFailedWhy}</p>
        <button type="button" onClick={() => setView(null)}>
          {t.sectionRetry}
        </button>
      </div>
    );
  if (view === null) return <p className="plot-loading">{t.loadingSection}</p>;
  return <view.HeatmapStack {...props} />;
}
