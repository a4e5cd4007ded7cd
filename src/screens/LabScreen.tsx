import '../lab/lab.css';
import { Suspense } from 'react';
import { useMessages } from '../i18n/locale.ts';
import { FIGURES, figureFor } from '../lab/figures.ts';
import { routeHref } from '../routing.ts';

/** The search-strategies lab: the list of figures on the left, the chosen figure beside it. */
export default function LabScreen({ figure }: { readonly figure: string }) {
  const t = useMessages();
  const current = figureFor(figure);
  const Figure = current.Component;
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
        <Suspense fallback={<p className="screen-loading">{t.loadingSection}</p>}>
          <Figure />
        </Suspense>
      </section>
    </main>
  );
}
