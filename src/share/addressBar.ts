/**
 * The address bar is the link: each section writes its state's parameter (`s` for the BO study,
 * `l` for a lab figure, `net` for the network study) into the current history entry as the state
 * changes, so that copying the address reproduces what is on screen.
 *
 * - replaceState only, debounced: a slider drag or a Play run makes one write, not one per frame,
 *   and never a history entry (Back still goes to the previous section, which navigation pushes).
 * - A write belongs to the route it was made on: one still pending when the user moves to another
 *   section is dropped rather than pinned onto that section's address.
 * - replaceState fires no hashchange, and the pasted-link follower (boot.ts) knows the values
 *   written here, so a write never reloads the page.
 * - A state too big for a usable address (MAX_ADDRESS) leaves the address at its route; the share
 *   panels say so (addressFits) and offer the file instead. Writing never throws.
 */
import { hashRoute, withLinkParam, withoutLinkParam } from './linkAddress.ts';

/** Quiet time before a change reaches the address bar. */
export const ADDRESS_DEBOUNCE_MS = 300;
/** Longest address written; beyond it browsers, chat tools and servers stop coping. */
export const MAX_ADDRESS = 64_000;

/** A parameter's value, or how to make it when it is written (encoding a study is not free). */
export type AddressValue = string | null | (() => string | null);

interface Pending {
  readonly value: AddressValue;
  readonly route: string;
}

const pending = new Map<string, Pending>();
/** The last value each parameter was given here (null: removed), for the pasted-link follower. */
const written = new Map<string, string | null>();
/** Parameters whose state was too big for the address at the last write. */
const tooLong = new Set<string>();
const listeners = new Set<() => void>();
const writeListeners = new Set<() => void>();
let timer: ReturnType<typeof setTimeout> | null = null;

/** The address with `name` set (or removed for null), and whether the state fits at all. */
export function addressWith(
  href: string,
  name: string,
  value: string | null,
  max = MAX_ADDRESS,
): { readonly href: string; readonly fits: boolean } {
  if (value === null) return { href: withoutLinkParam(href, name), fits: true };
  const next = withLinkParam(href, name, value);
  return next.length <= max
    ? { href: next, fits: true }
    : { href: withoutLinkParam(href, name), fits: false };
}

function flush(): void {
  timer = null;
  const loc = globalThis.location;
  if (!loc) return;
  let href = loc.href;
  const route = hashRoute(loc.hash);
  let changedFit = false;
  for (const [name, p] of pending) {
    if (p.route !== route) continue;
    const value = typeof p.value === 'function' ? p.value() : p.value;
    const next = addressWith(href, name, value);
    href = next.href;
    written.set(name, next.fits ? value : null);
    if (next.fits === tooLong.has(name)) {
      changedFit = true;
      if (next.fits) tooLong.delete(name);
      else tooLong.add(name);
    }
  }
  pending.clear();
  if (href !== loc.href) {
    try {
      globalThis.history?.replaceState(globalThis.history.state, '', href);
    } catch {
      // A sandboxed frame may refuse; the state on screen is unaffected.
    }
  }
  if (changedFit) for (const l of listeners) l();
  for (const l of writeListeners) l();
}

/**
 * Writes `name=value` (null removes it) into the address after ADDRESS_DEBOUNCE_MS of quiet. A
 * function is called only then, once, however many changes came in between (a run of Steps).
 */
export function writeAddressParam(name: string, value: AddressValue): void {
  const loc = globalThis.location;
  if (!loc) return;
  pending.set(name, { value, route: hashRoute(loc.hash) });
  if (timer !== null) clearTimeout(timer);
  timer = setTimeout(flush, ADDRESS_DEBOUNCE_MS);
}

/** Writes what is pending now (before a section change, or a copy of the address). */
export function flushAddress(): void {
  if (timer !== null) clearTimeout(timer);
  flush();
}

/** Whether this parameter's value in the address was written here (so it is no pasted link). */
export function wroteToAddress(name: string, value: string | null): boolean {
  return written.has(name) && written.get(name) === value;
}

/** False once a state was too big for the address bar (the address then holds the route only). */
export function addressFits(name: string): boolean {
  return !tooLong.has(name);
}

/** Calls back when a parameter starts or stops fitting in the address. */
export function onAddressFit(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Calls back after each write (a panel that shows the address as the link follows it). */
export function onAddressWrite(listener: () => void): () => void {
  writeListeners.add(listener);
  globalThis.addEventListener?.('hashchange', listener);
  return () => {
    writeListeners.delete(listener);
    globalThis.removeEventListener?.('hashchange', listener);
  };
}
