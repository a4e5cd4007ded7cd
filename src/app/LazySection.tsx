import { Component, lazy, Suspense, useState, type ComponentType, type ReactNode } from 'react';
import './shell.css';
import { useMessages } from '../i18n/locale.ts';
import { fill } from '../widgets/format.ts';

/** A section's code, loaded on demand (a dynamic import of its module). */
export type SectionLoader<P> = () => Promise<{ readonly default: ComponentType<P> }>;

/** The section's code did not arrive (offline, or a redeploy removed the chunk this page names). */
class SectionLoadError extends Error {
  constructor(cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
    this.name = 'SectionLoadError';
  }
}

/**
 * One lazy component per loader, shared by every mount (going back to a section does not wait
 * again). React.lazy keeps a rejected import for good, so Retry drops the entry and the next
 * render makes a new one, which imports afresh.
 */
const sections = new Map<unknown, unknown>();

function lazySection<P>(load: SectionLoader<P>): ComponentType<P> {
  const known = sections.get(load) as ComponentType<P> | undefined;
  if (known) return known;
  const made = lazy(() =>
    load().catch((e: unknown) => {
      // Forgotten at once: the next mount (the user comes back to the section) loads afresh.
      if (sections.get(load) === made) sections.delete(load);
      throw new SectionLoadError(e);
    }),
  ) as unknown as ComponentType<P>;
  sections.set(load, made);
  return made;
}

interface BoundaryProps {
  readonly onRetry: () => void;
  readonly children: ReactNode;
}

/**
 * Catches what a section throws, so a failed load or a crash replaces that section alone with a
 * message and Retry: the header, the other sections and the study in the store stay as they were.
 */
class SectionBoundary extends Component<BoundaryProps, { error: unknown }> {
  override state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override render() {
    const { error } = this.state;
    if (error === null) return this.props.children;
    return <SectionFailed error={error} onRetry={this.props.onRetry} />;
  }
}

function SectionFailed({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const t = useMessages();
  const loadFailed = error instanceof SectionLoadError;
  // A long stack-like message would push Retry off the screen.
  const detail = (error instanceof Error ? error.message : String(error)).slice(0, 200);
  return (
    <div className="section-failed share-notice tone-error" role="alert">
      <div className="share-notice-body">
        <p>{loadFailed ? t.sectionLoadFailed : fill(t.sectionCrashed, { detail })}</p>
        <p>{loadFailed ? t.sectionLoadFailedWhy : t.sectionCrashedWhy}</p>
      </div>
      <div className="share-notice-actions">
        <button type="button" className="primary" onClick={onRetry}>
          {t.sectionRetry}
        </button>
      </div>
    </div>
  );
}

/**
 * A lazily loaded section inside its own error boundary and loading message. Retry imports the
 * section's code again (a chunk that failed may load now) and mounts it afresh.
 */
export function LazySection<P extends object>({
  load,
  props,
}: {
  readonly load: SectionLoader<P>;
  readonly props: P;
}) {
  const t = useMessages();
  // Held in state, not made in render: one lazy component per attempt. `load` is fixed for a
  // mount (key the section by what it loads).
  const [{ Section, attempt }, setLoaded] = useState(() => ({
    Section: lazySection(load),
    attempt: 0,
  }));
  const retry = () => {
    sections.delete(load);
    setLoaded((l) => ({ Section: lazySection(load), attempt: l.attempt + 1 }));
  };
  return (
    <SectionBoundary key={attempt} onRetry={retry}>
      <Suspense fallback={<p className="screen-loading">{t.loadingSection}</p>}>
        <Section {...props} />
      </Suspense>
    </SectionBoundary>
  );
}
