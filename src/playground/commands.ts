/**
 * The user's commands as objects (STYLE habit 10): each has a label, a shortcut, an enabled test
 * and an action, and the buttons, the keyboard handler and the help overlay all read this one list,
 * so they cannot drift apart.
 */
import type { MessageKey } from '../i18n/messages.ts';
import { enterPresentation, leavePresentation, toggleFullscreen } from '../store/fullscreen.ts';
import { canStep } from '../store/history.ts';
import { hasNoFormula } from '../store/settings.ts';
import { type AppState, useStore } from '../store/store.ts';

export type CommandId =
  | 'step'
  | 'togglePlay'
  | 'back'
  | 'forward'
  | 'reset'
  | 'newSeed'
  | 'help'
  | 'fullscreen'
  | 'present'
  | 'exitPresent';

/** A key that runs a command, matched on KeyboardEvent.key, or on .code for layouts (IME) that
 * change .key, e.g. a Korean layout sends "ㅔ" for P. */
export interface Shortcut {
  readonly keys: readonly string[];
  readonly codes?: readonly string[];
  /** What the help overlay shows: a message key (localized key name) or the key itself. */
  readonly display: { readonly message: MessageKey } | { readonly text: string };
}

export interface Command {
  readonly id: CommandId;
  /** The button's visible text and accessible name, which may follow the state (Play/Pause). */
  readonly label: (s: AppState) => MessageKey;
  /** What the help overlay calls it. */
  readonly helpLabel: MessageKey;
  readonly shortcut?: Shortcut;
  readonly enabled: (s: AppState) => boolean;
  /** Working on an earlier press (the button shows busy); absent: never. */
  readonly busy?: (s: AppState) => boolean;
  readonly run: (s: AppState) => void;
}

const always = () => true;
/** A study without a formula cannot be stepped (nothing to evaluate) nor restarted from a new design
 * (that would drop the trials brought from its file). */
const evaluable = (s: AppState) => !hasNoFormula(s.objective);

export const COMMANDS: readonly Command[] = [
  {
    id: 'step',
    label: () => 'step',
    helpLabel: 'step',
    shortcut: { keys: [' '], codes: ['Space'], display: { message: 'keySpace' } },
    enabled: (s) => canStep(s.history) && evaluable(s),
    busy: (s) => s.stepBusy,
    run: (s) => s.step(),
  },
  {
    id: 'togglePlay',
    label: (s) => (s.playing ? 'pause' : 'play'),
    helpLabel: 'togglePlay',
    shortcut: { keys: ['p', 'P'], codes: ['KeyP'], display: { text: 'P' } },
    enabled: (s) => s.playing || (canStep(s.history) && evaluable(s)),
    run: (s) => s.togglePlay(),
  },
  {
    id: 'back',
    label: () => 'back',
    helpLabel: 'back',
    shortcut: { keys: ['ArrowLeft'], display: { message: 'keyLeft' } },
    enabled: (s) => s.history.cursor > 0,
    run: (s) => s.back(),
  },
  {
    id: 'forward',
    label: () => 'forward',
    helpLabel: 'forward',
    shortcut: { keys: ['ArrowRight'], display: { message: 'keyRight' } },
    enabled: (s) => s.history.cursor < s.history.snapshots.length - 1,
    run: (s) => s.forward(),
  },
  {
    id: 'reset',
    label: () => 'reset',
    helpLabel: 'reset',
    shortcut: { keys: ['r', 'R'], codes: ['KeyR'], display: { text: 'R' } },
    enabled: evaluable,
    run: (s) => s.reset(),
  },
  {
    id: 'newSeed',
    label: () => 'newSeed',
    helpLabel: 'newSeed',
    enabled: evaluable,
    run: (s) => s.newSeed(),
  },
  {
    id: 'help',
    label: () => 'showHelp',
    helpLabel: 'showHelp',
    shortcut: { keys: ['?'], display: { text: '?' } },
    enabled: always,
    run: (s) => s.setHelpOpen(!s.helpOpen),
  },
  {
    id: 'fullscreen',
    label: () => 'presFullscreen',
    helpLabel: 'presFullscreen',
    shortcut: { keys: ['f', 'F'], codes: ['KeyF'], display: { text: 'F' } },
    enabled: always,
    run: () => void toggleFullscreen(),
  },
  {
    id: 'present',
    label: () => 'presEnter',
    helpLabel: 'presToggle',
    shortcut: { keys: ['l', 'L'], codes: ['KeyL'], display: { text: 'L' } },
    enabled: always,
    run: () => (useStore.getState().presenting ? leavePresentation() : enterPresentation()),
  },
  {
    // Escape leaves presentation mode (in full screen the browser takes the first Escape itself).
    id: 'exitPresent',
    label: () => 'presExit',
    helpLabel: 'presExit',
    shortcut: { keys: ['Escape'], display: { message: 'keyEscape' } },
    enabled: () => useStore.getState().presenting,
    run: () => leavePresentation(),
  },
];

export function getCommand(id: CommandId): Command {
  const c = COMMANDS.find((cmd) => cmd.id === id);
  if (!c) throw new Error(`unknown command ${id}`);
  return c;
}

/** Runs a command against the store's current state if it is enabled; returns whether it ran. */
export function runUiCommand(cmd: Command, state: AppState = useStore.getState()): boolean {
  if (!cmd.enabled(state)) return false;
  cmd.run(state);
  return true;
}

/** The minimal part of a KeyboardEvent the matcher reads (testable without a DOM). */
export interface KeyInput {
  readonly key: string;
  readonly code: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
}

/** The command a key press asks for, if any; presses with Ctrl, Meta or Alt are the browser's. */
export function commandForKey(e: KeyInput, commands: readonly Command[] = COMMANDS) {
  if (e.ctrlKey || e.metaKey || e.altKey) return undefined;
  return commands.find(
    (c) => c.shortcut && (c.shortcut.keys.includes(e.key) || c.shortcut.codes?.includes(e.code)),
  );
}
