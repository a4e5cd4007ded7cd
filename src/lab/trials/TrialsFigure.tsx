import { useMessages } from '../../i18n/locale.ts';

/** Placeholder until the figure is built (issue 6). */
export default function TrialsFigure() {
  const t = useMessages();
  return <h2>{t.labFigTrials}</h2>;
}
