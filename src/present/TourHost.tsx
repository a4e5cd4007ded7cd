import { useEffect, useState } from 'react';
import { Tour, TourPrompt } from './Tour.tsx';
import { shouldOfferTour, tourSeen } from './tourSteps.ts';
import { useStore } from '../store/store.ts';

function askedForTour(): boolean {
  return new URLSearchParams(globalThis.location?.search ?? '').get('tour') === '1';
}

/**
 * The tour on the normal BO screen: ?tour=1 opens it at once (a link an instructor can hand out),
 * a first visit gets the small prompt, and the help overlay's "Take the tour" opens it any time.
 */
export function TourHost() {
  const setOpen = useStore((s) => s.setTourOpen);
  const tourOpen = useStore((s) => s.tourOpen);
  const [asked] = useState(askedForTour);
  const [offer, setOffer] = useState(
    () =>
      !asked &&
      shouldOfferTour({
        seen: tourSeen(),
        layout: 'normal',
        automated: globalThis.navigator?.webdriver === true,
      }),
  );
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
