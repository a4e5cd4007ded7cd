import { useEffect } from 'react';
import { useStore } from '../store/store.ts';
import { commandForKey, runUiCommand, type Command } from './commands.ts';

/** Controls that use letters, arrows and Space themselves: every key is theirs. */
const FIELD_TAGS = new Set(['INPUT', 'SELECT', 'TEXTAREA']);
const FIELD_ROLES = new Set([
  'slider',
  'textbox',
  'searchbox',
  'combobox',
  'spinbutton',
  'listbox',
]);
/** Roles whose only keyboard toggle is Space (ARIA gives them no Enter), so Space stays theirs. */
const SPACE_ROLES = new Set(['checkbox', 'switch', 'radio', 'menuitemcheckbox', 'menuitemradio']);
// Only an open <dialog>: Chromium may leave focus on a closed one's button after close().
const DIALOG = 'dialog[open], [role="dialog"], [role="alertdialog"]';

function isPressable(tag: string, role: string | null): boolean {
  return tag === 'BUTTON' || tag === 'A' || tag === 'SUMMARY' || role === 'button';
}

/**
 * True when a key press belongs to the focused control rather than to the shortcuts. Text fields,
 * menus and sliders keep every key. A page button keeps Enter but not Space: after a click leaves
 * focus on Back or Apply, Space must step as the help says, not press that button again (issue
 * 16). A dialog's buttons keep Space, since there it answers the dialog, not the study.
 */
export function ownsKey(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof Element)) return false;
  if (target instanceof HTMLElement && target.isContentEditable) return true;
  const tag = target.tagName.toUpperCase();
  const role = target.getAttribute('role');
  if (FIELD_TAGS.has(tag) || (role !== null && FIELD_ROLES.has(role))) return true;
  if (key === ' ' && role !== null && SPACE_ROLES.has(role)) return true;
  if (key !== ' ' && key !== 'Enter') return false;
  if (!isPressable(tag, role)) return false;
  return key === 'Enter' || target.closest(DIALOG) !== null;
}

/** Runs the commands' shortcuts on key presses anywhere in the page (see ownsKey). */
export function useKeyboard(commands: readonly Command[]): void {
  useEffect(() => {
    if (commands.length === 0) return;
    // A key whose keydown ran a shortcut: its keyup is cancelled too, because some browsers
    // (Firefox) press a focused button on Space's keyup even when the keydown was cancelled.
    let taken: string | null = null;
    const onKey = (e: KeyboardEvent) => {
      taken = null;
      if (e.defaultPrevented || e.isComposing || ownsKey(e.target, e.key)) return;
      const cmd = commandForKey(e, commands);
      if (!cmd) return;
      const state = useStore.getState();
      // While the help dialog is open the page behind it is inert; only "?" (close) works, and
      // Escape is left to the dialog, which closes on it.
      if (state.helpOpen && cmd.id !== 'help') return;
      // Cancelled even when the command is off (budget spent): Space never scrolls the page or
      // presses the focused button, so its meaning does not change with the state.
      e.preventDefault();
      taken = e.key;
      runUiCommand(cmd, state);
    };
    const onKeyUp = (e: KeyboardEvent) => {
      if (taken !== null && e.key === taken) e.preventDefault();
      taken = null;
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('keyup', onKeyUp);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('keyup', onKeyUp);
    };
  }, [commands]);
}
