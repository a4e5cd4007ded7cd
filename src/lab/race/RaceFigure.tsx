import { useMessages } from '../../i18n/locale.ts';

/** Placeholder until the figure is built (issue 6). */
export default function RaceFigure() {
  const t = useMessages();
  return <h2>{t.labFigRace}</h2>;
}
