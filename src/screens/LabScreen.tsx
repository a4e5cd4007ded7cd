import '../lab/lab.css';
import { LazySection } from '../app/LazySection.tsx';
import { useMessages } from '../i18n/locale.ts';
import { FIGURES, figureFor } from '../lab/figures.ts';
import { routeHref } from '../routing.ts';
import { LAB_LINK_PARAM } from '../lab/labLink.ts';
import { SectionShare } from '../present/SectionShare.tsx';
import type { SectionFigureId } from '../store/viewMode.ts';

const NO_PROPS = {};

/** The search-strategies lab: the list of figures on the left, the chosen figure beside it. */
export default function LabScreen({ figure }: { readonly figure: string }) {
  const t = useMessages();
  const current = figureFor(figure);
  return (
    <main className="lab">
      <nav className="lab-nav" aria-label={t.labFiguresLabel}>
        <ol>
          {FIGURES.map((f) => (
            <li key={f.id}>
              <a
                href={routeHref('lab', f.id)}
                aria-current={f.id === current.id ? 'page' : undefined}
              >
                {t[f.title]}
              </a>
            </li>
          ))}
        </ol>
      </nav>
      <section className="lab-figure" aria-labelledby="lab-figure-title" data-figure={current.id}>
        {/* Keyed by figure: a figure that failed to load does not hold back the next one chosen. */}
        <LazySection key={current.id} load={current.load} props={NO_PROPS} />
        <SectionShare
          key={`share-${current.id}`}
          figure={current.id as SectionFigureId}
          name={t[current.title]}
          root=".lab-figure"
          param={LAB_LINK_PARAM}
        />
      </section>
    </main>
  );
}
