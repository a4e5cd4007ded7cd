/**
 * When the formula parser (mathjs, loaded on demand: src/objectives/formulaParser.ts) must be there
 * before the first render: the address names a study (`s=`, in the query or the fragment), or this
 * browser holds a saved session, either of which may be a typed formula. A plain first visit (the
 * seed example) never waits for it; the formula form fetches it as it opens.
 */
import { LINK_PARAM } from '../share/linkCodec.ts';
import { readLinkParam } from '../share/linkAddress.ts';
import { browserStorage, SESSION_KEY, UNREAD_KEY } from '../share/session.ts';

export function formulaMayBoot(
  search = globalThis.location?.search ?? '',
  hash = globalThis.location?.hash ?? '',
): boolean {
  if (readLinkParam(LINK_PARAM, search, hash)) return true;
  try {
    const store = browserStorage();
    return Boolean(store?.getItem(SESSION_KEY) || store?.getItem(UNREAD_KEY));
  } catch {
    return false; // storage refused (privacy mode): nothing saved to boot
  }
}
