import { useRef, useState, type ReactNode } from 'react';
import { useMessages } from '../i18n/locale.ts';

/**
 * A link in a read-only field with Copy beside it, for every section that shares a link. Where the
 * clipboard refuses (no permission, an insecure origin), the link is selected so Ctrl+C copies it,
 * and the status line says so.
 */
export function LinkField({
  id,
  label,
  link,
  hint,
  children,
}: {
  /** The id prefix of the field and its status line. */
  readonly id: string;
  readonly label: string;
  readonly link: string;
  /** What the status line says before a copy. */
  readonly hint: string;
  /** More below the status line (e.g. a long-link warning). */
  readonly children?: ReactNode;
}) {
  const t = useMessages();
  const [copy, setCopy] = useState<'idle' | 'done' | 'failed'>('idle');
  const field = useRef<HTMLInputElement>(null);
  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopy('done');
    } catch {
      field.current?.select();
      setCopy('failed');
    }
  };
  return (
    <div className="field">
      <label htmlFor={`${id}-link`}>{label}</label>
      <div className="share-link-row">
        <input
          id={`${id}-link`}
          ref={field}
          className="share-link"
          type="text"
          readOnly
          value={link}
          onFocus={(e) => e.currentTarget.select()}
          aria-describedby={`${id}-link-status`}
        />
        <button type="button" className="primary" onClick={() => void copyLink()}>
          {t.shareCopyLink}
        </button>
      </div>
      <p id={`${id}-link-status`} className="hint" aria-live="polite">
        {copy === 'done' ? t.shareCopied : copy === 'failed' ? t.shareCopyFailed : hint}
      </p>
      {children}
    </div>
  );
}
