// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  ADDRESS_DEBOUNCE_MS,
  addressFits,
  addressWith,
  flushAddress,
  writeAddressParam,
  wroteToAddress,
} from './addressBar.ts';
import { readLinkParam } from './linkAddress.ts';

afterEach(() => {
  vi.useRealTimers();
  history.replaceState(null, '', '/');
});

describe('the address bar as the link', () => {
  it('writes once after a quiet spell, with replaceState (no history entry, no hashchange)', () => {
    vi.useFakeTimers();
    history.replaceState(null, '', '/#/lab/race');
    const entries = history.length;
    const hashchange = vi.fn();
    addEventListener('hashchange', hashchange);
    writeAddressParam('l', 'race_budget.10');
    writeAddressParam('l', 'race_budget.12');
    expect(location.search).toBe('');
    vi.advanceTimersByTime(ADDRESS_DEBOUNCE_MS);
    expect(readLinkParam('l', location.search, location.hash)).toBe('race_budget.12');
    expect(location.hash).toBe('#/lab/race');
    expect(history.length).toBe(entries);
    expect(hashchange).not.toHaveBeenCalled();
    expect(wroteToAddress('l', 'race_budget.12')).toBe(true);
    expect(wroteToAddress('l', 'race_budget.10')).toBe(false);
    removeEventListener('hashchange', hashchange);
  });

  it('makes a value given as a function once, when it writes, from the latest change', () => {
    vi.useFakeTimers();
    history.replaceState(null, '', '/#/');
    const first = vi.fn(() => 'study.1');
    const last = vi.fn(() => 'study.3');
    writeAddressParam('s', first);
    writeAddressParam('s', () => 'study.2');
    writeAddressParam('s', last);
    expect(last).not.toHaveBeenCalled();
    vi.advanceTimersByTime(ADDRESS_DEBOUNCE_MS);
    expect(first).not.toHaveBeenCalled();
    expect(last).toHaveBeenCalledTimes(1);
    expect(new URLSearchParams(location.search).get('s')).toBe('study.3');
    expect(wroteToAddress('s', 'study.3')).toBe(true);
  });

  it('drops a write made on a section the user has since left', () => {
    history.replaceState(null, '', '/#/lab/race');
    writeAddressParam('l', 'race_budget.14');
    history.replaceState(null, '', '/#/network');
    flushAddress();
    expect(location.href).toBe(`${location.origin}/#/network`);
  });

  it('keeps the address at its route when the state is too big, and says so', () => {
    const big = 'x'.repeat(70_000);
    expect(addressWith('https://a.test/?l=1#/lab', 's', big)).toEqual({
      href: 'https://a.test/?l=1#/lab',
      fits: false,
    });
    history.replaceState(null, '', '/?s=old#/');
    writeAddressParam('s', big);
    flushAddress();
    expect(location.href).toBe(`${location.origin}/#/`);
    expect(addressFits('s')).toBe(false);
    writeAddressParam('s', 'short');
    flushAddress();
    expect(addressFits('s')).toBe(true);
    expect(new URLSearchParams(location.search).get('s')).toBe('short');
  });
});
