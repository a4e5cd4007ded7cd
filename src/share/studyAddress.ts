/**
 * The BO study in the address bar (addressBar.ts): every change to what a link carries (settings,
 * steps, the view toggles, the classroom's hidden controls) rewrites `s`, so the address after 5
 * steps opens at step 5. The study the page opened with is not rewritten until it changes: a
 * plain visit keeps a plain address, and an opened link stays exactly as it was pasted.
 */
import { writeAddressParam } from './addressBar.ts';
import { encodeStudy, LINK_PARAM } from './linkCodec.ts';
import { readLinkParam } from './linkAddress.ts';
import { captureStudy } from './studyState.ts';
import { useStore, type AppState } from '../store/store.ts';

/** The study as the page first showed it: a plain visit keeps a plain address until it changes. */
let bootValue: string | null = null;

/** The parts of the store a link carries; a change to any other part writes nothing. */
function linkParts(s: AppState): readonly unknown[] {
  return [
    s.settings,
    s.history,
    s.showTruth,
    s.band,
    s.sampleCount,
    s.compareAll,
    s.slice,
    s.classroomHide,
  ];
}

/** The study's link value as the store holds it now. */
export function studyLinkValue(s: AppState = useStore.getState()): string {
  return encodeStudy(captureStudy(s, s.classroomHide));
}

/** Keeps `s` in the address equal to the study; returns a function that stops. */
export function followStudyInAddress(): () => void {
  let parts = linkParts(useStore.getState());
  // Coming back to the BO screen by a section link (#/): the address must hold the study again.
  const now = studyLinkValue();
  bootValue ??= now;
  const loc = globalThis.location;
  const inAddress = loc ? readLinkParam(LINK_PARAM, loc.search, loc.hash) : null;
  if (inAddress !== now && (inAddress !== null || now !== bootValue)) {
    writeAddressParam(LINK_PARAM, now);
  }
  return useStore.subscribe((state) => {
    const next = linkParts(state);
    if (next.every((p, i) => p === parts[i])) return;
    parts = next;
    writeAddressParam(LINK_PARAM, () => studyLinkValue(state));
  });
}
