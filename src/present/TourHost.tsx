import { useEffect, useState } from 'react';
import { Tour, TourPrompt } from './Tour.tsx';
import { isDefaultExample, markTourSeen, shouldOfferTour, tourSeen } from './tourSteps.ts';
import { LINK_PARAM } from '../share/linkCodec.ts';
import { readLinkParam } from '../share/linkAddress.ts';
import { useStore } from '../store/store.ts';

function askedForTour(): boolean {
  return new URLSearchParams(globalThis.location?.search ?? '').get('tour') === '1';
}

/** Whether to offer the tour now; an offer is remembered at once, so it is made only once. */
function offerOnce(): boolean {
  const loc = globalThis.location;
  const s = useStore.getState();
  const offer = shouldOfferTour({
    seen: tourSeen(),
    layout: 'normal',
    automated: globalThis.navigator?.webdriver === true,
    fromLink: readLinkParam(LINK_PARAM, loc?.search ?? '', loc?.hash ?? '') !== null,
    defaultExample: isDefaultExample(s.settings),
    hiddenControls: s.hidden.length,
  });
  if (offer) markTourSeen();
  return offer;
}

/**
 * The tour on the normal BO screen (App mounts it only there, never in presentation or embed):
 * ?tour=1 opens it at once (a link an instructor can hand out), a first visit gets the small
 * offer, and the help overlay's "Take the tour" opens it any time.
 */
export function TourHost() {
  const setOpen = useStore((s) => s.setTourOpen);
  const tourOpen = useStore((s) => s.tourOpen);
  const [asked] = useState(askedForTour);
  const [offer, setOffer] = useState(() => !asked && offerOnce());
  useEffect(() => {
    if (asked) setOpen(true);
  }, [asked, setOpen]);
  return (
    <>
      {offer && !tourOpen && <TourPrompt onAnswer={() => setOffer(false)} />}
      <Tour />
    </>
  );
}
