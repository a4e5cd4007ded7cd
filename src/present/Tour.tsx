import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { fill } from '../widgets/format.ts';
import { useMessages } from '../i18n/locale.ts';
import type { Messages } from '../i18n/messages.ts';
import { markTourSeen, placeCard, TOUR_STEPS, type TourStep } from './tourSteps.ts';
import { useStore } from '../store/store.ts';

function findTarget(step: TourStep, t: Messages): HTMLElement | null {
  for (const sel of step.targets) {
    const all = [...document.querySelectorAll<HTMLElement>(sel)];
    const hit = step.heading
      ? all.find((el) => el.querySelector('h2, h3')?.textContent?.trim() === t[step.heading!])
      : all[0];
    if (hit) return hit;
  }
  return null;
}

/**
 * The guided tour: a small card next to the part of the screen it explains, which it outlines.
 * Not modal: the page stays usable (and clickable) under and around it. Next, Back, Skip; Escape
 * closes it from anywhere; focus moves to the card's heading at each step so it is read out.
 */
export function Tour() {
  const t = useMessages();
  const open = useStore((s) => s.tourOpen);
  const setOpen = useStore((s) => s.setTourOpen);
  const [index, setIndex] = useState(0);
  const [pos, setPos] = useState<{ top: number; left: number } | null>(null);
  const cardRef = useRef<HTMLDivElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const step = TOUR_STEPS[Math.min(index, TOUR_STEPS.length - 1)] as TourStep;

  const close = useCallback(() => {
    markTourSeen();
    setOpen(false);
    setIndex(0);
  }, [setOpen]);

  // Outline the target, bring it into view, and place the card by it (again on scroll/resize).
  useLayoutEffect(() => {
    if (!open) return;
    const target = findTarget(step, t);
    target?.classList.add('tour-target');
    target?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    const place = () => {
      const card = cardRef.current?.getBoundingClientRect();
      const r = target?.getBoundingClientRect();
      if (!card) return;
      const viewport = { width: window.innerWidth, height: window.innerHeight };
      setPos(
        r ? placeCard(r, card, viewport) : { top: viewport.height - card.height - 16, left: 16 },
      );
    };
    place();
    window.addEventListener('resize', place);
    window.addEventListener('scroll', place, true);
    return () => {
      target?.classList.remove('tour-target');
      window.removeEventListener('resize', place);
      window.removeEventListener('scroll', place, true);
    };
  }, [open, step, t]);

  // Once the card is placed (a hidden element cannot take focus), and again at each step.
  const placed = pos !== null;
  useEffect(() => {
    if (open && placed) headingRef.current?.focus({ preventScroll: true });
  }, [open, index, placed]);

  useEffect(() => {
    if (!open) return;
    // Capture phase: the page's shortcut handler may have claimed Escape by the time it bubbles.
    // An open modal dialog (the help) takes Escape for itself.
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !document.querySelector('dialog[open]')) close();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [open, close]);

  if (!open) return null;
  const last = index === TOUR_STEPS.length - 1;
  return (
    <div
      ref={cardRef}
      className="tour-card"
      role="dialog"
      aria-modal="false"
      aria-labelledby="tour-title"
      aria-describedby="tour-body"
      style={pos ? { top: pos.top, left: pos.left } : { visibility: 'hidden', top: 0, left: 0 }}
      data-step={step.id}
    >
      <p className="tour-progress">
        {t.presTourLabel} · {fill(t.presTourProgress, { k: index + 1, n: TOUR_STEPS.length })}
      </p>
      <h2 id="tour-title" ref={headingRef} tabIndex={-1}>
        {t[step.title]}
      </h2>
      <p id="tour-body">{t[step.body]}</p>
      <div className="tour-actions">
        <button type="button" className="tour-skip" onClick={close}>
          {t.presTourSkip}
        </button>
        {index > 0 && (
          <button type="button" onClick={() => setIndex(index - 1)}>
            {t.presTourBack}
          </button>
        )}
        <button
          type="button"
          className="primary"
          onClick={() => (last ? close() : setIndex(index + 1))}
        >
          {last ? t.presTourDone : t.presTourNext}
        </button>
      </div>
    </div>
  );
}

/** The first-visit offer: a small note in a corner, not a veil; either answer is remembered. */
export function TourPrompt({ onAnswer }: { readonly onAnswer: () => void }) {
  const t = useMessages();
  const setOpen = useStore((s) => s.setTourOpen);
  return (
    <aside className="tour-prompt" aria-label={t.presTourLabel}>
      <p>{t.presTourPrompt}</p>
      <button
        type="button"
        className="primary"
        onClick={() => {
          onAnswer();
          setOpen(true);
        }}
      >
        {t.presTourTake}
      </button>
      <button
        type="button"
        onClick={() => {
          markTourSeen();
          onAnswer();
        }}
      >
        {t.presTourNoThanks}
      </button>
    </aside>
  );
}
