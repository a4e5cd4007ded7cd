/**
 * The share area's own UI state (zustand): notices shown above the plots, the controls hidden on
 * this page by a classroom link, the controls chosen to hide in links made here, and the saved
 * session offered for restoring at startup.
 */
import { create } from 'zustand';
import type { Issue } from './issues.ts';
import type { SessionDocument, UnreadSession } from './session.ts';
import type { ControlId } from './studyState.ts';
import type { ShareMessageKey } from './shareText.ts';

export type NoticeKind = 'link' | 'file' | 'import' | 'storage' | 'restore' | 'unread' | 'hidden';

export interface Notice {
  readonly id: number;
  /** One notice per kind: a new one replaces the old. */
  readonly kind: NoticeKind;
  readonly tone: 'error' | 'warning' | 'info';
  readonly title: ShareMessageKey;
  readonly params?: Readonly<Record<string, string | number>>;
  readonly issues: readonly Issue[];
}

export interface ShareState {
  readonly notices: readonly Notice[];
  /** Hidden here, by the link this page was opened with. */
  readonly hidden: readonly ControlId[];
  /** To hide in links made here. */
  readonly classroomHide: readonly ControlId[];
  /** A session saved before this page was opened, offered once. */
  readonly restoreOffer: SessionDocument | null;
  /** A stored session that could not be read, until the user restores, downloads or discards it. */
  readonly unread: UnreadSession | null;
  /** Autosave waits: it would write over `unread`, which lives nowhere else. */
  readonly autosaveHeld: boolean;
  pushNotice(n: Omit<Notice, 'id'>): void;
  dismiss(kind: NoticeKind): void;
  setHidden(ids: readonly ControlId[]): void;
  setClassroomHide(ids: readonly ControlId[]): void;
  setRestoreOffer(doc: SessionDocument | null): void;
  setUnread(unread: UnreadSession | null, held: boolean): void;
}

let nextId = 1;

export const useShareStore = create<ShareState>()((set) => ({
  notices: [],
  hidden: [],
  classroomHide: [],
  restoreOffer: null,
  unread: null,
  autosaveHeld: false,
  pushNotice: (n) =>
    set((s) => ({
      notices: [...s.notices.filter((o) => o.kind !== n.kind), { ...n, id: nextId++ }],
    })),
  dismiss: (kind) => set((s) => ({ notices: s.notices.filter((o) => o.kind !== kind) })),
  setHidden: (hidden) => set({ hidden: [...hidden] }),
  setClassroomHide: (classroomHide) => set({ classroomHide: [...classroomHide] }),
  setRestoreOffer: (restoreOffer) => set({ restoreOffer }),
  setUnread: (unread, autosaveHeld) => set({ unread, autosaveHeld }),
}));

/** The initial state, for resetting between tests. */
export const initialShareState = useShareStore.getState();
