import './helpDialog.css';
import { useEffect, useRef } from 'react';
import { useMessages } from '../i18n/locale.ts';
import { COMMANDS } from './commands.ts';
import { useStore } from '../store/store.ts';

/**
 * The shortcut list, generated from the same commands the buttons and keys use. A native modal
 * <dialog>: it traps focus, closes on Escape, and gives focus back to where it was.
 */
export function HelpDialog() {
  const t = useMessages();
  const open = useStore((s) => s.helpOpen);
  const setHelpOpen = useStore((s) => s.setHelpOpen);
  const ref = useRef<HTMLDialogElement>(null);
  const presenting = useStore((s) => s.presenting);
  const openTour = useStore((s) => s.setTourOpen);

  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="help-dialog"
      aria-labelledby="help-title"
      onClose={() => setHelpOpen(false)}
      onClick={(e) => {
        // A click on the backdrop lands on the dialog element itself.
        if (e.target === e.currentTarget) setHelpOpen(false);
      }}
    >
      <div className="help-body">
        <h2 id="help-title">{t.helpTitle}</h2>
        <p className="hint">{t.helpIntro}</p>
        <p className="hint">{t.helpSpaceRule}</p>
        <table className="shortcuts">
          <tbody>
            {COMMANDS.filter((c) => c.shortcut).map((c) => {
              const d = c.shortcut?.display;
              return (
                <tr key={c.id}>
                  <th scope="row">
                    <kbd>{d && ('text' in d ? d.text : t[d.message])}</kbd>
                  </th>
                  <td>{t[c.helpLabel]}</td>
                </tr>
              );
            })}
            <tr>
              <th scope="row">
                <kbd>{t.keyEscape}</kbd>
              </th>
              <td>{t.closeHelp}</td>
            </tr>
          </tbody>
        </table>
        {/* Close comes first so the dialog focuses it; the row is reversed on screen. */}
        <div className="help-actions">
          <button type="button" className="primary" onClick={() => setHelpOpen(false)} autoFocus>
            {t.close}
          </button>
          {!presenting && (
            <button
              type="button"
              onClick={() => {
                setHelpOpen(false);
                openTour(true);
              }}
            >
              {t.presTourTake}
            </button>
          )}
        </div>
      </div>
    </dialog>
  );
}
