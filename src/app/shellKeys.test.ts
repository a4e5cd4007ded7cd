// @vitest-environment jsdom
// Issue 16 item 4: "the same commands work in every view". Space on a button that kept focus after
// a click steps wherever the policy shows the study, and presses the button where it does not.
import { act, cleanup, fireEvent, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useKeyboard } from '../playground/useKeyboard.ts';
import { current } from '../store/history.ts';
import { resetStore, useStore } from '../store/store.ts';
import { shellPolicy } from './shellPolicy.ts';

const rows = () => current(useStore.getState().history).observations.length;

function focusedButton(): HTMLButtonElement {
  const b = document.createElement('button');
  document.body.append(b);
  b.focus();
  return b;
}

beforeEach(() => resetStore());
afterEach(() => {
  cleanup();
  document.body.replaceChildren();
});

describe('Space on a focused button, by view', () => {
  for (const [view, section] of [
    ['normal', 'bo'],
    ['present', 'bo'],
    ['embed', 'bo'],
  ] as const) {
    it(`steps in ${view} on ${section}`, () => {
      renderHook(() => useKeyboard(shellPolicy(view, section).commands));
      const b = focusedButton();
      let pressed = true;
      act(() => void (pressed = fireEvent.keyDown(b, { key: ' ', code: 'Space' })));
      expect(pressed).toBe(false);
      expect(rows()).toBe(3);
    });
  }

  // Presentation on the lab shows the lab figure (issue 16 item 1), not the study.
  for (const view of ['normal', 'present'] as const) {
    it(`is left to the button where the study is not on screen (the lab, ${view})`, () => {
      renderHook(() => useKeyboard(shellPolicy(view, 'lab').commands));
      const b = focusedButton();
      expect(fireEvent.keyDown(b, { key: ' ', code: 'Space' })).toBe(true);
      expect(rows()).toBe(2);
    });
  }
});
