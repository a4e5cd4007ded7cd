/**
 * The app's one network study: its runner (worker, trials, the trial training now), the settings
 * form's draft and the screen's notices. It is created the first time the network screen opens and
 * outlives the screen, so going to the BO screen and back shows the same study, and a running study
 * keeps training meanwhile (the worker goes on; only the drawing stops).
 *
 * At creation it opens the study a `net=` link names or, without one, the study this browser
 * saved; both come back as recorded trials, paused or finished, and train nothing on their own.
 * From then on it saves the study to storage (throttled: at once on a change, then at most every
 * SAVE_MS). A study opened from a link overwrites the saved one only once the user changes it,
 * and from then on the address loses its `net=` (a reload restores the newer saved study).
 */
import { create } from 'zustand';
import type { MessageKey } from '../../i18n/messages.ts';
import type { Issue } from '../../i18n/issues.ts';
import { browserStorage, type KeyValueStore } from '../../share/session.ts';
import {
  docFromText,
  docToText,
  loadStudyText,
  saveStudyText,
  type NetworkStudyDoc,
  type ParsedNetworkStudy,
} from '../study/persist.ts';
import type { StudyRunner, StudySnapshot } from '../study/runner.ts';
import { defaultNetSettings, type NetStudySettings } from '../study/settings.ts';
import { networkStudyFromLocation, withoutNetworkLink } from '../study/studyLink.ts';
import { makeRunner } from './useRunner.ts';

/** Shortest interval between two saves while a study changes. */
export const SAVE_MS = 2000;

export type NetNoticeKind = 'opened' | 'storage' | 'damaged';

export interface NetNotice {
  /** One notice per kind: a new one replaces the old. */
  readonly kind: NetNoticeKind;
  readonly tone: 'info' | 'warning' | 'error';
  readonly title: MessageKey;
  readonly params: Readonly<Record<string, string | number>>;
  readonly issues: readonly Issue[];
  /** The unreadable stored text, offered for download so that nothing is lost. */
  readonly damagedText?: string;
}

interface NetUiState {
  readonly draft: NetStudySettings;
  readonly notices: readonly NetNotice[];
}

export interface NetworkStudy {
  readonly runner: StudyRunner;
  readonly ui: ReturnType<typeof createUi>;
  setDraft(draft: NetStudySettings): void;
  notify(notice: NetNotice): void;
  dismiss(kind: NetNoticeKind): void;
  /** What is saved and shared: the study (null before a start) and the form. */
  doc(): NetworkStudyDoc;
  /** Opens a study read from a file; `name` is the file's, for the notice. */
  open(parsed: ParsedNetworkStudy, title: MessageKey, name: string): void;
  dispose(): void;
}

export interface HolderEnv {
  readonly runner: StudyRunner;
  readonly storage: () => KeyValueStore | null;
  readonly search: string;
  readonly hash: string;
  readonly now: () => number;
  /** Replaces the address (drops `?net=`); absent where there is no address bar. */
  readonly replaceHref?: (fn: (href: string) => string) => void;
}

function createUi() {
  return create<NetUiState>()(() => ({ draft: defaultNetSettings(), notices: [] }));
}

const pushed = (list: readonly NetNotice[], n: NetNotice) => [
  ...list.filter((o) => o.kind !== n.kind),
  n,
];

/**
 * True when the linked study is the saved one as the address bar last wrote it: the same settings,
 * and its trials the first of the saved study's (a trial may have been saved after the address was
 * written), bit for bit.
 */
function isReload(linked: ParsedNetworkStudy, saved: ParsedNetworkStudy): boolean {
  if (linked.issues.length > 0 || saved.issues.length > 0) return false;
  if (JSON.stringify(linked.settings) !== JSON.stringify(saved.settings)) return false;
  if (linked.trials.length > saved.trials.length) return false;
  return linked.trials.every((t, i) => {
    const s = saved.trials[i];
    return (
      s !== undefined &&
      Object.is(t.value, s.value) &&
      t.x.length === s.x.length &&
      t.x.every((v, k) => Object.is(v, s.x[k]))
    );
  });
}

