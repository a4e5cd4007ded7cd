import { useMessages } from '../i18n/locale.ts';

/** The network-tuning section (issue 5). Replaced by its real screen. */
export default function NetworkScreen() {
  const t = useMessages();
  return (
    <main className="workspace">
      <h2>{t.navNetwork}</h2>
    </main>
  );
}
