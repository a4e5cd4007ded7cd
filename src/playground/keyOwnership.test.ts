// @vitest-environment jsdom
// Issue 16 item 4: Space steps whenever no text field has focus, also right after a button was
// clicked (focus stays on it); Enter still presses that button, and fields and dialogs keep keys.
import { act, cleanup, fireEvent, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { current } from '../store/history.ts';
import { resetStore, useStore } from '../store/store.ts';
import { COMMANDS, type Command } from './commands.ts';
import { ownsKey, useKeyboard } from './useKeyboard.ts';

const get = () => useStore.getState();
const rows = () => current(get().history).observations.length;

function el(html: string): HTMLElement {
  const host = document.createElement('div');
  host.innerHTML = html;
  document.body.append(host);
  const target = host.querySelector<HTMLElement>('[data-t]');
  if (!target) throw new Error('no [data-t] in fixture');
  return target;
}

/** Presses a key on a target; returns whether keydown and keyup were left to the browser. */
function press(target: Element, key: string, code = key === ' ' ? 'Space' : key) {
  let down = true;
  let up = true;
  act(() => {
    down = fireEvent.keyDown(target, { key, code });
    up = fireEvent.keyUp(target, { key, code });
  });
  return { down, up };
}

beforeEach(() => resetStore());
afterEach(() => {
  cleanup();
  document.body.replaceChildren();
});

describe('ownsKey', () => {
  it('gives Space on a page button to the shortcuts and keeps Enter for the button', () => {
    for (const html of [
      '<button data-t>Back</button>',
      '<a href="#x" data-t>link</a>',
      '<details><summary data-t>more</summary></details>',
      '<div role="button" tabindex="0" data-t>Apply</div>',
    ]) {
      const t = el(html);
      expect(ownsKey(t, ' '), html).toBe(false);
      expect(ownsKey(t, 'Enter'), html).toBe(true);
      expect(ownsKey(t, 'ArrowLeft'), html).toBe(false);
    }
  });

  it('leaves a dialog its Space and Enter', () => {
    for (const html of [
      '<dialog open><button data-t>Close</button></dialog>',
      '<div role="dialog"><div><button data-t>Next</button></div></div>',
      '<div role="alertdialog"><button data-t>OK</button></div>',
    ]) {
      expect(ownsKey(el(html), ' '), html).toBe(true);
      expect(ownsKey(el(html), 'Enter'), html).toBe(true);
    }
  });

  it('leaves text fields, menus, sliders and editable text every key', () => {
    for (const html of [
      '<input data-t>',
      '<input type="checkbox" data-t>',
      '<select data-t></select>',
      '<textarea data-t></textarea>',
      '<div contenteditable="true" data-t></div>',
      '<div role="slider" tabindex="0" data-t></div>',
      '<div role="spinbutton" tabindex="0" data-t></div>',
    ]) {
      const t = el(html);
      if (html.includes('contenteditable'))
        Object.defineProperty(t, 'isContentEditable', { value: true });
      for (const key of [' ', 'Enter', 'r', 'ArrowLeft']) expect(ownsKey(t, key), html).toBe(true);
    }
  });

  it('leaves Space to switches and checkboxes drawn with roles (ARIA gives them no Enter)', () => {
    const t = el('<button role="switch" aria-checked="false" data-t>Dark</button>');
    expect(ownsKey(t, ' ')).toBe(true);
    expect(ownsKey(t, 'p')).toBe(false);
  });

  it('owns nothing on the page itself', () => {
    expect(ownsKey(document.body, ' ')).toBe(false);
    expect(ownsKey(null, ' ')).toBe(false);
  });
});

describe('useKeyboard with focus on a button', () => {
  const mount = (commands: readonly Command[]) => renderHook(() => useKeyboard(commands));

  it('steps on Space and cancels both halves of the press, so the button is not pressed', () => {
    mount(COMMANDS);
    const back = el('<button data-t>Back</button>');
    back.focus();
    const { down, up } = press(back, ' ');
    expect(rows()).toBe(3);
    expect(down).toBe(false);
    expect(up).toBe(false);
    press(back, ' ');
    expect(rows()).toBe(4);
  });

  it('leaves Enter to the focused button', () => {
    mount(COMMANDS);
    const apply = el('<button data-t>Apply</button>');
    expect(press(apply, 'Enter').down).toBe(true);
    expect(rows()).toBe(2);
  });

  it("does not step from a dialog's button", () => {
    mount(COMMANDS);
    const next = el('<div role="dialog"><button data-t>Next</button></div>');
    expect(press(next, ' ')).toEqual({ down: true, up: true });
    expect(rows()).toBe(2);
  });

  it('keeps Space off the button when the budget is spent, so its meaning never changes', () => {
    get().setIterations(1);
    mount(COMMANDS);
    const reset = el('<button data-t>Reset</button>');
    press(reset, ' ');
    expect(rows()).toBe(3);
    expect(press(reset, ' ').down).toBe(false);
    expect(rows()).toBe(3);
  });

  it('steps from a button left focused in a closed dialog', () => {
    mount(COMMANDS);
    const close = el('<dialog><button data-t>Close</button></dialog>');
    expect(press(close, ' ').down).toBe(false);
    expect(rows()).toBe(3);
  });

  it('leaves Escape to the open help dialog, which closes on it', () => {
    mount(COMMANDS);
    act(() => get().setHelpOpen(true));
    expect(press(document.body, 'Escape').down).toBe(true);
    expect(press(document.body, ' ').down).toBe(true);
    expect(rows()).toBe(2);
  });
});
