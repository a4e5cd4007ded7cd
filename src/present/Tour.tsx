import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { fill } from '../widgets/format.ts';
import { useMessages } from '../i18n/locale.ts';
import type { Messages } from '../i18n/messages.ts';
import { placeCard, scrollToFit, type Size } from './tourPlacement.ts';
import { markTourSeen, TOUR_STEPS, tourFacts, type TourStep } from './tourSteps.ts';
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

/** Fixed position beside the target; scrolls once when the target leaves no room on screen. */
function cardPosition(target: HTMLElement | null, card: Size): { top: number; left: number } {
  const viewport = { width: window.innerWidth, height: window.innerHeight };
  const corner = { top: viewport.height - card.height - 16, left: 16 };
  if (!target) return corner;
  const fits = placeCard(target.getBoundingClientRect(), card, viewport);
  if (fits) return fits;
  const page = {
    scrollY: window.scrollY,
    maxScrollY: document.documentElement.scrollHeight - viewport.height,
  };
  const dy = scrollToFit(target.getBoundingClientRect(), card, viewport, page);
  if (dy !== null) window.scrollBy({ top: dy, behavior: 'instant' });
  // No room at all (a screen smaller than target and card): the corner, over part of it.
  return placeCard(target.getBoundingClientRect(), card, viewport) ?? corner;
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
  const facts = tourFacts(
    useStore(useShallow((s) => ({ objective: s.objective, history: s.history }))),
  );
  const [index, setIndex] = useState(0);
  const [pos, setPos] = useState<{ top: number; left: number } | null>(null);
  const cardRef = useRef<HTMLDivElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The steps whose target is on the page (a classroom link may hide some): a card about a
  // control that is not there would not be true.
  const steps = open ? TOUR_STEPS.filter((s) => findTarget(s, t)) : TOUR_STEPS;
  const step = steps[Math.min(index, steps.length - 1)] as TourStep | undefined;

  const close = useCallback(() => {
    markTourSeen();
    setOpen(false);
    setIndex(0);
  }, [setOpen, setIndex]);

  // Outline the target, bring it into view, and place the card by it (again on scroll/resize).
  useLayoutEffect(() => {
    if (!open || !step) return;
    const target = findTarget(step, t);
    target?.classList.add('tour-target');
    target?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    const place = () => {
      const card = cardRef.current?.getBoundingClientRect();
      if (card) setPos(cardPosition(target, card));
    };
    place();
    window.addEventListener('resize', place);
    window.addEventListener('scroll', place, true);
    // Plots that finish loading move the target, and a sentence worded anew resizes the card.
    const watch = typeof ResizeObserver === 'function' ? new ResizeObserver(place) : null;
    for (const el of [document.body, target, cardRef.current]) if (el) watch?.observe(el);
    return () => {
      watch?.disconnect();
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

  if (!open || !step) return null;
  const last = index >= steps.length - 1;
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
      data-side={pos ? undefined : 'unplaced'}
    >
      <p className="tour-progress">
        {t.presTourLabel} · {fill(t.presTourProgress, { k: index + 1, n: steps.length })}
      </p>
      <h2 id="tour-title" ref={headingRef} tabIndex={-1}>
        {t[step.title]}
      </h2>
      <p id="tour-body">{t[step.body(facts)]}</p>
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
