/**
 * What the app shell runs in each view, written down in one place (issue 13: the shell owns the
 * app-wide effects, and embed follows a stated policy rather than whatever its screen wired).
 *
 * - normal and present: the same BO study, so the same effects. Autosave runs in every section
 *   (a study changed on the BO screen is still saved when the user moves on); Play and the
 *   keyboard shortcuts act only where the study is on screen, as before: Space on the lab must
 *   not step a study nobody sees.
 * - embed (?embed=1, one figure in someone else's page): it plays and takes the stepping keys,
 *   but never autosaves (the iframe shares this origin's storage, so its steps would overwrite
 *   the session the viewer saved in the app itself), never reads or offers the stored session
 *   (it has no notices, and reading may move a damaged session aside), and never follows pasted
 *   links (an iframe has no address bar).
 */
import { COMMANDS, type Command } from '../playground/commands.ts';
import type { Section } from '../routing.ts';
import type { ViewMode } from '../store/viewMode.ts';

export interface ShellPolicy {
  /** Save the BO study to this browser's storage as it changes. */
  readonly autosave: boolean;
  /** At startup, offer the session this browser saved (and hand back one it could not read). */
  readonly offerStored: boolean;
  /** Reload when a different study link is pasted over the address. */
  readonly followLinks: boolean;
  /** Play advances the study. */
  readonly playback: boolean;
  /** The commands whose shortcuts work; none where the BO study is not on screen. */
  readonly commands: readonly Command[];
}

/** Commands that make sense inside an iframe: stepping through the run, not page modes or help. */
export const EMBED_COMMANDS = COMMANDS.filter((c) =>
  ['step', 'togglePlay', 'back', 'forward', 'reset'].includes(c.id),
);

/** Commands that change the page's mode, not the study: they work on every section. */
export const PAGE_COMMANDS = COMMANDS.filter((c) =>
  ['present', 'exitPresent', 'fullscreen'].includes(c.id),
);

export function shellPolicy(view: ViewMode['kind'], section: Section): ShellPolicy {
  if (view === 'embed') {
    // An embedded lab figure or network study has no BO study to step.
    const study = section === 'bo';
    return {
      autosave: false,
      offerStored: false,
      followLinks: false,
      playback: study,
      commands: study ? EMBED_COMMANDS : [],
    };
  }
  // Presentation mode shows the section it was entered on (issue 16): the study is on screen
  // only on the BO screen, but the page's own modes (L, F, Escape) work on every section.
  const studyShown = section === 'bo';
  return {
    autosave: true,
    offerStored: true,
    followLinks: true,
    playback: studyShown,
    commands: studyShown ? COMMANDS : PAGE_COMMANDS,
  };
}
