import { useEffect, useState, type ComponentType, type ReactNode } from 'react';
import { useMessages } from '../i18n/locale.ts';

/**
 * A view whose code loads on first use (the seed screen is 1D: the 2D maps and the N-D view wait),
 * written once for each of them. `load` fetches it once (main.tsx may await it before the first
 * render, or start it in the background); code that is already here renders in the same frame
 * (unlike React.lazy, which waits a tick); a failed load (offline before the app was cached) says
 * so with Retry and is forgotten, so Retry fetches again. `quiet`: nothing shown while loading.
 */
export function lazyView<P extends object>(
  importer: () => Promise<ComponentType<P>>,
  { quiet = false } = {},
): { load: () => Promise<ComponentType<P>>; View: (props: P) => ReactNode } {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  const load = () => {
    loading ??= importer().then(
      (c) => (loaded = c),
      (e: unknown) => {
        loading = null;
        throw e;
      },
    );
    return loading;
  };
  function View(props: P) {
    const t = useMessages();
    const [view, setView] = useState<{ C: ComponentType<P> } | 'failed' | null>(
      loaded && { C: loaded },
    );
    useEffect(() => {
      if (view !== null) return undefined;
      let live = true;
      load().then(
        (C) => live && setView({ C }),
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
    if (view === null) return quiet ? null : <p className="plot-loading">{t.loadingSection}</p>;
    return <view.C {...props} />;
  }
  return { load, View };
}
