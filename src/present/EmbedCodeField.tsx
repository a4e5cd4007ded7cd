import { useMessages } from '../i18n/locale.ts';
import { embedCode } from './embedCode.ts';

/** The iframe code for an embed address, selected on focus, with what it is for. */
export function EmbedCodeField({
  id,
  href,
  name,
}: {
  readonly id: string;
  /** The embed's address (embedHref): the state on screen, ?embed=1&figure=<id>. */
  readonly href: string;
  readonly name: string;
}) {
  const t = useMessages();
  return (
    <div className="field">
      <label htmlFor={`${id}-embed`}>{t.presEmbedCode}</label>
      <textarea
        id={`${id}-embed`}
        className="embed-code"
        readOnly
        rows={3}
        value={embedCode(href, name)}
        aria-describedby={`${id}-embed-hint`}
        onFocus={(e) => e.currentTarget.select()}
      />
      <p id={`${id}-embed-hint`} className="hint">
        {t.presEmbedCodeHint}
      </p>
    </div>
  );
}
