import { useMessages } from '../../i18n/locale.ts';

/** Placeholder until the figure is built (issue 6). */
export default function HyperbandFigure() {
  const t = useMessages();
  return <h2>{t.labFigHyperband}</h2>;
}
