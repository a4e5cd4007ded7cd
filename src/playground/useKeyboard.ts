import { useEffect } from 'react';
import { useStore } from '../store/store.ts';
import { commandForKey, runUiCommand, type Command } from './commands.ts';

/**
 * True when a key press belongs to the focused control: text fields, menus and sliders use letters
 * and arrows themselves, and Space/Enter on a button or link activate it natively.
 */
export function ownsKey(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof Element)) return false;
  if (target instanceof HTMLElement && target.isContentEditable) return true;
  const tag = target.tagName.toUpperCase();
  const role = target.getAttribute('role');
  if (tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA') return true;
  if (role === 'slider' || role === 'textbox' || role === 'combobox') return true;
  const activates = key === ' ' || key === 'Enter';
  return activates && (tag === 'BUTTON' || tag === 'A' || tag === 'SUMMARY' || role === 'button');
}

/** Runs the commands' shortcuts on key presses anywhere in the page (see ownsKey). */
export function useKeyboard(commands: readonly Command[]): void {
  useEffect(() => {
    if (commands.length === 0) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.isComposing || ownsKey(e.target, e.key)) return;
      const cmd = commandForKey(e, commands);
      if (!cmd) return;
      const state = useStore.getState();
      // While the help dialog is open the page behind it is inert; only "?" (close) works.
      if (state.helpOpen && cmd.id !== 'help') return;
      e.preventDefault(); // Space would otherwise scroll the page.
      runUiCommand(cmd, state);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [commands]);
}
