// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { commandForKey, getCommand, runUiCommand, type KeyInput } from '../playground/commands.ts';
import { useStore } from '../store/store.ts';

const key = (k: string, code = ''): KeyInput => ({
  key: k,
  code,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
});

beforeEach(() => useStore.setState({ presenting: false, fullscreen: 'idle', tourOpen: false }));

describe('presentation commands', () => {
  it('map F, L and Escape, also on layouts that change .key', () => {
    expect(commandForKey(key('f'))?.id).toBe('fullscreen');
    expect(commandForKey(key('F'))?.id).toBe('fullscreen');
    expect(commandForKey(key('ㄹ', 'KeyF'))?.id).toBe('fullscreen');
    expect(commandForKey(key('l'))?.id).toBe('present');
    expect(commandForKey(key('Escape'))?.id).toBe('exitPresent');
    expect(commandForKey({ ...key('f'), ctrlKey: true })).toBeUndefined();
  });

  it('toggle presentation mode, mirror it in the address, and leave it on Escape only when in it', () => {
    const exit = getCommand('exitPresent');
    expect(runUiCommand(exit)).toBe(false);
    expect(runUiCommand(getCommand('present'))).toBe(true);
    expect(useStore.getState().presenting).toBe(true);
    expect(new URL(location.href).searchParams.get('present')).toBe('1');
    expect(runUiCommand(exit)).toBe(true);
    expect(useStore.getState().presenting).toBe(false);
    expect(new URL(location.href).searchParams.get('present')).toBeNull();
  });

  it('closes the tour on entering presentation mode (it points at hidden controls)', () => {
    useStore.getState().setTourOpen(true);
    runUiCommand(getCommand('present'));
    expect(useStore.getState().tourOpen).toBe(false);
  });

  it('reports a full-screen request the browser cannot grant instead of throwing', async () => {
    // jsdom has no Fullscreen API, like some embedded browsers.
    runUiCommand(getCommand('fullscreen'));
    await Promise.resolve();
    await Promise.resolve();
    expect(useStore.getState().fullscreen).toBe('unsupported');
  });
});
