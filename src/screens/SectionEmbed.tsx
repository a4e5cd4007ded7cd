import '../lab/lab.css';
import '../present/present.css';
import { LazySection } from '../app/LazySection.tsx';
import { figureFor } from '../lab/figures.ts';
import type { SectionFigureId } from '../store/viewMode.ts';
import NetworkScreen from './NetworkScreen.tsx';

const NO_PROPS = {};

/**
 * A figure of another section alone in an iframe (?embed=1&figure=<id>): a lab figure with the
 * controls its link set (`l`), or the network study its link holds (`net`, never re-trained on
 * opening). Both stay live: the figure's sliders still move, as on the page.
 */
export default function SectionEmbed({ figure }: { readonly figure: SectionFigureId }) {
  if (figure === 'network') return <NetworkScreen />;
  const lab = figureFor(figure);
  return (
    <main className="embed-screen lab-embed" data-figure={lab.id}>
      <section className="lab-figure" aria-labelledby="lab-figure-title" data-figure={lab.id}>
        <LazySection key={lab.id} load={lab.load} props={NO_PROPS} />
      </section>
    </main>
  );
}