export function createNetworkStudy(env: HolderEnv): NetworkStudy {
  const { runner } = env;
  const ui = createUi();
  const notify = (n: NetNotice) => ui.setState((s) => ({ notices: pushed(s.notices, n) }));
  const dismiss = (kind: NetNoticeKind) =>
    ui.setState((s) => ({ notices: s.notices.filter((n) => n.kind !== kind) }));
  let fromLink = false;

  const doc = (): NetworkStudyDoc => {
    const s = runner.getSnapshot();
    return {
      settings: s.status === 'idle' ? null : s.settings,
      trials: s.trials,
      draft: ui.getState().draft,
    };
  };

  const show = (parsed: ParsedNetworkStudy) => {
    if (parsed.settings && parsed.trials.length > 0) runner.restore(parsed.settings, parsed.trials);
    else runner.reset(parsed.settings ?? parsed.draft);
    ui.setState({ draft: parsed.settings ?? parsed.draft });
  };

  const open = (parsed: ParsedNetworkStudy, title: MessageKey, name: string) => {
    show(parsed);
    notify({
      kind: 'opened',
      tone: parsed.issues.length > 0 ? 'warning' : 'info',
      title,
      params: { name, n: parsed.trials.length },
      issues: parsed.issues,
    });
  };

  // Startup: a link wins over the saved study, which stays stored until this one changes;
  // except a reload of this browser's own address (the address bar follows the study): that is
  // the saved study, restored as such, with its learning curves.
  const linked = networkStudyFromLocation(env.search, env.hash);
  const text = loadStudyText(env.storage());
  const saved = text === null ? null : docFromText(text);
  const reload =
    linked !== null && saved !== null && !('error' in saved) && isReload(linked, saved);
  if (linked && !reload) {
    fromLink = true;
    open(linked, linked.issues.length > 0 ? 'netNoticeLinkIssues' : 'netNoticeLinkOpened', '');
  } else if (saved !== null && text !== null) {
    if ('error' in saved) {
      notify({
        kind: 'damaged',
        tone: 'warning',
        title: 'netNoticeStoredDamaged',
        params: {},
        issues: [saved.error],
        damagedText: text,
      });
    } else if (saved.settings || saved.issues.length > 0) {
      open(saved, saved.issues.length > 0 ? 'netNoticeRestoredIssues' : 'netNoticeRestored', '');
    } else {
      ui.setState({ draft: saved.draft });
    }
  }

  // Autosave.
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastSave = -Infinity;
  let failed = false;
  const save = () => {
    timer = undefined;
    lastSave = env.now();
    let error: string | null;
    try {
      error = saveStudyText(env.storage(), docToText(doc(), Date.now()));
    } catch (e) {
      error = e instanceof Error ? e.message : String(e);
    }
    // Said once, and again only after a save has worked in between.
    if (error !== null && !failed)
      notify({
        kind: 'storage',
        tone: 'warning',
        title: 'netNoticeStorage',
        params: { detail: error },
        issues: [],
      });
    else if (error === null && failed) dismiss('storage');
    failed = error !== null;
    // (A damaged stored text that this save replaced stays downloadable from its notice.)
    if (error === null && fromLink) {
      fromLink = false;
      env.replaceHref?.(withoutNetworkLink);
    }
  };
  const schedule = () => {
    if (timer !== undefined) return;
    timer = setTimeout(save, Math.max(0, lastSave + SAVE_MS - env.now()));
  };
  const flush = () => {
    if (timer === undefined) return;
    clearTimeout(timer);
    save();
  };
  let prev: StudySnapshot = runner.getSnapshot();
  const offRunner = runner.subscribe(() => {
    const s = runner.getSnapshot();
    const changed =
      s.trials !== prev.trials ||
      s.settings !== prev.settings ||
      (s.status === 'idle') !== (prev.status === 'idle');
    // "Nothing is trained until you press Resume" is no longer true once something trains.
    if (s.status === 'running' && prev.status !== 'running') {
      const opened = ui.getState().notices.find((n) => n.kind === 'opened');
      if (opened?.tone === 'info') dismiss('opened');
    }
    prev = s;
    if (changed) schedule();
  });
  const offUi = ui.subscribe((s, p) => {
    if (s.draft !== p.draft) schedule();
  });
  globalThis.addEventListener?.('pagehide', flush);

  return {
    runner,
    ui,
    setDraft: (draft) => ui.setState({ draft }),
    notify,
    dismiss,
    doc,
    open,
    dispose() {
      offRunner();
      offUi();
      globalThis.removeEventListener?.('pagehide', flush);
      flush();
      runner.dispose();
    },
  };
}

/**
 * The app's network study, made from this page's address and storage. The shell's services make
 * it on first use and own it (app/services.tsx); no module keeps one.
 */
export function browserNetworkStudy(): NetworkStudy {
  return createNetworkStudy({
    runner: makeRunner(defaultNetSettings()),
    storage: browserStorage,
    search: globalThis.location?.search ?? '',
    hash: globalThis.location?.hash ?? '',
    now: () => performance.now(),
    replaceHref: (fn) => {
      try {
        globalThis.history?.replaceState(globalThis.history.state, '', fn(location.href));
      } catch {
        // A sandboxed frame may refuse; the saved study is still the newer one.
      }
    },
  });
}
