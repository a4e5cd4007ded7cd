/**
 * The app's one store (zustand), in typed slices: the study (settings and history), the view
 * toggles, playback, the share area and presentation mode. Each slice is its own file; actions
 * are thin, the logic lives in pure functions (history.ts, bo/). resetStore() is the one reset
 * tests use.
 */
import { create } from 'zustand';
import { createPresentSlice, type PresentSlice } from './presentSlice.ts';
import { createShareSlice, type ShareSlice } from './shareSlice.ts';
import { createStudySlice, type StudySlice } from './studySlice.ts';
import {
  createPlaybackSlice,
  createViewSlice,
  type PlaybackSlice,
  type ViewSlice,
} from './viewSlice.ts';

export type { Band, SliceMode } from '../bo/settingsSchema.ts';
export type { LoadedStudy, StudySlice } from './studySlice.ts';
export type { PlaybackSlice, ViewSlice } from './viewSlice.ts';

export type AppState = StudySlice & ViewSlice & PlaybackSlice & ShareSlice & PresentSlice;

export const useStore = create<AppState>()((...a) => ({
  ...createStudySlice(...a),
  ...createViewSlice(...a),
  ...createPlaybackSlice(...a),
  ...createShareSlice(...a),
  ...createPresentSlice(...a),
}));

const initialState = useStore.getState();

/** Puts the whole store back as the app starts it (tests; `patch` overrides a field or two). */
export function resetStore(patch: Partial<AppState> = {}): void {
  useStore.setState({ ...initialState, ...patch }, true);
}
