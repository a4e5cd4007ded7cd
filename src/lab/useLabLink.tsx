import { useEffect, useState } from 'react';
import { useMessages } from '../i18n/locale.ts';
import { fillTemplate } from '../plots/format.ts';
import { writeAddressParam } from '../share/addressBar.ts';
import { readLinkParam } from '../share/linkAddress.ts';
import {
  decodeLab,
  defaultsOf,
  encodeLab,
  LAB_LINK_PARAM,
  type Schema,
  type ValuesOf,
} from './labLink.ts';

/**
 * A lab figure's controls, held in the link (labLink.ts): they start from the address the figure
 * opened with (its defaults when the address names none, or another figure), and every change is
 * written back into the address bar (share/addressBar.ts), so that the address reproduces the
 * figure. `reset` names the values the link set that the figure could not use.
 */
export function useLabLink<S extends Schema>(
  figure: string,
  schema: S,
): {
  readonly values: ValuesOf<S>;
  readonly set: (patch: Partial<ValuesOf<S>>) => void;
  readonly reset: readonly string[];
} {
  const [opened] = useState(() => {
    const loc = globalThis.location;
    const param = loc ? readLinkParam(LAB_LINK_PARAM, loc.search, loc.hash) : null;
    return decodeLab(figure, schema, param);
  });
  const [values, setValues] = useState<ValuesOf<S>>(() => opened?.values ?? defaultsOf(schema));
  const [written, setWritten] = useState(false);

  useEffect(() => {
    // A figure opened without a link keeps a plain address until a control moves.
    if (!written && !opened) return;
    writeAddressParam(LAB_LINK_PARAM, encodeLab(figure, schema, values));
  }, [figure, schema, values, written, opened]);

  const set = (patch: Partial<ValuesOf<S>>) => {
    setValues((v) => ({ ...v, ...patch }));
    setWritten(true);
  };
  return { values, set, reset: opened?.reset ?? [] };
}

/** Names the link's values the figure could not use, so a stale link is never silently odd. */
export function LinkResetNotice({ reset }: { readonly reset: readonly string[] }) {
  const t = useMessages();
  if (reset.length === 0) return null;
  return (
    <p className="hint lab-link-reset" role="status">
      {fillTemplate(t.labLinkReset, { names: reset.join(', ') })}
    </p>
  );
}
