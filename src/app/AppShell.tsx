import { useEffect, type ReactNode } from 'react';
import { useKeyboard } from '../components/useKeyboard.ts';
import { usePlayback } from '../components/usePlayback.ts';
import { followPastedLinks } from '../share/boot.ts';
import { startAutosave } from '../share/shareActions.ts';
import type { ShellPolicy } from './shellPolicy.ts';

/**
 * Runs the app-wide effects (autosave, Play, keyboard shortcuts, pasted links) for every view, as
 * its policy says (shellPolicy.ts), around whatever the view shows. App renders it at the same
 * place in every view, so switching to presentation mode and back never restarts autosave.
 * Screens are layout only.
 */
export function AppShell({
  policy,
  children,
}: {
  readonly policy: ShellPolicy;
  readonly children: ReactNode;
}) {
  const { autosave, followLinks, playback, commands } = policy;
  useEffect(() => (autosave ? startAutosave() : undefined), [autosave]);
  useEffect(() => (followLinks ? followPastedLinks() : undefined), [followLinks]);
  usePlayback(playback);
  useKeyboard(commands);
  return children;
}
