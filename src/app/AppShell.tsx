import './shell.css';
import { useEffect, type ReactNode } from 'react';
import { useKeyboard } from '../playground/useKeyboard.ts';
import { usePlayback } from '../playground/usePlayback.ts';
import { followPastedLinks } from '../share/boot.ts';
import { startAutosave } from '../share/shareActions.ts';
import { followStudyInAddress } from '../share/studyAddress.ts';
import { useRoute } from '../routing.ts';
import { printOnPaper } from './printOnPaper.ts';
import { ServicesProvider, type Services } from './services.tsx';
import type { ShellPolicy } from './shellPolicy.ts';
import { UpdateNotice } from './UpdateNotice.tsx';
import { useDocumentTitle } from './useDocumentTitle.ts';

/**
 * Runs the app-wide effects (autosave, Play, keyboard shortcuts, pasted links, the tab's title,
 * printing on paper) for every view, as
 * its policy says (shellPolicy.ts), around whatever the view shows. App renders it at the same
 * place in every view, so switching to presentation mode and back never restarts autosave.
 * Screens are layout only. It provides the services startup made (startup.ts startServices); a
 * shell without them (a test) leaves each view on its fallback.
 */
export function AppShell({
  policy,
  services,
  children,
}: {
  readonly policy: ShellPolicy;
  readonly services?: Services;
  readonly children: ReactNode;
}) {
  const { autosave, followLinks, playback, commands } = policy;
  useEffect(() => (autosave ? startAutosave() : undefined), [autosave]);
  useEffect(() => (followLinks ? followPastedLinks() : undefined), [followLinks]);
  // The address bar is the link (share/addressBar.ts): on the BO screen it follows the study.
  const onBo = useRoute().section === 'bo';
  useEffect(() => (followLinks && onBo ? followStudyInAddress() : undefined), [followLinks, onBo]);
  usePlayback(playback);
  useKeyboard(commands);
  useDocumentTitle();
  useEffect(printOnPaper, []);
  return (
    <>
      {services ? <ServicesProvider services={services}>{children}</ServicesProvider> : children}
      <UpdateNotice />
    </>
  );
}
