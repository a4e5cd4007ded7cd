import { useMemo, useSyncExternalStore } from 'react';
import { useMessages } from '../i18n/locale.ts';
import { addressFits, onAddressFit, onAddressWrite } from './addressBar.ts';
import { linkFor } from './linkCodec.ts';
import { captureStudy } from './studyState.ts';
import { useStore } from '../store/store.ts';

/**
 * The link of the study on screen, rebuilt when the study, the view or the hidden set change: the
 * Share panel's link and the embed code are built from it, as the address bar is
 * (studyAddress.ts), so all three name the same study at the same step.
 */
export function useStudyLink(): string {
  const settings = useStore((s) => s.settings);
  const history = useStore((s) => s.history);
  const showTruth = useStore((s) => s.showTruth);
  const band = useStore((s) => s.band);
  const sampleCount = useStore((s) => s.sampleCount);
  const compareAll = useStore((s) => s.compareAll);
  const slice = useStore((s) => s.slice);
  const hide = useStore((s) => s.classroomHide);
  return useMemo(() => {
    const study = captureStudy(
      { settings, history, showTruth, band, sampleCount, compareAll, slice },
      hide,
    );
    return linkFor(study, globalThis.location?.href ?? 'http://localhost/');
  }, [settings, history, showTruth, band, sampleCount, compareAll, slice, hide]);
}

/** Says so when the state is too big for the address bar, which then holds the section only. */
export function AddressFitHint({ name }: { readonly name: string }) {
  const t = useMessages();
  const fits = useSyncExternalStore(
    onAddressFit,
    () => addressFits(name),
    () => true,
  );
  return fits ? null : (
    <p className="hint share-link-long" role="status">
      {t.shareAddressTooLong}
    </p>
  );
}

/** The address bar as it is now, following every write (addressBar.ts) and section change. */
export function useAddress(): string {
  return useSyncExternalStore(
    onAddressWrite,
    () => globalThis.location?.href ?? '',
    () => '',
  );
}
