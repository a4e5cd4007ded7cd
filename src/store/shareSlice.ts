/**
 * The share area's state: notices shown above the plots, the controls hidden on this page by a
 * classroom link, the controls chosen to hide in links made here, and the saved sessions offered
 * at startup. share/ reads links and files and fills this slice; the store holds only what the UI
 * shows and what loading needs, in its own types, so it imports nothing from share/.
 */
import type { StateCreator } from 'zustand';
import type { Issue } from '../i18n/issues.ts';
import type { shareEn } from '../i18n/share.ts';
import type { AppState, LoadedStudy } from './store.ts';

/** Control groups an instructor may hide from the students who open a link. */
export const CONTROL_IDS = [
  'objective',
  'acquisition',
  'model',
  'design',
  'view',
  'transport',
  'share',
] as const;
export type ControlId = (typeof CONTROL_IDS)[number];

export function isControlId(v: unknown): v is ControlId {
  return typeof v === 'string' && (CONTROL_IDS as readonly string[]).includes(v);
}

export type ShareMessageKey = keyof typeof shareEn;

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

/** A saved study offered for loading. */
export interface StudyOffer {
  /** When it was saved (ms since 1970), if the document says. */
  readonly savedAt: number | null;
  /** The study to load; built on demand, since rebuilding its history evaluates the objective. */
  readonly study: () => LoadedStudy;
}

/** A stored session that could not be read (share/session.ts), kept until the user decides. */
export interface UnreadSession {
  readonly text: string;
  readonly issues: readonly Issue[];
  /** What could be read of it, or null when nothing could. */
  readonly offer: StudyOffer | null;
  /** The storage key it is kept under now. */
  readonly key: string;
}

export interface ShareSlice {
  readonly notices: readonly Notice[];
  /** Hidden here, by the link this page was opened with. */
  readonly hidden: readonly ControlId[];
  /** To hide in links made here. */
  readonly classroomHide: readonly ControlId[];
  /** A session saved before this page was opened, offered once. */
  readonly restoreOffer: StudyOffer | null;
  /** A stored session that could not be read, until the user restores, downloads or discards it. */
  readonly unread: UnreadSession | null;
  /** Autosave waits: it would write over `unread`, which lives nowhere else. */
  readonly autosaveHeld: boolean;
  pushNotice(n: Omit<Notice, 'id'>): void;
  dismiss(kind: NoticeKind): void;
  setHidden(ids: readonly ControlId[]): void;
  setClassroomHide(ids: readonly ControlId[]): void;
  setRestoreOffer(offer: StudyOffer | null): void;
  setUnread(unread: UnreadSession | null, held: boolean): void;
}

let nextId = 1;

export const createShareSlice: StateCreator<AppState, [], [], ShareSlice> = (set) => ({
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
});
