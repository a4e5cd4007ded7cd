import './updateNotice.css';
import { useEffect, useState } from 'react';
import { useMessages } from '../i18n/locale.ts';

/**
 * Registers the service worker (a built page only: never the dev server or tests) and, when a new
 * version has been downloaded and waits, says so with a Reload button. The new worker takes over
 * only when the user accepts, so a study on screen is never swapped out mid-step; Later keeps the
 * current version until the next visit.
 */
export function UpdateNotice() {
  const t = useMessages();
  const [accept, setAccept] = useState<(() => void) | null>(null);
  useEffect(() => {
    if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return undefined;
    let live = true;
    // workbox-window is loaded after the first screen: no part of the first load.
    void import('workbox-window')
      .then(({ Workbox }) => {
        if (!live) return;
        const wb = new Workbox('./sw.js', { scope: './' });
        wb.addEventListener('waiting', () => {
          setAccept(() => () => {
            wb.addEventListener('controlling', () => window.location.reload());
            wb.messageSkipWaiting();
          });
        });
        return wb.register();
      })
      .catch(() => undefined); // no offline copy this time; the app itself is unaffected
    return () => {
      live = false;
    };
  }, []);
  if (accept === null) return null;
  return (
    <div className="update-notice" role="status">
      <span>{t.updateReady}</span>
      <button type="button" className="primary" onClick={accept}>
        {t.updateReload}
      </button>
      <button type="button" onClick={() => setAccept(null)}>
        {t.updateLater}
      </button>
    </div>
  );
}
