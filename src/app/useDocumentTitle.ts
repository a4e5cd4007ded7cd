import { useEffect } from 'react';
import { useMessages } from '../i18n/locale.ts';
import type { MessageKey } from '../i18n/messages.ts';
import { useRoute, type Section } from '../routing.ts';
import { fill } from '../widgets/format.ts';

/** The header's words for each section, so the tab says what the nav says. */
export const SECTION_LABEL: Readonly<Record<Section, MessageKey>> = {
  bo: 'navBo',
  network: 'navNetwork',
  lab: 'navLab',
  deck: 'deckNav',
};

/**
 * Names the browser tab (and a bookmark, and a shared link's history entry) after the section
 * shown, in the language shown: "Tune a network — BO Playground", "신경망 튜닝 — BO Playground".
 */
export function useDocumentTitle(): void {
  const t = useMessages();
  const { section } = useRoute();
  const title = fill(t.presDocumentTitle, { section: t[SECTION_LABEL[section]], app: t.appName });
  useEffect(() => {
    document.title = title;
  }, [title]);
}
