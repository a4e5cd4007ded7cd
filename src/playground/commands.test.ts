import { beforeEach, describe, expect, it } from 'vitest';
import { current } from '../store/history.ts';
import { COMMANDS, commandForKey, getCommand, runUiCommand, type KeyInput } from './commands.ts';
import { resetStore, useStore } from '../store/store.ts';

const get = () => useStore.getState();
const key = (k: string, extra: Partial<KeyInput> = {}): KeyInput => ({
  key: k,
  code: '',
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...extra,
});

beforeEach(() => resetStore());

describe('commands', () => {
  it('map the documented shortcuts', () => {
    expect(commandForKey(key(' '))?.id).toBe('step');
    expect(commandForKey(key('ArrowLeft'))?.id).toBe('back');
    expect(commandForKey(key('ArrowRight'))?.id).toBe('forward');
    expect(commandForKey(key('p'))?.id).toBe('togglePlay');
    expect(commandForKey(key('P'))?.id).toBe('togglePlay');
    expect(commandForKey(key('r'))?.id).toBe('reset');
    expect(commandForKey(key('?'))?.id).toBe('help');
    // A Korean layout sends a jamo for the P key; the physical key still counts.
    expect(commandForKey(key('ㅔ', { code: 'KeyP' }))?.id).toBe('togglePlay');
    expect(commandForKey(key('x'))).toBeUndefined();
  });

  it('leave browser shortcuts alone (Ctrl+R reloads)', () => {
    expect(commandForKey(key('r', { ctrlKey: true }))).toBeUndefined();
    expect(commandForKey(key('ArrowLeft', { altKey: true }))).toBeUndefined();
    expect(commandForKey(key('p', { metaKey: true }))).toBeUndefined();
  });

  it('have unique ids and shortcuts', () => {
    const ids = COMMANDS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    const keys = COMMANDS.flatMap((c) => c.shortcut?.keys ?? []);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('run only when enabled, and follow the state', () => {
    const back = getCommand('back');
    expect(back.enabled(get())).toBe(false);
    expect(runUiCommand(back)).toBe(false);

    expect(runUiCommand(getCommand('step'))).toBe(true);
    expect(current(get().history).observations).toHaveLength(3);
    expect(back.enabled(get())).toBe(true);
    expect(runUiCommand(back)).toBe(true);
    expect(get().history.cursor).toBe(0);
    expect(getCommand('forward').enabled(get())).toBe(true);
  });

  it('label Play and Pause by the playback state', () => {
    const play = getCommand('togglePlay');
    expect(play.label(get())).toBe('play');
    runUiCommand(play);
    expect(get().playing).toBe(true);
    expect(play.label(get())).toBe('pause');
    runUiCommand(play);
    expect(get().playing).toBe(false);
  });

  it('cannot step or play once the budget is spent', () => {
    get().setIterations(1);
    runUiCommand(getCommand('step'));
    expect(getCommand('step').enabled(get())).toBe(false);
    expect(getCommand('togglePlay').enabled(get())).toBe(false);
  });

  it('toggles the help overlay', () => {
    runUiCommand(getCommand('help'));
    expect(get().helpOpen).toBe(true);
    runUiCommand(getCommand('help'));
    expect(get().helpOpen).toBe(false);
  });
});
